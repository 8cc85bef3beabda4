package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter's book written after {@code In} and its editor's short name, as reading lists write it: {@code M. Hunt,
 * "The Long Crisis …" In M. Hogan. America in the World: The Historiography … Since 1941. Chapter 4. pp. 94-126.}
 * The name (initials and a surname) is the book's editor, what follows it up to the chapter label or the pages the
 * book; a publisher or place read from inside the book's title is dropped, and so is a year written only inside
 * the titles. Chapter labels: the chapter labels of {@code org/opis/lexicon/labels.tsv}. One concern.
 */
final class InitialEditors {
    static final Pattern WHITE = Pattern.compile("\\s+");
    static final Pattern SHAPE = Pattern.compile("(?<![\\p{L}\\d])[Ii]n:?\\s+(?<given>(?:\\p{Lu}\\.\\s?){1,3})\\s?(?<family>\\p{Lu}[\\p{Ll}'’-]+)\\.\\s+"
            + "(?<book>\\p{Lu}[^\"“”«»\\[\\]]{2,300}?)\\.\\s+(?:(?iu:" + ChapterTails.CHAPTER + ")\\s?(?:\\d{1,3}|[IVXLC]{1,6})\\.?\\s*)?"
            + "pp?\\.\\s?(?<pages>\\d+\\s?[-–]\\s?\\d+)\\.?\\s*$");

    private InitialEditors() {
    }

    /** The record with the book and its editor read from the {@code In} part, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        if (d == null || entry == null || !mayEndInPages(entry)) return d;
        Matcher m = SHAPE.matcher(WHITE.matcher(entry.strip()).replaceAll(" "));
        if (!m.find()) return d;
        String book = m.group("book").strip();
        String title = d.getTitle() == null ? "" : d.getTitle();
        if (title.contains(book) || book.contains(title) && !title.isBlank()) return d;
        CSLName editor = new CSLNameBuilder().given(m.group("given").strip()).family(m.group("family")).build();
        CSLItemDataBuilder b = new CSLItemDataBuilder(d).containerTitle(book).editor(new CSLName[]{editor}).page(m.group("pages").replaceAll("\\s", ""));
        if (d.getType() == null || d.getType() == CSLType.BOOK || d.getType() == CSLType.ARTICLE_JOURNAL) b.type(CSLType.CHAPTER);
        if (d.getPublisher() != null && book.contains(d.getPublisher())) b.publisher(null);
        if (d.getPublisherPlace() != null && book.contains(d.getPublisherPlace())) b.publisherPlace(null);
        if (d.getIssued() != null && ChapterTails.onlyInside(entry, book + " " + title)) b.issued(null);
        return b.build();
    }

    /**
     * Whether the entry may end as the shape must, in a page range's last digit: read from the end, past white space
     * and line separators, one optional full stop, an ASCII digit. White space only is flattened before the shape is
     * tried, so the entry ends so wherever the flattened text does ({@code InitialEditorsCueTest}).
     */
    static boolean mayEndInPages(String entry) {
        int i = entry.length() - 1;
        while (i >= 0 && (Character.isWhitespace(entry.charAt(i)) || entry.charAt(i) == '\u0085')) i--;
        if (i >= 0 && entry.charAt(i) == '.') i--;
        return i >= 0 && entry.charAt(i) >= '0' && entry.charAt(i) <= '9';
    }
}
