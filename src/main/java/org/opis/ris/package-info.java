/**
 * RIS import and export ({@code TY  - BOOK} … {@code ER  - }): the tags Zotero, EndNote and Mendeley
 * write, types and tags as data ({@code types.tsv}, {@code fields.tsv}), archival fields as Zotero's
 * RIS translator places them (DB archive, AN location in the archive, CN call number).
 */
package org.opis.ris;
