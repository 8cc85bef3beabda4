package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The series a book appeared in, where an entry states it apart from its title and imprint: French lists put it in
 * guillemets after the publisher ({@code La Découverte « Repères », 1997}), German ones in parentheses after the
 * imprint ({@code Frankfurt/M. 1992 (Kleine Schriften des Historischen Museums, Bd. 50)}, {@code Wiesbaden 2007
 * (Hessische Landeszentrale für politische Bildung: POLIS 46)}). The name goes to the collection title and its number to
 * the collection number, not the volume; the publisher named before a colon in the parentheses is the publisher.
 * Read before the title, so the guillemets are not taken for a quoted title.
 */
final class SeriesStatements {
    private SeriesStatements() {
    }

    /**
     * ", Publisher « Series »" closed by a comma, a full stop or the end; the publisher holds no digit (an author-date
     * entry's ", Jean. 2009. «Title»." is a name, a year and a quoted title, not a publisher and a series).
     */
    private static final Pattern GUILLEMETS = Pattern.compile(",\\s?\\p{Lu}[^,«»\"“”\\d]{1,40}?\\s«\\s?([^«»]{1,60}?)\\s?»\\s*(?=,|\\.|$)");
    /** "(Series, Bd. 50)" / "(Series vol. 12)" / "(=Series, Bd. 27)" / "(Publisher: Series 46)" closing the entry. */
    private static final Pattern PARENTHESES = Pattern.compile(
            "\\((?:=\\s?)?(?:([^():]{3,80}):\\s)?(\\p{Lu}[^()]{1,100}?),?\\s(?:(?:Bd\\.|Band|[Vv]ol\\.|[Nn]o\\.|Nr\\.|[Hh]eft|[Tt]\\.)\\s?(\\d{1,4})|(\\d{1,3}))\\)[.\\s]*$");

    /**
     * A series named after a label of {@code series-labels.txt} and set in guillemets or quotes, closed by a comma, a full
     * stop or the end: {@code , coll. « Thémis Droit »,}, {@code , collana "Saggi",}.
     */
    private static final Pattern LABELLED = Pattern.compile(
            ",\\s?(?iu:" + String.join("|", Data.lines("series-labels.txt").stream().map(Pattern::quote).toList())
                    + ")\\s?[«\"“„]\\s?([^«»\"“”„]{1,80}?)\\s?[»\"”“]\\s*(?=,|\\.|$)");

    static void take(StringBuilder b, int pos, Draft d) {
        if (d.collectionTitle != null) return;
        String s = b.toString();
        Matcher l = LABELLED.matcher(s);
        if (l.find(pos) && l.start() > pos) {
            d.collectionTitle = l.group(1).strip();
            for (int i = l.start() + 1; i < l.end(); i++) b.setCharAt(i, ' ');
            return;
        }
        Matcher g = GUILLEMETS.matcher(s);
        if (s.indexOf('«') >= 0 && g.find(pos) && g.start() > pos) {
            d.collectionTitle = g.group(1).strip();
            int open = s.indexOf('«', g.start());
            for (int i = open; i < g.end(); i++) b.setCharAt(i, ' ');
            return;
        }
        Matcher p = PARENTHESES.matcher(s);
        if (s.indexOf('(') >= 0 && p.find(pos) && p.start() > pos + 20 && YEAR_BEFORE.matcher(s.substring(pos, p.start())).find()) {
            d.collectionTitle = p.group(2).strip();
            d.collectionNumber = p.group(3) != null ? p.group(3) : p.group(4);
            if (p.group(1) != null && d.publisher == null) d.publisher = p.group(1).strip();
            for (int i = p.start(); i < p.end(); i++) b.setCharAt(i, ' ');
        }
    }

    /** The imprint's year comes before the series' parentheses. */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?:1[5-9]|20)\\d\\d\\s*[.,]?\\s*$");

    /** ", Occasional Paper No. 30" / ", Sage Library of Social Research vol. 40" closing the title's sentence. */
    private static final Pattern IN_TITLE = Pattern.compile("^(.{3,}?),\\s(\\p{Lu}[\\p{L}'’ -]{2,60}?),?\\s(?:[Nn]o\\.|[Vv]ol\\.|Nr\\.)\\s?(\\d{1,4})$");

    /** The series named with its number at the end of the title ("Israel's Political-Military Doctrine, Occasional Paper No. 30"). */
    static void fromTitle(Draft d) {
        if (d.title == null || d.collectionTitle != null) return;
        Matcher m = IN_TITLE.matcher(d.title.strip());
        if (!m.matches()) return;
        d.title = m.group(1).strip();
        d.collectionTitle = m.group(2).strip();
        d.collectionNumber = m.group(3);
        if (m.group(3).equals(d.volume)) d.volume = null;
    }
}
