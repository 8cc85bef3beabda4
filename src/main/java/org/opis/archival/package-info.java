/**
 * Archival citations ("RGASPI, f. 495, op. 201, d. 1/2, ll. 104–105", "РГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55.",
 * "AQSH, F. 890, V. 1949, D. 501"): the archive registry ({@code archives.json}: acronyms in both scripts,
 * former names, full names matched through a transliteration-blind key), the citation schemes
 * (plug-ins with their label tables in {@code labels.json}), a linear-time hand-written scanner, one
 * class per validation rule with a stable {@code archival/…} code, the English and GOST R 7.0.5-2008
 * normal forms, and the CSL mapping. {@link org.opis.archival.ArchivalEngine} is the entry point.
 */
package org.opis.archival;
