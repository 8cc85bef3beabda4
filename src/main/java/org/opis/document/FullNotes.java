package org.opis.document;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.cite.LeadWords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.names.MatchKey;
import org.opis.reflist.Ids;
import org.opis.reflist.BlockShapes;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note that gives a work in full in a form the citation scanner does not read — a title without
 * a year, names given first with the year in parentheses, a web page ({@code "Title". Site. Retrieved
 * …}) — is still a citation of that work. Such a note (one in which the scanner found nothing, whose
 * text reads as a reference: a title set off, or names and a year with publication details) is read
 * as an entry of a list ({@link ReferenceListParser#parseNoteEntry}) and linked to the entry of the
 * list with the same first family name and year; with none, it stays unresolved, with the reason
 * that the note gives the work in full and the list lacks it.
 */
final class FullNotes {

    private static final Pattern TITLE = Pattern.compile("\\*[^*\\s][^*]*\\*|_[^_\\s][^_]*_|[“\"«„][^”\"»“]{3,}[”\"»“]");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20[0-4]\\d)(?!\\d)");
    /** A name written family first, then given names or initials, closed by a comma or colon: {@code Müller, Jan Dirk,} {@code Schütze, Sebastian:} */
    private static final Pattern INVERTED = Pattern.compile(
            "([\\p{Lu}][\\p{L}'’\\-]+(?:\\s[\\p{Lu}][\\p{L}'’\\-]+)?),\\s+[\\p{Lu}][\\p{L}'’\\-]*\\.?(?:\\s[\\p{Lu}][\\p{L}'’\\-]*\\.?){0,2}[,:]");
    /** Names inverted with initials only, one or more joined by commas or "and", then a capitalised word: {@code Winblad, A.L., Edwards, S. D., and King, D. R. Object}. */
    private static final Pattern INITIALLED = Pattern.compile(
            "[\\p{Lu}][\\p{L}'’\\-]+,\\s+(?:\\p{Lu}\\.\\s?){1,3}(?:(?:,\\s+(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+)[\\p{Lu}][\\p{L}'’\\-]+,\\s+(?:\\p{Lu}\\.\\s?){1,3}){0,5},?\\s*\\p{Lu}\\p{Ll}");
    /** A year in parentheses, a month before it allowed: {@code (1984)}, {@code (Sept. 1990)}. */
    private static final Pattern DATE_IN_PARENS = Pattern.compile("\\((?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s)?(?:1[5-9]|20)\\d\\d\\)");
    private static final Pattern SIGNAL = Pattern.compile("^(?i:see also|see|compare|cf\\.|but see|see further)[:,]?\\s+(?=[\\p{Lu}\"“*_])");

    private FullNotes() {
    }

    /** Reads as a full reference: a title set off by italics or quotes, or an entry's shape. */
    static boolean reads(String text) {
        String stripped = BlockShapes.strip(text);
        String work = stripped.substring(Math.max(LeadWords.at(stripped), LeadWords.workAfterProse(stripped)));
        // a note that is a link to a web page, its words the page's title: "[Ho Chi Minh - Wikipedia](https://…)"
        if (LINK_NOTE.matcher(work).matches()) return true;
        String t = unlinked(work);
        if (t.length() < 12) return false;
        if (BlockShapes.entryLike(t)) return true;
        // "Stalin: Breaker of Nations by Robert Conquest, page 10-12"
        if (TitleByAuthor.reads(t)) return true;
        // a web source: words before an address, and the date it was read ("…, o. D., https://… (abgerufen: 29.06.2023)")
        if (webSource(t)) return true;
        // German humanities notes: "Gould, Cecil, Michelangelo. Battle of Cascina. Newcastle upon Tyne 1966, S.6"
        if (t.length() >= 40 && INVERTED.matcher(t).lookingAt() && YEAR.matcher(t).find() && !BlockShapes.shortCitation(t)) return true;
        // a bibliography's form with initials and an unmarked title, the date in parentheses: "Pratt, T. W. Programming
        // Languages, Prentice-Hall (1984).", "Khoshafian, S. and Abnous, R. Object Orientation, Wiley (1990), p. 258."
        if (INITIALLED.matcher(t).lookingAt() && DATE_IN_PARENS.matcher(t).find()) return true;
        Matcher m = TITLE.matcher(t);
        if (!m.find()) return false;
        // title first: "Title". Site. Retrieved … — but not a sentence about it ("*ToFu Go!* is freely available …")
        if (m.start() == 0) return !t.substring(m.end()).matches("(?s)\\s+\\p{Ll}.*");
        // names before the title: a few words closed by a comma, period or colon ("Hugh Thomas. *Cuba*")
        String before = t.substring(0, m.start()).strip();
        int words = before.isEmpty() ? 0 : before.split("\\s+").length;
        return t.length() < 400 && words <= 6 && m.group().length() <= 150 && (before.endsWith(",") || before.endsWith(".") || before.endsWith(":") || before.endsWith(")"));
    }

    private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)[^\\s)\\]>]{4,}");

    /**
     * A note that cites a web source: some words, an address, and a phrase giving the date the page was read
     * ({@link LeadWords#holdsAccessDate}) — the content test that tells it from a note merely pointing to software or
     * a site, which gives no such date.
     */
    static boolean webSource(String t) {
        Matcher a = ADDRESS.matcher(t);
        if (!a.find() || a.start() < 8) return false;
        return LeadWords.holdsAccessDate(t.substring(a.start())) || LeadWords.holdsAccessDate(t.substring(0, a.start()));
    }

    /** The citation of a note's whole text, linked to the list when its first family name and year match an entry. */
    static CheckedCitation cite(String noteText, Span at, int group, List<Reference> list) {
        return cite(noteText, at, group, list, false);
    }

    /**
     * The same, for a further work of a note ({@code further}): with no pinpoint after it, the page range of an article
     * given in full is its locator, as the scanner reads it for a note's first work ({@link ArticleRanges}).
     */
    static CheckedCitation cite(String noteText, Span at, int group, List<Reference> list, boolean further) {
        String t = BlockShapes.strip(noteText);
        // a signal before the work ("Compare:", "See also", "Vgl.") is no part of it
        String work0 = withoutLead(SIGNAL.matcher(t).replaceFirst(""));
        SourceText src = new SourceText("note", work0);
        Reference work = ReferenceListParser.parseNoteEntry(src, 0, work0.length(), new Ids());
        Matcher inverted = INVERTED.matcher(work0);
        String family = inverted.lookingAt() ? inverted.group(1) : firstFamily(work);
        String after = inverted.lookingAt() ? work0.substring(inverted.end()) : "";
        int year = year(work);
        if (year == 0) {
            Matcher y = YEAR.matcher(t);
            if (y.find()) year = Integer.parseInt(y.group(1));
        }
        String who = family.isEmpty() ? shortTitle(work, t) : family;
        InTextCitation c = new InTextCitation(t.length() > 200 ? t.substring(0, 199) + "\u2026" : t, at, group,
                CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC, who, family.isEmpty(), Optional.empty(), Optional.empty(),
                further && pinpoint(t).isEmpty() ? ArticleRanges.of(t) : pinpoint(t), "", true, Optional.empty(), true);
        MatchKey keys = MatchKey.standard();
        if (!family.isEmpty()) {
            String k = keys.key(family);
            List<String> words = titleWords(CslRecords.csl(work).getTitle());
            // a title set off in the note (italics, quotes) is read reliably: another title of the same year is another work
            List<String> marked = TITLE.matcher(work0).find() ? words : List.of();
            List<Reference> byName = new ArrayList<>();
            for (Reference r : list) {
                String f = firstFamily(r);
                List<String[]> written = SecondLook.writtenNames(r.raw());
                if (!f.isEmpty() && keys.key(f).equals(k) || !written.isEmpty() && keys.key(written.get(0)[0]).equals(k)) byName.add(r);
            }
            List<Reference> same = new ArrayList<>();
            for (Reference r : byName) {
                // same year (or, where the list's reading lost or misread it, a year of the entry's text); or, with
                // no year in the note, the same first words of the title
                boolean fits = year != 0 ? (year(r) == year || yearsIn(r.raw()).contains(year)) && !otherTitle(marked, CslRecords.csl(r).getTitle())
                        : !words.isEmpty() && titleWords(CslRecords.csl(r).getTitle()).containsAll(words);
                if (fits) same.add(r);
            }
            if (same.size() > 1 && !after.isBlank()) {
                // two works of the author in one year: the one whose text holds the words after the note's names
                List<String> told = titleWords(after);
                List<Reference> byTitle = same.stream().filter(r -> titleWords(r.raw().toLowerCase(java.util.Locale.ROOT)).size() > 0
                        && r.raw().toLowerCase(java.util.Locale.ROOT).contains(String.join(" ", told))).toList();
                if (byTitle.size() == 1) same = byTitle;
            }
            if (!same.isEmpty()) return new CheckedCitation(c, CitationStatus.RESOLVED, Optional.of(same.get(0).id()), List.of(), "", c.locators(), Optional.empty());
        }
        return new CheckedCitation(c, CitationStatus.UNRESOLVED, Optional.empty(), List.of(),
                "this note gives the work in full, but the reference list lacks it", c.locators(), Optional.empty());
    }

    /**
     * The work a full note gives, read as a list entry would be (without a signal or lead words before it), as a
     * record of a work from a note ({@link org.opis.cite.NoteWorks#fromNote}) placed at the note; {@code id} names it.
     */
    static Reference work(String noteText, Span at, java.util.function.UnaryOperator<String> id) {
        String t = BlockShapes.strip(noteText);
        String work0 = withoutLead(SIGNAL.matcher(t).replaceFirst(""));
        Reference r = ReferenceListParser.parseNoteEntry(new SourceText("note", work0), 0, work0.length(), new Ids());
        java.util.Map<String, String> extra = new java.util.LinkedHashMap<>(r.extra());
        extra.remove("locator");
        extra.put(org.opis.cite.NoteWorks.SOURCE, org.opis.cite.NoteWorks.FROM_NOTE);
        String newId = id.apply(r.id());
        return CslRecords.reference(newId, new de.undercouch.citeproc.csl.CSLItemDataBuilder(CslRecords.csl(r)).id(newId).build(), new Span(at.line(), at.column(), at.offset(), Math.max(at.length(), r.raw().length())),
                r.raw(), List.of(), r.archive(), extra);
    }

    /**
     * The page reference that closes a full note, after its last comma: {@code …, 2017), 21.},
     * {@code …, Princeton 2017, S. 198.}, {@code …, pp. 16-18.}; none when that part reads as anything else.
     */
    static List<org.opis.cite.Locator> pinpoint(String note) {
        String t = note.strip();
        if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        List<org.opis.cite.Locator> afterComma = pinpointAfter(t, t.lastIndexOf(','));
        if (!afterComma.isEmpty()) return afterComma;
        // else after a full stop near the end, as GOST sets it ("… 2012. Вып. 9. С. 25": the stop before "С.")
        for (int stop = t.lastIndexOf(". "); stop > 0 && t.length() - stop < 30; stop = t.lastIndexOf(". ", stop - 1)) {
            List<org.opis.cite.Locator> after = pinpointAfter(t, stop + 1);
            if (!after.isEmpty()) return after;
        }
        // a sentence of comment after the work ("…, Fourth Estate (Londyn, 1999), s. 82-99. Krótki film …"): the page
        // closes the work's own sentence, after its imprint
        Matcher imprint = DATED_IMPRINT.matcher(t);
        if (imprint.find()) {
            Matcher stop = SENTENCE_END.matcher(t);
            if (stop.find(imprint.end())) return pinpoint(t.substring(0, stop.start()));
        }
        return List.of();
    }

    /** An imprint that ends with its year after a place: {@code Princeton 1999}, {@code Reykjavík 2005}. */
    private static final Pattern IMPRINT_YEAR_END = Pattern.compile("\\p{L}\\s(?:1[5-9]|20)\\d\\d$");

    /** An imprint in parentheses that holds a year, then a comma: {@code (Londyn, 1999), }. */
    private static final Pattern DATED_IMPRINT = Pattern.compile("\\([^()]{0,80}\\b(?:1[5-9]|20)\\d\\d\\),\\s");
    /** A full stop that ends a sentence: a capital word follows it. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu}\\p{Ll})");

    private static List<org.opis.cite.Locator> pinpointAfter(String t, int comma) {
        if (comma <= 0) return List.of();
        String tail = t.substring(comma + 1);
        org.opis.cite.Locators.Reading r = org.opis.cite.Locators.standard().read(tail);
        if (r.locators().isEmpty() || !tail.substring(r.consumed()).isBlank()) return List.of();
        // a bare number is a year or a count more often than a page, unless it follows the imprint's parenthesis or the
        // imprint's year ("…, Princeton 1999, 3.", the humanities' order) and is no year itself
        String before = t.substring(0, comma);
        if (!Character.isLetter(tail.strip().charAt(0)) && !before.endsWith(")")
                && !(IMPRINT_YEAR_END.matcher(before).find() && !YEAR.matcher(tail).find())) return List.of();
        return r.locators();
    }

    /** The text without the lead words before a work ({@code Vgl.}, {@code See}, {@code Siehe}), its web links {@link #unlinked}. */
    private static String withoutLead(String t) {
        // prose and a lead word before the work: "On prison conditions, see Ruth Ahnert, *The Rise …*"
        int p = LeadWords.workAfterProse(t);
        return unlinked(t.substring(Math.max(p, LeadWords.at(t))));
    }

    /** A Markdown link to the web: its words, then its address. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]{3,300})\\]\\((https?://[^\\s()]+)\\)");
    /** A note that is one such link, with at most a few words after it (an access date). */
    private static final Pattern LINK_NOTE = Pattern.compile(LINK.pattern() + "[.,;]?(?:\\s+[^\\[\\]]{0,80})?");

    /**
     * The note's Markdown links to the web written as their words and their address ({@code Title. https://…}),
     * so that the words are read as the title they are and the address as the link.
     */
    static String unlinked(String t) {
        if (t.indexOf("](http") < 0) return t;
        Matcher m = LINK.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String words = m.group(1).strip();
            String end = words.endsWith(".") || words.endsWith("?") || words.endsWith("!") ? " " : ". ";
            m.appendReplacement(b, Matcher.quoteReplacement(words + end + m.group(2)));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static List<Integer> yearsIn(String raw) {
        List<Integer> out = new ArrayList<>();
        Matcher m = YEAR.matcher(raw);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    /**
     * True when what the scanner found in a note that reads as a full reference is only its
     * imprint: each citation found is unresolved, set in parentheses, and starts after the
     * note's opening names or after a title set off in italics or quotes ({@code Schütze, Sebastian: Nacktheit …, Der Göttliche (Ausst.-Kat. …, Bonn 2015), München 2015}).
     */
    static boolean imprintOnly(String noteText, List<CheckedCitation> found) {
        String t = withoutLead(BlockShapes.strip(noteText));
        boolean inverted = INVERTED.matcher(t).lookingAt();
        for (CheckedCitation c : found) {
            if (c.status() != CitationStatus.UNRESOLVED || c.citation().form() != CitationForm.PARENTHETICAL
                    || c.citation().kind() != CitationKind.BIBLIOGRAPHIC) return false;
            int at = t.indexOf(c.citation().text());
            if (at <= 0 || t.lastIndexOf('(', at) < 0) return false;
            // after the note's opening names, or after a title set off before it ("*Macroanalysis* (University of Illinois Press, 2013)")
            if (!inverted && !rightAfterTitle(t, t.lastIndexOf('(', at))) return false;
        }
        return true;
    }

    /** A parenthesis that follows a title set off in italics or quotes, at most a few words (no number) between them. */
    private static boolean rightAfterTitle(String t, int paren) {
        Matcher m = TITLE.matcher(t.substring(0, paren));
        int end = -1;
        while (m.find()) end = m.end();
        if (end < 0) return false;
        String gap = t.substring(end, paren);
        return gap.length() <= 30 && !gap.matches("(?s).*\\d.*");
    }

    /** The first two words of a title of four letters or more, folded: what a short title keeps. */
    /**
     * The entry's title is another work's: neither of the note's first two title words is a word of
     * the entry's title, nor the entry's first two of the note's ({@code Strategies of Containment}
     * beside {@code The Cold War: A New History}, one author, one year). Unknown titles never clash.
     */
    private static boolean otherTitle(List<String> noteFirst, String entryTitle) {
        List<String> entryFirst = titleWords(entryTitle);
        if (noteFirst.isEmpty() || entryFirst.isEmpty()) return false;
        java.util.Set<String> all = new java.util.HashSet<>();
        for (String w : entryTitle.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() >= 4) all.add(w);
        for (String w : noteFirst) if (all.contains(w)) return false;
        for (String w : entryFirst) if (noteFirst.contains(w)) return false;
        return true;
    }

    private static List<String> titleWords(String title) {
        if (title == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) out.add(w);
            if (out.size() == 2) break;
        }
        return out;
    }

    private static String firstFamily(Reference r) {
        CSLName[] names = CslRecords.csl(r).getAuthor() != null && CslRecords.csl(r).getAuthor().length > 0 ? CslRecords.csl(r).getAuthor() : CslRecords.csl(r).getEditor();
        if (names == null || names.length == 0) return "";
        String f = names[0].getFamily() != null ? names[0].getFamily() : names[0].getLiteral();
        return f == null ? "" : f.strip();
    }

    private static int year(Reference r) {
        var d = CslRecords.csl(r).getIssued();
        if (d == null || d.getDateParts() == null || d.getDateParts().length == 0 || d.getDateParts()[0].length == 0) return 0;
        return d.getDateParts()[0][0];
    }

    private static String shortTitle(Reference r, String text) {
        String title = CslRecords.csl(r).getTitle() != null ? CslRecords.csl(r).getTitle() : text;
        String[] w = title.replaceAll("[*_“”\"«»]", "").strip().split("\\s+");
        return String.join(" ", java.util.Arrays.asList(w).subList(0, Math.min(5, w.length)));
    }
}
