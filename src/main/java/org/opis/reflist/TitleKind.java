package org.opis.reflist;

/** Which way an entry's title was marked: in italics, in quotation marks, or not at all. It decides how the part after the title is read. */
enum TitleKind { ITALIC, QUOTED, PLAIN }
