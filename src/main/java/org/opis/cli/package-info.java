/** The command line (picocli): one class per subcommand, a thin shell over the library. Nothing depends on it. */
package org.opis.cli;
