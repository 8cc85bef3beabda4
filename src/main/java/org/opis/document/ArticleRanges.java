package org.opis.document;

import org.opis.cite.Locator;
import org.opis.cite.Locators;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page range of an article given in full, read as the citation's locator as the citation scanner reads it for a
 * note's first work: {@code … *Social Science History* 7, no. 3 (1983): 311-320, [https://doi.org/…](…).} — the range
 * right after the parenthesis of the date and a colon, with nothing after it but a web address or DOI (a link
 * or bare) and the closing punctuation. A full note's further works ({@link SecondWorks}) get theirs from here.
 */
final class ArticleRanges {

    /** The date's parenthesis, a colon, a range of pages; then only addresses (Markdown links too) and punctuation. */
    private static final Pattern RANGE = Pattern.compile(
            "\\)\\s*:\\s*(\\d{1,5}\\s*[-\u2010\u2011\u2012\u2013\u2014]{1,2}\\s*\\d{1,5})\\s*[,.;]?"
                    + "(?:\\s*+\\S*?(?:https?://|doi\\.org/|doi:)\\S*+)*+\\s*[.;]?\\s*$");

    private ArticleRanges() {
    }

    /**
     * True when the scanner read, in the first full note of a note's citations ({@code inNote}), the page range of the article the note
     * gives first as its locator: the note's further works are then read alike (a note that writes a range as the
     * work's pages and one whose hand counts it as the work's description are told apart by what the first work got).
     */
    static boolean readAsLocator(List<org.opis.cite.CheckedCitation> inNote) {
        org.opis.cite.CheckedCitation first = null;
        for (org.opis.cite.CheckedCitation c : inNote) {
            if (c.citation().fullNote() && (first == null || c.citation().span().offset() < first.citation().span().offset())) first = c;
        }
        return first != null && !first.locators().isEmpty() && first.locators().equals(of(first.citation().text()));
    }

    /** The article's range at the end of a work given in full, as a page locator; none when the text ends otherwise. */
    static List<Locator> of(String work) {
        Matcher m = RANGE.matcher(work);
        if (!m.find()) return List.of();
        Locators.Reading r = Locators.standard().read(m.group(1));
        if (r.locators().isEmpty() || !m.group(1).substring(r.consumed()).isBlank()) return List.of();
        return r.locators();
    }
}
