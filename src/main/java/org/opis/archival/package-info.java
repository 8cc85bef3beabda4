/** Archival citations: the archive registry (data), citation schemes, the parser, one class per validation rule, and normalizers to English and GOST forms. */
package org.opis.archival;
