package org.opis.reflist;

import org.opis.lexicon.Connectors;
import org.opis.lexicon.Particles;
import org.opis.lexicon.Words;

import java.util.regex.Pattern;

/**
 * What one block of a note's back matter reads as, by its content: a reference entry (names or a
 * title first, a year, a title set off or publication details) or a short citation ({@code Gaddis
 * 2005, p. 30.}, {@code Ibid.}), once a note's back-link residue ({@code ^ a b}) is stripped. The
 * document reader judges its sections with it, the list reader the sections it would join.
 */
public final class BlockShapes {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])(1[5-9]\\d\\d|20[0-4]\\d)(?:[a-z]|–\\d{2,4})?(?![\\d/])|\\bn\\.\\s?d\\.");
    private static final Pattern RESIDUE = Pattern.compile("^\\s*(?:\\*\\*)?\\^(?:\\*\\*)?(?:\\s*(?:_\\*\\*|\\*\\*_|\\*\\*|\\*|_)?[a-z]{1,2}(?:\\*\\*_|_\\*\\*|\\*\\*|\\*|_)?(?=\\s))*\\s*");
    /** Family name (or names) at the start, then a year, and little else: the short notes of author-date notes. */
    private static final Pattern SHORT = Pattern.compile(
            "^(?:(?:see|cf\\.|quoted in|also)\\s+)?[\\p{Lu}][\\p{L}'’\\-]+(?:(?:,|\\s+(?:" + Connectors.alternation(Connectors.AND) + "|" + Connectors.alternation(Connectors.ET_AL)
            + "|" + Words.alternation(Particles.all(), false) + "))?\\s+[\\p{Lu}\\p{Ll}][\\p{L}'’\\-.]*){0,5}\\s*\\(?(?:1[5-9]\\d\\d|20[0-4]\\d|n\\.\\s?d\\.)[a-z]?(?:[–-]\\d{2,4})?\\)?[,:]?\\s*(?:(?:pp?\\.|vol\\.|ch\\.|chap\\.|p\\.|§|loc\\.)?\\s*[\\divxlcIVXLC][\\w–\\-, .]*)?[.;]?");
    private static final Pattern IBID = Pattern.compile("^(?:ibid|ibidem|idem|там же|op\\. cit)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_MARK = Pattern.compile("\\*[^*\\s][^*]*\\*|_[^_\\s][^_]*_|[“\"«„][^”\"»“]{3,}[”\"»“]");
    private static final Pattern NAME_FIRST = Pattern.compile("^[\\p{Lu}][\\p{L}'’\\-]+(?:\\s[\\p{Lu}][\\p{L}'’\\-]+)?,\\s+[\\p{Lu}\\p{Ll}]|^[\\p{Lu}][\\p{L}'’\\-]+\\s+[\\p{Lu}]\\.|^[“\"*_«]");
    private static final Pattern IMPRINT = Pattern.compile("(?i)\\b(?:press|university|verlag|isbn|doi|issn|publishers?|издательство|retrieved|archived|journal|review|edited by|ed\\.|eds\\.|trans\\.|vol\\.)\\b|https?://|[\\p{L}]+:\\s*[\\p{Lu}][\\p{L}]+");
    /**
     * GOST and other European imprints, case kept: an abbreviated place before a spaced colon ({@code М. : Наука},
     * {@code СПб. : Питер}), the article's {@code //}, a page count ({@code 300 с.}, {@code 512 S.}, {@code 144 p.}).
     */
    private static final Pattern IMPRINT_ABBREVIATED = Pattern.compile("(?<!\\p{L})\\p{Lu}\\p{L}{0,3}\\.\\s?:\\s*\\p{Lu}\\p{L}+|\\s//\\s|\\b\\d{2,4}\\s?(?:с|s|S|p|pp|str)\\.(?!\\p{L})");

    /**
     * The opening of an entry in author-date order: an inverted name, then the year as a sentence of its own and more text
     * ({@code Boccaccio, Giovanni. 1999. Tídægra. …}, {@code Lloyd, Anne (1974). …}) — an entry even when its title is
     * unmarked and its imprint names no press.
     */
    private static final Pattern AUTHOR_DATE_OPENING = Pattern.compile(
            "^[\\p{Lu}][\\p{L}'’\\-]+(?:\\s[\\p{Lu}][\\p{L}'’\\-]+)?,\\s+[\\p{Lu}][\\p{L}'’\\-]*\\.?(?:\\s[\\p{Lu}][\\p{L}'’\\-]*\\.?){0,3}\\s+\\(?(?:1[5-9]|20)\\d\\d[a-z]?\\)?\\.\\s+\\p{L}[^.]{2,}\\.\\s+\\S");

    private BlockShapes() {
    }

    /** The block opens with a note's back-link ({@code ^}, {@code **^**}, {@code ^ a b}). */
    public static boolean backLink(String t) {
        return RESIDUE.matcher(t).lookingAt() && t.strip().startsWith("^") || t.strip().startsWith("**^**");
    }

    /** The block holds a year (1500–2049, with a letter or a range) or {@code n.d.} */
    public static boolean dated(String t) {
        return YEAR.matcher(t).find();
    }

    /** The text without a note's back-link residue ({@code ^ a b}) and list marks. */
    public static String strip(String t) {
        String s = t.strip();
        var m = RESIDUE.matcher(s);
        if (s.startsWith("^") || s.startsWith("**^**")) {
            if (m.lookingAt()) s = s.substring(m.end());
        }
        return s.strip();
    }

    /** A short citation: author(s) and year with at most a pinpoint ({@code Gaddis 2005, p. 30.}), or {@code ibid.} */
    public static boolean shortCitation(String t) {
        if (t.length() > 160) return false;
        if (IBID.matcher(t).lookingAt()) return true;
        var m = SHORT.matcher(t);
        if (!m.lookingAt()) return false;
        String rest = t.substring(m.end()).strip();
        // several short citations in one note: "Gaddis 2005, p. 30; Leffler 1992."
        return rest.isEmpty() || rest.startsWith(";") || rest.length() < 60 && !TITLE_MARK.matcher(rest).find() && !IMPRINT.matcher(rest).find();
    }

    /** Names (capitalised words and initials) and a comma, then a title set off by italics or quotation marks that closes. */
    private static final Pattern NAMES_THEN_TITLE = Pattern.compile("^[\\p{Lu}][\\p{L}'’\\-.]*(?:,?\\s+(?:[\\p{Lu}][\\p{L}'’\\-.]*|"
            + Connectors.alternation(Connectors.AND) + "|" + Connectors.alternation(Connectors.ET_AL) + ")){0,7},?\\s+(?:\\*[^*\\s][^*]*\\*|_[^_\\s][^_]*_|[“\"«„][^”\"»“]{3,}[”\"»“])");

    /**
     * An undated reading of a reading list: names first and a title set off ({@code Thomas R. Hietala, _Manifest Design_.},
     * {@code Curtin, Philip, ed. _Africa Remembered_}), short — no year needed. Prose opens otherwise.
     */
    public static boolean readingLike(String t) {
        return t.length() >= 12 && t.length() <= 400 && NAMES_THEN_TITLE.matcher(t).find();
    }

    /** A reference entry: names or a title first, a year, and a title set off or publication details. */
    public static boolean entryLike(String t) {
        if (t.length() < 25 || t.length() > 1500) return false;
        // a bold lead ("**November 9, 1989:** Zero deaths.") is neither a title's italics nor a name: read without it
        t = org.opis.text.Markup.withoutLeadingBold(t);
        if (!YEAR.matcher(t).find()) return false;
        boolean marked = TITLE_MARK.matcher(t).find();
        boolean imprint = IMPRINT.matcher(t).find() || IMPRINT_ABBREVIATED.matcher(t).find();
        boolean names = NAME_FIRST.matcher(t).find();
        return names && (marked || imprint || AUTHOR_DATE_OPENING.matcher(t).find()) || marked && imprint;
    }
}
