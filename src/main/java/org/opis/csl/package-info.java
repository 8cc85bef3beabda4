/** CSL: records to and from CSL-JSON (Jackson), formatting with citeproc-java, bundled and house styles. */
package org.opis.csl;
