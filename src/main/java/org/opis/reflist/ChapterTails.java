package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import org.opis.lexicon.Labels;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter named after its book at the end of an entry, as reading lists write it: {@code LaFeber, The American Age
 * Vol 2. Chapter 7: Turning Point: The McKinley Years (1896-1900) pp. 193-230.} or {@code Major Problems in American
 * Foreign Relations, Chapter 4. "Franklin D. Roosevelt and …"}. What follows the chapter label and its number is the
 * chapter's title, what comes before it the book (with its volume), after a short name head ending in a comma (the
 * author) when there is one; the pages close the entry. A year written only inside those titles is no date, and a
 * publisher or place read from inside them is dropped. Chapter labels: the chapter labels of
 * {@code org/opis/lexicon/labels.tsv}; volume labels: its volume labels. One concern.
 */
final class ChapterTails {
    /** The chapter labels as a regular expression (case is left to the user). */
    static final String CHAPTER = alternation(Labels.of(Labels.CITATION, "chapter"));
    private static final Pattern WHITE = Pattern.compile("\\s+");
    static final Pattern SHAPE = Pattern.compile("^(?<pre>[^\"“”«»_*\\[\\]]{3,200}?)[.,]\\s+(?iu:" + CHAPTER
            + ")\\s?(?:\\d{1,3}|[IVXLC]{1,6})[:.,]\\s+(?<title>[\"“]?[^\"“”_*]{3,300}?[\"”]?)[.,]?(?:\\s*[.,]?\\s*pp?\\.\\s?(?<pages>\\d+\\s?[-–]\\s?\\d+))?[.,]?\\s*$");
    private static final Pattern VOLUME = Pattern.compile("(?iu)[,.]?\\s+(?:" + alternation(Labels.of(Labels.TITLE, "volume")) + ")\\s?(\\d{1,3}|[IVXLC]{1,6})$");
    private static final Pattern NAME_HEAD = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,2}$");
    /** A sentence's end inside the text before the chapter: a lower-case letter, a full stop, a capital. */
    private static final Pattern SENTENCE = Pattern.compile("\\p{Ll}\\.\\s+(?=\\p{Lu})");
    private static final Pattern PAGES_FIRST = Pattern.compile("(?iu)^pp?\\.?\\s?\\d.*");
    /** A title that ends in a number range holds unlabelled pages: the shape is another. */
    private static final Pattern RANGE_LAST = Pattern.compile("\\d\\s?[-–]\\s?\\d+$");
    /** A year standing alone after a comma before the chapter: the book's imprint, and the chapter a locator. */
    private static final Pattern IMPRINT_YEAR = Pattern.compile(",\\s*\\d{4}$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    private ChapterTails() {
    }

    private static String alternation(List<String> labels) {
        StringBuilder b = new StringBuilder();
        for (String l : labels) {
            boolean stop = l.endsWith(".");
            b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(stop ? l.substring(0, l.length() - 1) : l)).append(stop ? "\\.?" : "");
        }
        return b.length() == 0 ? "(?!)" : b.toString();
    }

    /**
     * A match of {@link #SHAPE} holds one of the chapter labels (without a closing full stop), its case ignored as the
     * pattern ignores it: a cheap test run on the entry before its white space is collapsed and the pattern run. A label
     * holding white space (the collapsing could make it) makes the test always true.
     */
    static final FoldedCues LABELS = chapterCues(Labels.of(Labels.CITATION, "chapter"));

    private static FoldedCues chapterCues(List<String> labels) {
        List<String> words = new java.util.ArrayList<>();
        for (String l : labels) {
            String w = l.endsWith(".") ? l.substring(0, l.length() - 1) : l;
            words.add(w.chars().anyMatch(Character::isWhitespace) ? "" : w);
        }
        return FoldedCues.of(words);
    }

    /** The record read as a chapter of the book written before it, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        if (d == null || entry == null) return d;
        if (!LABELS.mayHold(entry)) return d;
        Matcher m = SHAPE.matcher(WHITE.matcher(entry.strip()).replaceAll(" "));
        if (!m.find()) return d;
        String pre = m.group("pre").strip();
        String title = m.group("title").replaceAll("^[\"“]|[\"”]$", "").replaceAll("[.,]$", "").strip();
        String head = null;
        String book = pre;
        int comma = pre.indexOf(", ");
        Matcher stop = SENTENCE.matcher(pre);
        if (comma > 0 && NAME_HEAD.matcher(pre.substring(0, comma)).matches()) {
            head = pre.substring(0, comma);
            book = pre.substring(comma + 2).strip();
        } else if (stop.find() && !SENTENCE.matcher(pre).region(stop.end(), pre.length()).find()) {
            head = pre.substring(0, stop.start() + 1);
            book = pre.substring(stop.end()).strip();
        }
        String volume = null;
        Matcher v = VOLUME.matcher(book);
        if (v.find()) {
            volume = v.group(1);
            book = book.substring(0, v.start()).strip();
        }
        if (book.length() < 3 || title.length() < 3 || PAGES_FIRST.matcher(title).matches() || RANGE_LAST.matcher(title).find()
                || IMPRINT_YEAR.matcher(pre).find() || !book.matches("(?s).*\\p{Lu}.*")) return d;
        CSLItemDataBuilder b = new CSLItemDataBuilder(d).type(CSLType.CHAPTER).title(title).containerTitle(book).volume(volume);
        if (m.group("pages") != null) b.page(m.group("pages").replaceAll("\\s", ""));
        if (head == null && within(d.getAuthor(), pre)) b.author((CSLName[]) null);
        String titles = book + " " + title;
        if (d.getPublisher() != null && titles.contains(d.getPublisher())) b.publisher(null);
        if (d.getPublisherPlace() != null && titles.contains(d.getPublisherPlace())) b.publisherPlace(null);
        if (d.getIssued() != null && onlyInside(entry, titles)) b.issued(null);
        return b.build();
    }

    /** Whether every year the entry writes is inside these titles. */
    static boolean onlyInside(String entry, String titles) {
        Matcher y = YEAR.matcher(entry);
        int inEntry = 0;
        while (y.find()) inEntry++;
        Matcher t = YEAR.matcher(titles);
        int inTitles = 0;
        while (t.find()) inTitles++;
        return inEntry > 0 && inEntry == inTitles;
    }

    /** Whether every name is written in the text (empty: true). */
    static boolean within(CSLName[] names, String text) {
        if (names == null) return false;
        for (CSLName n : names) {
            String f = n.getLiteral() != null ? n.getLiteral() : n.getFamily();
            if (f == null || f.isBlank() || !text.contains(f)) return false;
        }
        return true;
    }
}
