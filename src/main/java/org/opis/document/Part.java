package org.opis.document;

/** The part of a document a block belongs to, found by {@link Parts} from what the blocks contain. */
public enum Part {
    /** The running text (and headings within it). */
    BODY,
    /** A footnote or endnote, or an item of a list of notes. */
    NOTE,
    /** An entry of the reference list (all reference sections together form one list). */
    REFERENCE,
    /** An entry of "Further reading" and the like: a work not expected to be cited. */
    FURTHER_READING,
    /** Anything else: headings of the back matter, external links, navigation, captions. */
    OTHER
}
