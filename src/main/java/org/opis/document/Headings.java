package org.opis.document;

import org.opis.lexicon.SectionHeadings;

import java.util.Optional;

/**
 * What a heading announces — {@code notes}, {@code references}, {@code further} (works not expected
 * to be cited) or {@code other} back matter — from the wordings in {@code lexicon/section-headings.tsv}. One signal among several for {@link Parts}.
 */
final class Headings {

    private Headings() {
    }

    /** True when a paragraph opens with a lead such as {@code Main article:} (a hatnote, not prose). */
    static boolean pointer(String paragraph) {
        return SectionHeadings.hatnote(paragraph);
    }

    /**
     * The kind a heading announces, if it is one of the listed wordings: references, notes, further or
     * other (closing back matter such as an appendix is not announced: it may hold citations).
     */
    static Optional<String> kind(String heading) {
        return SectionHeadings.kind(heading).filter(k -> !k.equals(SectionHeadings.CLOSING));
    }
}
