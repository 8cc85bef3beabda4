package org.opis.reflist;

import org.opis.model.Diagnostic;
import org.opis.names.NameParser;
import org.opis.text.Markup;
import org.opis.text.Regexes;
import org.opis.text.SourceText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.PAREN_YEAR;
import static org.opis.reflist.EntryDates.dayOrSeason;
import static org.opis.reflist.EntryDates.setYear;
import static org.opis.reflist.NameBlocks.plainAuthorEnd;
import static org.opis.reflist.NameBlocks.setNames;
import static org.opis.reflist.NameBlocks.strictAuthorEnd;
import static org.opis.reflist.NamesBeforeTitle.authorsBefore;
import static org.opis.reflist.TailStatements.EDITED_BY;
import static org.opis.reflist.TailStatements.TRANSLATED_BY;
import static org.opis.reflist.TitleGlosses.takeGloss;
import static org.opis.reflist.TitleMarks.cleanQuotedTitle;
import static org.opis.reflist.TitleMarks.closingStar;
import static org.opis.reflist.TitleMarks.findQuote;
import static org.opis.reflist.TitleMarks.indexOfStar;
import static org.opis.reflist.TitleMarks.lostItalicOpening;
import static org.opis.reflist.TitleMarks.nextStop;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.skipSpace;

/**
 * The title of an entry marked by italics or quotation marks, and the names before it: which mark sets the title apart
 * (an italic title whose opening was lost, an APA article before an italic journal, a plain article title before one,
 * an italic title, a quoted one, a quotation inside a plain title), and where the part after the title starts. An
 * entry with no mark goes to {@link PlainTitles}.
 */
final class MarkedTitles {
    private MarkedTitles() {
    }

    /**
     * Where a plain (unmarked) article title starts when family-first names with initials are followed by
     * a title sentence and then an italic journal ({@code Konoreva I.A. Iz istorii … . *Vostok*, 2008}), or -1.
     */
    private static int plainArticleBeforeItalic(String s, int pos, int star) {
        int a = plainAuthorEnd(s, pos);
        if (a <= pos || a >= star) return -1;
        String between = s.substring(a, star).strip();
        if (between.isEmpty() || !(between.endsWith(".") || between.endsWith(",")) || between.startsWith("(")) return -1;
        // "Family, Given; Family, J. Given (1 January 2014). *Title*": the names end with the year in parentheses
        Matcher py = PAREN_YEAR.matcher(between);
        while (py.find()) if (Regexes.matches(between.substring(py.end()).strip(), "[.,]?")) return -1;
        if (Regexes.matches(between, "(?:[Ii]n|В|V)\\b.*") || EDITED_BY.matcher(between).lookingAt() || TRANSLATED_BY.matcher(between).lookingAt()) return -1;
        int words = 0;
        for (String t : Regexes.split(between, "\\s+")) if (t.codePoints().filter(Character::isLetter).count() >= 2) words++;
        if (words < 2) return -1;
        int k = a;
        while (k < s.length() && s.charAt(k) == ' ') k++;
        return k;
    }

    /**
     * True when a quotation opens in the middle of a title written without markup after family-first
     * names ({@code Вишленкова Е. А. Визуальное … народоведение, или «Увидеть русского …»}): the quote
     * is part of that title, not an article title.
     */
    private static boolean quoteInsidePlainTitle(String s, int pos, int qs) {
        int a = plainAuthorEnd(s, pos);
        if (a <= pos || a >= qs) return false;
        // a date written with the year after the names, "(1 October 1996)", is not part of a title
        String raw = s.substring(a, qs);
        String between = PAREN_YEAR.matcher(raw).replaceAll("");
        // "Oran R. Young (1992). "Title."": one capitalised word and the year in parentheses after a given name and an initial end the names
        if (between.length() < raw.length() && ONE_FAMILY_NAME.matcher(between).matches()) return false;
        int letters = 0;
        for (int i = 0; i < between.length(); i++) if (Character.isLetter(between.charAt(i))) letters++;
        return letters >= 3;
    }

    /** One family name alone, the rest of names in reading order ("Oran R. | Young"). */
    private static final Pattern ONE_FAMILY_NAME = Pattern.compile("\\s*\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}'’-]+)?\\s*[.,:]?\\s*");

    /** How the title was marked and where the part after it starts. */
    record Title(TitleKind kind, int tail) {
    }

    /** Reads the names and the title from {@code pos}: an italic title (its opening maybe lost), an APA article, a plain article before an italic journal, a quoted title, or a plain one. */
    static Title read(SourceText src, String w, StringBuilder b, int pos, Draft d, int base) {
        int lost = lostItalicOpening(b, pos);
        if (lost >= 0) return lostOpening(src, w, b, pos, lost, d, base);
        int star = indexOfStar(b, pos);
        int[] q = findQuote(b, pos);
        int qs = q == null ? -1 : q[0];
        if (q != null && (star < 0 || qs < star) && quoteInsidePlainTitle(b.toString(), pos, qs)) {
            q = null;
            qs = -1;
        }
        boolean italicFirst = star >= 0 && (qs < 0 || star < qs) && closingStar(b, star) > star;
        int[] apa = italicFirst && d.authors.isEmpty() ? ApaArticle.find(b.toString(), pos, star) : null;
        int article = italicFirst && apa == null ? plainArticleBeforeItalic(b.toString(), pos, star) : -1;
        if (apa != null) return apaArticle(b, pos, apa, d);
        if (article > 0) return plainArticle(b, pos, article, star, d);
        if (star >= 0 && (qs < 0 || star < qs)) return italic(src, w, b, pos, star, d, base);
        if (q != null) return quoted(b, pos, q, d);
        return new Title(TitleKind.PLAIN, PlainTitles.read(b, pos, d));
    }

    /** An italic title whose opening {@code *} was lost in conversion: it closes at {@code lost}. */
    private static Title lostOpening(SourceText src, String w, StringBuilder b, int pos, int lost, Draft d, int base) {
        int authorEnd = strictAuthorEnd(b.toString(), pos, lost);
        int ts = pos;
        if (authorEnd > pos) {
            setNames(d, "author", NameParser.parseList(b.substring(pos, authorEnd)));
            ts = skipSpace(w, authorEnd);
        }
        d.title = Markup.clean(b.substring(ts, lost));
        d.defects.add(Diagnostic.warning("reference/unbalanced-italics", src.span(base + ts, lost - ts + 1),
                "the italic title has a closing * but no opening one (lost in conversion)")
                .withFix("*" + w.substring(ts, lost).strip() + "*"));
        blank(b, pos, lost + 1);
        return new Title(TitleKind.ITALIC, lost + 1);
    }

    /** "Doob, L.W. (1987). Adieu to … ? *Journal*, 17, pp. 15-27." / "… (1987). Title. In J. Smith (Eds.), *Book*" ({@link ApaArticle}). */
    private static Title apaArticle(StringBuilder b, int pos, int[] apa, Draft d) {
        Matcher py = PAREN_YEAR.matcher(b.substring(apa[0], apa[1]));
        if (py.find()) {
            setYear(d, py);
            dayOrSeason(d, py.group());
        } else {
            d.status = b.substring(apa[0] + 1, apa[1] - 1).strip();
        }
        authorsBefore(b, pos, apa[0], d);
        d.yearAfterNames = true;
        d.title = cleanQuotedTitle(takeGloss(b.substring(apa[2], apa[3]), d));
        blank(b, pos, apa[4]);
        return new Title(TitleKind.QUOTED, apa[4]);
    }

    /** "Konoreva I.A. Iz istorii … [From the history …]. *Vostok*, 2008, no. 6": a plain article title, the italic is the journal. */
    private static Title plainArticle(StringBuilder b, int pos, int article, int star, Draft d) {
        setNames(d, "author", NameParser.parseList(Markup.clean(b.substring(pos, article))));
        // "Title. V: Marion Hamm in Klaus Schönberger (ur.). *Book*": the title ends before the book's intro, which the tail reads
        int end = star;
        Matcher in = IN_CLAUSE.matcher(b.substring(article, star));
        if (in.find() && in.start() > 0) end = article + in.start();
        d.title = cleanQuotedTitle(takeGloss(b.substring(article, end), d));
        blank(b, pos, end);
        return new Title(TitleKind.QUOTED, end);
    }

    /** A sentence after a plain article title opening with a word of {@code container-intros.txt} ("In:", "V:", "W:", "Dans"). */
    private static final Pattern IN_CLAUSE = Pattern.compile("(?<=[.,?!])\\s+(?=(?:"
            + ContainerIntros.alternation(Data.lines("container-intros.txt")) + ")\\s)");

    /** An italic title opening at {@code star}, the names before it. */
    private static Title italic(SourceText src, String w, StringBuilder b, int pos, int star, Draft d, int base) {
        int close = closingStar(b, star);
        if (close < 0) {
            // an opening * that is never closed: the title runs to the next full stop
            close = nextStop(b, star + 1);
            d.defects.add(Diagnostic.warning("reference/unbalanced-italics", src.span(base + star, 1),
                    "an italic title opens with * but is never closed")
                    .withFix(w.substring(star, close).strip() + "*"));
        }
        authorsBefore(b, pos, star, d);
        d.title = Markup.clean(b.substring(star, close));
        blank(b, pos, Math.min(b.length(), close + 1));
        int tail = Math.min(b.length(), close + 1);
        // "*Title*, Routledge, 1988.": the imprint follows the italic title after a comma, a run of commas
        if (CommaAfter.at(b, tail)) d.commaImprint = true;
        return new Title(TitleKind.ITALIC, tail);
    }

    /** A quoted title at {@code q}, the names before it. */
    private static Title quoted(StringBuilder b, int pos, int[] q, Draft d) {
        authorsBefore(b, pos, q[0], d);
        d.title = cleanQuotedTitle(b.substring(q[0] + 1, q[1]));
        blank(b, pos, q[1] + 1);
        return new Title(TitleKind.QUOTED, q[1] + 1);
    }
}
