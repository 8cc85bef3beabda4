package org.opis.reflist;

import org.opis.lexicon.Labels;
import org.opis.lexicon.Words;
import org.opis.text.Markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.blank;

/**
 * A journal written in roman after a plain title, closing the entry with its numbering and nothing else: ISO 690 / ABNT
 * labels ({@code Llengua i Ús (Barcelona), n. 10, p. 32-36}, {@code Vox Concordiana, vol. 10, n.1, p. 37-80, 1995},
 * {@code Revista Vernáculo, n. 28, 2011, p. 187-213}), APA numbers ({@code A Contratiempo: Música y Danza, 1(2), 78-83},
 * {@code A contratiempo (3), 38-52}, {@code Journal 5(5):139-49}), or pages alone after a comma ({@code Música, cultura y
 * pensamiento, 51-64}). The labels are the rows of {@code lexicon/labels.tsv} read in context {@code journal}. One concern,
 * content-based: the statement must be a capitalised name (a place of publication in parentheses after it allowed) and then
 * only numbering to the end of the entry or of its sentence, so an imprint ({@code Bellaterra: Universitat Autònoma, p. 109-148},
 * {@code Madrid: Alianza, 1995}) is never taken for a journal.
 */
final class PlainJournalTails {
    private PlainJournalTails() {
    }

    private static String labels(String means) {
        return "(?:" + Words.alternation(Labels.of("journal", means), true) + ")";
    }

    private static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
    private static final String PAGES = "\\d{1,5}(?:\\s?[–—-]{1,2}\\s?\\d{1,5})?";

    /** One labelled part of the numbering: a volume, an issue, pages, or the year among them. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?:" + labels("volume") + "\\s?(?<v>\\d{1,4}|[IVXLC]{1,7})|" + labels("issue") + "\\s?(?<n>\\d{1,4}(?:\\s?[/–-]\\s?\\d{1,4})?)|"
                    + labels("page") + "\\s?(?<p>" + PAGES + ")|(?<y>" + YEAR + "))(?![\\p{L}\\d])");

    /** APA numbers: volume and issue in parentheses with pages after a comma or colon, or the issue alone, or pages alone. */
    private static final Pattern NUMBERS = Pattern.compile(
            "(?<v>\\d{1,4})?\\s?\\((?<n>\\d{1,4}(?:\\s?[/–-]\\s?\\d{1,4})?)\\)(?:\\s?[,:]\\s?(?<p>" + PAGES + "))?"
                    + "|(?<v2>\\d{1,4}),\\s(?<p2>\\d{1,5}\\s?[–—-]{1,2}\\s?\\d{1,5})|(?<p3>\\d{1,5}\\s?[–—-]{1,2}\\s?\\d{1,5})");

    /** The journal's name: a capital first, no digits or parentheses, no sentence inside; then the place in parentheses. */
    private static final Pattern NAME = Pattern.compile(
            "(?<name>\\p{Lu}[^\\d()\\[\\]<>*_\"“”«»;]{0,150}?)(?:\\s\\((?<place>\\p{Lu}[^\\d()]{1,40})\\))?,?");

    private static final Pattern YEAR_AFTER = Pattern.compile(",\\s(" + YEAR + ")(?!\\d)");

    /** The parts read: {@code end} is where the statement ends in the text read. */
    record Tail(String name, String place, String volume, String issue, String page, String year, int end) {
    }

    /** The journal statement that opens {@code s} at {@code from} and runs to the end or to a full stop before more text, or null. */
    static Tail at(CharSequence s, int from) {
        int limit = Math.min(s.length(), from + 200);
        for (int e = from + 1; e < limit; e++) {
            if (s.charAt(e) != ' ') continue;
            String cand = s.subSequence(from, e).toString();
            // the name holds no sentence: "Title. Journal" is a title and a journal
            if (cand.contains(". ") || cand.contains("? ") || cand.contains("! ")) return null;
            Matcher nm = NAME.matcher(cand);
            if (!nm.matches()) continue;
            Tail t = numbering(s, e + 1, nm.group("name").strip(), nm.group("place"), cand.endsWith(","));
            if (t != null) return t;
        }
        return null;
    }

    /** The numbering from {@code p} to the end of the statement, after the journal {@code name}; or null. */
    private static Tail numbering(CharSequence s, int p, String name, String place, boolean comma) {
        if (name.isEmpty() || name.endsWith(".")) return null;
        String v = null, n = null, pg = null, y = null;
        boolean labelled = false;
        Matcher num = NUMBERS.matcher(s).region(p, s.length());
        Matcher lab = LABELLED.matcher(s).region(p, s.length());
        // labels follow the journal's name after a comma ("Els Marges (Barcelona), n. 24"); "Working Paper No. 8" is a series
        if (comma && lab.lookingAt() && lab.group("y") == null) {
            while (true) {
                if (lab.group("v") != null && v == null) v = lab.group("v");
                else if (lab.group("n") != null && n == null) n = lab.group("n");
                else if (lab.group("p") != null && pg == null) pg = lab.group("p");
                else if (lab.group("y") != null && y == null) y = lab.group("y");
                else return null;
                labelled = true;
                p = lab.end();
                if (p + 1 < s.length() && s.charAt(p) == ',' && s.charAt(p + 1) == ' ') {
                    lab.region(p + 2, s.length());
                    if (lab.lookingAt()) continue;
                }
                break;
            }
        } else if (num.lookingAt()) {
            v = num.group("v") != null ? num.group("v") : num.group("v2");
            n = num.group("n");
            pg = num.group("p") != null ? num.group("p") : num.group("p2") != null ? num.group("p2") : num.group("p3");
            // pages alone, or a volume and pages, only after a comma ("Música, cultura y pensamiento, 51-64"), never after a
            // word ("Chapters 20-23", "Especially Chapters 1-4")
            if ((num.group("p3") != null || num.group("v2") != null) && !comma) return null;
            // pages alone after a publisher and a place are a chapter's ("CLACSO, Consejo …, Ciudad de Buenos Aires, 191-208")
            if (num.group("p3") != null && name.indexOf(',') != name.lastIndexOf(',')) return null;
            // a span of two years is a date, not pages
            if (num.group("p3") != null && num.group("p3").matches(YEAR + "\\s?[–—-]{1,2}\\s?" + YEAR)) return null;
            p = num.end();
            Matcher yr = YEAR_AFTER.matcher(s).region(p, s.length());
            if (yr.lookingAt()) {
                y = yr.group(1);
                p = yr.end();
            }
        } else {
            return null;
        }
        if (!labelled && pg == null && n == null) return null;
        int end = p;
        // a comma left where the pages closing the entry were taken (TrailingPages): only blanks may follow it
        if (p < s.length() && s.charAt(p) == ',' && s.subSequence(p + 1, s.length()).toString().isBlank()) return tail(name, place, v, n, pg, y, end);
        // a volume alone is a book's ("Os clássicos da política. Ática, v. 1."), unless pages followed it (taken above)
        if (labelled && n == null && pg == null) return null;
        if (p < s.length() && s.charAt(p) == '.') p++;
        if (p < s.length() && !Character.isWhitespace(s.charAt(p))) return null;
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) p++;
        // more text after the statement only as a new sentence (a link, an access date), never a place or publisher
        if (p < s.length() && end + 1 >= p) return null;
        return tail(name, place, v, n, pg, y, end);
    }

    private static Tail tail(String name, String place, String v, String n, String pg, String y, int end) {
        // an imprint is no journal: "Bellaterra: Universitat Autònoma de Barcelona, p. 109-148" (a name with a colon needs
        // a volume or an issue: "A Contratiempo: Música y Danza, 1(2), 78-83")
        int colon = name.indexOf(": ");
        if (colon > 0 && (PlaceWords.isPlace(name.substring(0, colon)) || v == null && n == null)) return null;
        return new Tail(Markup.clean(name), place, v, n, pg, y, end);
    }

    /** Reads the journal statement at {@code p} in the working text into the draft and blanks it; returns whether it did. */
    static boolean read(StringBuilder b, int p, Draft d) {
        Tail t = at(b, p);
        if (t == null) return false;
        d.containerTitle = t.name();
        if (t.place() != null && d.place == null) d.place = t.place();
        if (t.volume() != null && d.volume == null) d.volume = t.volume();
        if (t.issue() != null && d.issue == null) d.issue = t.issue();
        if (t.page() != null && d.page == null) d.page = t.page();
        if (t.year() != null && d.issued == null) d.issued = new int[][] {{Integer.parseInt(t.year())}};
        if (!"chapter".equals(d.type)) d.type = "article-journal";
        blank(b, p, t.end());
        return true;
    }
}
