/**
 * CSL: records to and from CSL-JSON (Jackson), the Zotero flavour of CSL-JSON (what Zotero's importer
 * keeps, from Zotero's schema kept as data), formatting with citeproc-java, bundled and house styles.
 */
package org.opis.csl;
