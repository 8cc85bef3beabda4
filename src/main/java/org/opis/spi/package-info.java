/** Plug-in points loaded with ServiceLoader: export and import formats, archival schemes. */
package org.opis.spi;
