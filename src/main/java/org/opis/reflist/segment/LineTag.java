package org.opis.reflist.segment;

/** The label of one non-blank line: the first line of an entry, a further line of it, or no entry. */
public enum LineTag {
    BEGIN, INSIDE, OUTSIDE;

    static final LineTag[] ALL = values();
}
