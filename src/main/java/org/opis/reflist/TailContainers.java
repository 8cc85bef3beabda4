package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.lexicon.Labels;
import org.opis.lexicon.Words;
import org.opis.names.NameList;
import org.opis.names.NameParser;
import org.opis.text.Markup;
import org.opis.text.Regexes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.month;
import static org.opis.reflist.EntryVolumes.extractTitleVolume;
import static org.opis.reflist.TitleGlosses.glossAt;
import static org.opis.reflist.TitleMarks.closingStar;
import static org.opis.reflist.TitleMarks.indexOfStar;
import static org.opis.reflist.TitleMarks.nextStop;
import static org.opis.reflist.WorkingText.abbreviationBefore;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.skipPunct;
import static org.opis.reflist.WorkingText.skipSpace;

/**
 * The container read after a title: the book of a chapter after an intro of {@code container-intros.txt}
 * ({@code In *Book*}, {@code In J. Smith (ed.), *Book*}, {@code In Ulla Bjornberg and Jurgen Sass, eds. Book}) with its own
 * author ({@code , by N. A. L'vov}); an italic journal with its volume, issue and pages ({@code *Kritika* 14 (2): 301–35},
 * {@code *Journal*. 41:1042–56}, {@code *International Organization* 42, 3: 427-460}); a journal written plain after a
 * quoted title ({@code Asian Survey 4:9 (September 1964)}).
 */
final class TailContainers {
    private TailContainers() {
    }

    /**
     * The volume after a journal's italic title: {@code *Journal* 14}, {@code _Journal_ , 45 (1959-60)}, a Roman one before
     * its date {@code _Atlantic Monthly_ , XXXIII (January, 1874)}, a double volume before its date {@code *BABELAO* 10-11 (2022)}.
     */
    private static final Pattern VOLUME_AFTER_CONTAINER = Pattern.compile(
            "(?:\\s?,\\s(?!(?:1[4-9]\\d\\d|20\\d\\d)(?!\\d))|\\s)(\\d{1,4}[–/-]\\d{1,4}(?=\\s?\\()|\\d{1,4}|[IVXLC]{1,7}(?=\\s?\\())(?::(\\d{1,4}))?(?=[,\\s.(:]|$)(?!\\s\\p{L})");

    /** The issue and pages after a journal's volume, political-science style: {@code *International Organization* 42, 3: 427-460}. */
    private static final Pattern ISSUE_COLON_PAGES = Pattern.compile("\\s?,\\s?(\\d{1,3})\\s?:\\s?(\\d{1,5}\\s?[–—-]{1,2}\\s?\\d{1,5})(?![\\d\\p{L}])");

    /**
     * A volume and its pages joined by a colon after a journal title: {@code . 41:1042-1956}, {@code , 14: 301–35}; MLA's
     * volume and issue joined by a full stop before the colon: {@code *Textual Cultures* 9.2: 52-78}.
     */
    private static final Pattern VOLUME_COLON_PAGES = Pattern.compile("[.,]?\\s(\\d{1,4})(?:\\.(\\d{1,3}))?\\s?:\\s?(\\d{1,5}\\s?[–—-]{1,2}\\s?\\d{1,5})(?![\\d\\p{L}])");

    /** A journal title ending in a bare number of one to three digits (a year has four): {@code Foreign Affairs 75}. */
    private static final Pattern TRAILING_VOLUME = Pattern.compile("(.*\\p{L}.*?)\\s(\\d{1,3})");

    /** What follows a journal's volume: the date in parentheses, or pages after a colon. */
    private static final Pattern DATE_OR_PAGES_NEXT = Pattern.compile("\\s?[(:]");

    /** An issue of one to three digits in parentheses (four would be a year): {@code 14 (2)}, {@code 41(3–4)}. */
    private static final Pattern ISSUE_IN_PARENTHESES = Pattern.compile("\\s?\\((\\d{1,3}(?:\\s?[–/-]\\s?\\d{1,3})?)\\)");

    /** Names in reading order, then ", eds." / ", ed." / ", editors": the editors of the book a chapter is in. */
    private static final Pattern EDITORS_FIRST = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'’-]*(?:\\s(?:and\\s|&\\s)?\\p{Lu}[\\p{L}.'’-]*|,\\s(?:and\\s)?\\p{Lu}[\\p{L}.'’-]*){1,11})(?:,?\\set\\sal\\.)?,\\s(?:eds?\\.|editors?)[,.]?\\s");

    private static final Pattern CONTAINER_BY = Pattern.compile(
            ",?\\s[Bb]y\\s((?:\\p{Lu}\\.\\s?){0,3}\\p{Lu}[\\p{L}’'-]+(?:\\s(?:\\p{Lu}\\.\\s?){0,3}\\p{Lu}[\\p{L}’'-]+){0,3})(?=[,.;])");

    /** A parenthesised imprint (it holds a year) opening after a book title. */
    private static final Pattern PARENTHESISED_IMPRINT = Pattern.compile("\\s\\((?=[^()]*\\d{4}[^()]*\\))");

    /** The volume and issue labels of a list entry ({@code lexicon/labels.tsv}, context list). */
    private static final String LIST_NUMBER_LABELS = Words.alternation(Labels.ofAny(Labels.LIST, "volume", "issue"), false);

    private static final Pattern AFTER_CONTAINER = Pattern.compile(
            "^(?:\\s(\\d{1,3})(?::(\\d{1,4}))?(?=[\\s,.(])|,?\\s(?:" + LIST_NUMBER_LABELS + ")\\s?\\d|\\s\\(|,\\s(?:\\d{1,2}\\s)?(\\p{L}{3,10})\\.?\\s(?:\\d{1,2},\\s)?\\d{4})");

    private static final Pattern COMMA_ISSUE_BEFORE_DATE = Pattern.compile("^,\\s?(\\d{1,3})(?=\\s\\()");

    /** After a quoted title without italics: {@code Asian Survey 4:9 (September 1964)}, {@code Vietnam, August 2001}. */
    private static void plainContainer(StringBuilder b, int p, Draft d) {
        int limit = Math.min(b.length(), p + 200);
        for (int e = p + 1; e < limit; e++) {
            char c = b.charAt(e);
            if (c == '.' && e + 1 < b.length() && b.charAt(e + 1) == ' ' && !abbreviationBefore(b.toString(), e)) return;
            if (c != ' ' && c != ',') continue;
            Matcher m = AFTER_CONTAINER.matcher(b.subSequence(e, Math.min(b.length(), e + 60)));
            if (!m.lookingAt()) continue;
            if (m.group(3) != null && month(m.group(3)) == 0) continue;
            String cand = Markup.clean(b.substring(p, e));
            if (cand.endsWith(",")) cand = cand.substring(0, cand.length() - 1).strip();
            if (month(cand) > 0) return;
            if (cand.isEmpty() || !Character.isUpperCase(cand.codePointAt(0)) || cand.indexOf(':') >= 0 && m.group(1) == null) return;
            d.containerTitle = cand;
            blank(b, p, e);
            if (m.group(1) != null) {
                d.volume = m.group(1);
                if (m.group(2) != null) d.issue = m.group(2);
                int after = e + m.end(m.group(2) != null ? 2 : 1);
                blank(b, e + m.start(1), after);
                // the issue after a comma, before the date in parentheses (British notes): Journal, 6, 3 (1912)
                Matcher ci = COMMA_ISSUE_BEFORE_DATE.matcher(b.subSequence(after, Math.min(b.length(), after + 12)));
                if (d.issue == null && ci.lookingAt()) {
                    d.issue = ci.group(1);
                    blank(b, after, after + ci.end(1));
                }
                // the issue in parentheses after the volume, as after an italic journal: Kritika 14 (2): 301–35
                Matcher pi = ISSUE_IN_PARENTHESES.matcher(b.subSequence(after, Math.min(b.length(), after + 16)));
                if (d.issue == null && pi.lookingAt()) {
                    d.issue = pi.group(1);
                    blank(b, after + pi.start(), after + pi.end());
                }
            }
            return;
        }
    }

    /** Reads the container after the title (italic, quoted-title journal, or a chapter's book after "In"); returns whether the entry is a chapter. */
    static boolean read(TitleKind kind, StringBuilder b, int tail, Draft d) {
        int p = skipPunct(b, tail);
        boolean chapter = false;
        // "In *Book*, edited by …" / "In: …" / "Dans …" / "W: …" / "В кн.: …" (container-intros.txt)
        Matcher in = ContainerIntros.AT_START.matcher(b.substring(p));
        if (in.find() && (kind != TitleKind.PLAIN || d.title != null)) {
            chapter = true;
            p = intro(b, p, in, d);
        }
        if (kind != TitleKind.PLAIN && p < b.length() && b.charAt(p) == '*') {
            int close = closingStar(b, p);
            if (close > p) {
                d.containerTitle = Markup.clean(b.substring(p, close));
                blank(b, p, close + 1);
                glossAt(b, close + 1, d);
                journalDetails(b, close, d);
                // the container may carry a volume too: *Works. Vol. 3*
                if (d.containerTitle != null) volumeInContainer(b, close, d);
            }
            // the book's own author after its title: "In *Izbrannye sochinenija*, by N. A. L'vov, 7–22."
            if (chapter && close > p) containerAuthor(b, close, d);
        } else if (kind == TitleKind.QUOTED && !chapter) {
            plainContainer(b, p, d);
        } else if (kind == TitleKind.PLAIN && !chapter) {
            // a journal in roman closing a plain entry: "Caplletra (València), n. 50, p. 35-65" (PlainJournalTails)
            PlainJournalTails.read(b, p, d);
        } else if (chapter && kind == TitleKind.QUOTED) {
            int e = nextStop(b, p);
            int comma = b.indexOf(",", p);
            if (comma > p && comma < e) e = comma;
            // the book's imprint in parentheses after its title: "in K. Smith (ed.), The Book (London: Press, 2020)"
            Matcher imprint = PARENTHESISED_IMPRINT.matcher(b);
            if (imprint.find(p) && imprint.start() > p && imprint.start() < e) e = imprint.start();
            d.containerTitle = Markup.clean(b.substring(p, e));
            blank(b, p, e);
        }
        return chapter;
    }

    /** After a container intro ({@code in}, matched at {@code p}): blanks it and the editors written before the book title; returns where the book title starts. */
    private static int intro(StringBuilder b, int p, Matcher in, Draft d) {
        blank(b, p, p + in.end());
        p = skipSpace(b, p + in.end());
        // editors written before the book title: In J. Smith (ed.), *Book*
        int star = indexOfStar(b, p);
        if (star > p) {
            String eds = Markup.clean(b.substring(p, star));
            if (!eds.isBlank() && !eds.equals(",")) {
                NameList nl = NameParser.parseList(Regexes.replaceAll(eds, "[,.:]+$", ""));
                d.editors.addAll(nl.names());
                blank(b, p, star);
            }
            p = star;
        } else if (star < 0) {
            // editors before a plain book title: "In Ulla Bjornberg and Jurgen Sass, eds. Families with Small Children …"
            Matcher ef = EDITORS_FIRST.matcher(b.subSequence(p, Math.min(b.length(), p + 200)));
            if (ef.lookingAt()) {
                d.editors.addAll(NameParser.parseNames(ef.group(1)));
                blank(b, p, p + ef.end());
                p = skipSpace(b, p + ef.end());
            } else if (CrossReferences.take(b.substring(p), d)) {
                // the editors and pages alone, the book given in full elsewhere: "in: Sabine Fiedler/Haitao Liu (Hg.): 254–277."
                blank(b, p, b.length());
                p = b.length();
            } else {
                // editors with their role in parentheses: "στο Κ. Στεφάνου (επιμ.), Βιβλίο", "in K. Smith (ed.), Book"
                int n = ParenthesisedEditors.take(b.substring(p, Math.min(b.length(), p + 200)), d);
                if (n > 0) {
                    blank(b, p, p + n);
                    p = skipSpace(b, p + n);
                }
            }
        }
        return p;
    }

    /** The volume, issue and pages after an italic journal title that closes at {@code close}. */
    private static void journalDetails(StringBuilder b, int close, Draft d) {
        Matcher vn = VOLUME_AFTER_CONTAINER.matcher(b.subSequence(close + 1, Math.min(b.length(), close + 20)));
        Matcher vp = VOLUME_COLON_PAGES.matcher(b.subSequence(close + 1, Math.min(b.length(), close + 30)));
        if (vp.lookingAt()) {
            // volume and pages joined by a colon, author-date style: *Journal*. 41:1042–56.
            d.volume = vp.group(1);
            if (vp.group(2) != null) d.issue = vp.group(2);
            d.page = vp.group(3).replace(" ", "");
            blank(b, close + 1 + vp.start(1), close + 1 + vp.end(3));
        } else if (vn.lookingAt()) {
            d.volume = vn.group(1);
            if (vn.group(2) != null) d.issue = vn.group(2);
            int after = close + 1 + vn.end(vn.group(2) != null ? 2 : 1);
            blank(b, close + 1 + vn.start(1), after);
            // the issue in parentheses after the volume (author-date and APA): *Kritika* 14 (2): 301–35
            Matcher pi = ISSUE_IN_PARENTHESES.matcher(b.subSequence(after, Math.min(b.length(), after + 16)));
            if (d.issue == null && pi.lookingAt()) {
                d.issue = pi.group(1);
                blank(b, after + pi.start(), after + pi.end());
            }
            Matcher ic = ISSUE_COLON_PAGES.matcher(b.subSequence(after, Math.min(b.length(), after + 24)));
            if (d.issue == null && ic.lookingAt()) {
                d.issue = ic.group(1);
                d.page = ic.group(2).replace(" ", "");
                blank(b, after + ic.start(1), after + ic.end(2));
            }
        }
    }

    /** A volume written inside the italic container title, or a bare number closing it before the date or pages. */
    private static void volumeInContainer(StringBuilder b, int close, Draft d) {
        Draft tmp = new Draft();
        tmp.title = d.containerTitle;
        extractTitleVolume(tmp);
        if (tmp.volume != null && d.volume == null) {
            d.containerTitle = tmp.title;
            d.volume = tmp.volume;
        }
        // the volume italicised with its journal, the date or pages next: *Foreign Affairs 75* (Spring 1996): 16–32
        Matcher tv = TRAILING_VOLUME.matcher(d.containerTitle);
        if (d.volume == null && tv.matches() && DATE_OR_PAGES_NEXT.matcher(b.subSequence(close + 1, Math.min(b.length(), close + 4))).lookingAt()) {
            d.containerTitle = tv.group(1).strip();
            d.volume = tv.group(2);
        }
    }

    /** The book's own author after its italic title ({@code , by N. A. L'vov}). */
    private static void containerAuthor(StringBuilder b, int close, Draft d) {
        Matcher by = CONTAINER_BY.matcher(b.subSequence(close + 1, Math.min(b.length(), close + 120)));
        if (by.lookingAt()) {
            List<CSLName> ca = NameParser.parseNames(Markup.clean(by.group(1)));
            if (!ca.isEmpty()) {
                d.containerAuthors.addAll(ca);
                blank(b, close + 1, close + 1 + by.end(1));
            }
        }
    }
}
