package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.lexicon.Labels;
import org.opis.lexicon.Words;
import org.opis.names.NameParser;
import org.opis.text.Markup;
import org.opis.text.Regexes;
import org.opis.text.Scripts;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.YEAR;
import static org.opis.reflist.TailStatements.EDITED_BY;
import static org.opis.reflist.TailStatements.EDITION;
import static org.opis.reflist.TailStatements.TRANSLATED_BY;
import static org.opis.reflist.TailStatements.editionOf;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.skipSpace;
import static org.opis.reflist.WorkingText.trimStop;

/**
 * The areas of a GOST 7.1 / 7.0.5 description: {@code Title / responsibility // Container}, the publication area
 * {@code . М. : Наука, 1999} (with the physical description and series areas after it, {@link GostTailAreas}), a volume
 * closing the title ({@code . Т. 3 (XVII – начало XVIII века)}), an edition closing it ({@code 2-е изд.}), the general
 * material designation ({@code [Текст]}), and the statement of responsibility after {@code /} read as authors, editors
 * or translators.
 */
final class GostAreas {
    private GostAreas() {
    }

    private static final Pattern PAGES_AFTER = Pattern.compile("[.,;\\s]*(?:[–—-]\\s?)?(?:\\d{1,5}\\s?(?:" + TailPages.UNIT + ")\\.?|(?:" + TailPages.LABEL
            + ")\\s?\\d{1,5}(?:\\s?[–—-]{1,2}\\s?\\d{1,5})?)?[.\\s]*");

    /** GOST publication area: {@code . М. : Наука, 1999} / {@code . Екатеринбург : Изд-во Урал. ун-та, 2016}. */
    private static final Pattern GOST_PUB = Pattern.compile(
            "\\.\\s{1,3}(?:[–—]\\s)?(\\[?(?:[\\p{Lu}][\\p{L}'’-]{0,25}\\.?)(?:\\s[\\p{Lu}][\\p{L}'’-]{0,25}\\.?){0,2}(?:,\\s\\p{Lu}[\\p{L}.]{1,6})?\\]?)(\\s?):\\s([^:;]{1,150}?(?:\\s:\\s[^:;]{1,150}?)?),\\s?\\[?c?" + YEAR + "-?\\]?");

    /** A volume closing a GOST title: {@code . Т. 3 (XVII – начало XVIII века)}. */
    private static final Pattern GOST_VOLUME = Pattern.compile("\\.\\s(?:" + Words.alternation(Labels.of(Labels.GOST, "volume"), false) + ")\\s?(\\d{1,3})(?:\\s\\(([^()]{1,120})\\))?\\.?\\s*$");

    /** Russian abbreviations whose full stop belongs to the title's last word ({@code XVIII в.}, {@code 1920-х гг.}). */
    private static final Pattern TITLE_FINAL_ABBREVIATION = Pattern.compile("(?<![\\p{L}])(?:в|вв|г|гг|т|ч|ок)\\.$");

    /** An edition statement closing {@code t} ({@code … 2-е изд.}) goes to the edition; returns the text before it. */
    private static String takeTrailingEdition(String t, Draft d) {
        Matcher ed = EDITION.matcher(t);
        while (ed.find()) {
            if (t.substring(ed.end()).isBlank() && d.edition == null) {
                d.edition = editionOf(ed);
                return trimStop(t.substring(0, ed.start()).strip());
            }
        }
        return t;
    }

    /**
     * Finds the last GOST publication area after {@code from} and fills place, publisher and year from it;
     * returns the match (its start is the full stop ending the title, group 4 the year), or null.
     */
    private static MatchResult gostPublication(String s, int from, Draft d) {
        Matcher m = GOST_PUB.matcher(s);
        MatchResult found = null;
        int at = from > 0 ? from - 1 : 0;
        while (at < s.length() && m.find(at)) {
            String place = m.group(1);
            boolean gostLike = !m.group(2).isEmpty() || place.endsWith(".") || Scripts.hasCyrillic(place);
            if (gostLike && m.start() >= from) found = m.toMatchResult();
            at = m.start() + 1;
        }
        if (found == null) return null;
        // nothing but a page count or pages may follow the year
        String after = s.substring(found.end()).strip();
        // or the physical description and series areas of a catalogue record (GostTailAreas)
        if (!after.isEmpty() && !PAGES_AFTER.matcher(after).matches() && !GostTailAreas.read(after, d)) return null;
        // ISBD brackets a place the item does not print: [Kuala Lumpur]
        d.place = Regexes.replaceAll(Markup.clean(found.group(1)), "^\\[(.*)\\]$", "$1");
        String pub = Markup.clean(found.group(3));
        if (!pub.isEmpty()) d.publisher = pub;
        return found;
    }

    /** Sets the title from {@code t}; a statement of responsibility after {@code /} gives translators, editors or authors (or the note), a material designation the medium. */
    static void setTitleWithResponsibility(Draft d, String t) {
        int sl = t.indexOf(" / ");
        if (sl > 0) {
            String resp = Markup.clean(trimStop(t.substring(sl + 3)));
            t = t.substring(0, sl);
            String unheaded = RepeatedHeadings.take(d, Markup.collapse(t).strip(), resp);
            if (!unheaded.equals(Markup.collapse(t).strip())) {
                t = unheaded;
                resp = "";
            }
            Matcher eb = EDITED_BY.matcher(resp);
            Matcher tb = TRANSLATED_BY.matcher(resp);
            if (tb.find()) {
                d.translators.addAll(NameParser.parseNames(resp.substring(tb.end())));
            } else if (eb.find()) {
                // "науч. ред. и вступ. ст. Д. О. Серова": the names start at the first capital
                String names = resp.substring(eb.end());
                int k = 0;
                while (k < names.length() && !Character.isUpperCase(names.charAt(k))) k++;
                d.editors.addAll(NameParser.parseNames(names.substring(k)));
            } else if (resp.isEmpty()) {
                // the heading repeated (RepeatedHeadings): nothing more to read
            } else if (d.authors.isEmpty()) {
                d.authors.addAll(NameParser.parseNames(resp));
            } else {
                List<CSLName> coauthors = StatementCoauthors.extra(d.authors, resp);
                if (coauthors.isEmpty()) d.notes.add(resp);
                else d.authors.addAll(coauthors);
            }
        }
        Matcher gmd = GOST_MATERIAL.matcher(t);
        if (gmd.find()) {
            d.extra.putIfAbsent("medium", gmd.group(1));
            t = t.substring(0, gmd.start());
        }
        d.title = Markup.clean(trimStop(t));
    }

    /** GOST's general material designation after a title ({@code material-designations.txt}): {@code [Текст]}, {@code [Электронный ресурс]}. */
    private static final Pattern GOST_MATERIAL = Pattern.compile(
            "\\s*\\[(" + Words.alternation(Data.lines("material-designations.txt"), false) + ")]\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where a GOST container title ends: before a full stop followed by a year, number, volume, issue or dash area, or at the end. */
    private static int containerEnd(String s, int from) {
        for (int i = from; i < s.length() - 2; i++) {
            if (s.charAt(i) == '.' && s.charAt(i + 1) == ' ') {
                char c = s.charAt(i + 2);
                if (Character.isDigit(c) || c == '№' || s.startsWith("Т.", i + 2) || s.startsWith("Вып", i + 2)
                        || s.startsWith("Vol", i + 2) || s.startsWith("T.", i + 2) || s.startsWith("—", i + 2)
                        || s.startsWith("– ", i + 2) || s.startsWith("Вип", i + 2)) return i;
            }
        }
        return s.length();
    }

    /** GOST's {@code Title / responsibility // Container. Year. № N. С. pages.}: title and container read; returns where the tail starts, or -1. */
    static int slashArticle(String s, StringBuilder b, int pos, int ts, Draft d) {
        int slash = s.indexOf("//", pos);
        if (slash <= ts) return -1;
        setTitleWithResponsibility(d, s.substring(ts, slash));
        int cs = skipSpace(s, slash + 2);
        int ce = containerEnd(s, cs);
        d.containerTitle = Markup.clean(trimStop(s.substring(cs, ce)));
        d.type = "article-journal";
        blank(b, pos, ce);
        // the areas after the container are separated by ". — " or ". – ": punctuation, not text
        for (int i = s.indexOf(". — ", ce); i >= 0; i = s.indexOf(". — ", i + 1)) b.setCharAt(i + 2, ' ');
        for (int i = s.indexOf(". – ", ce); i >= 0; i = s.indexOf(". – ", i + 1)) b.setCharAt(i + 2, ' ');
        return ce;
    }

    /** GOST areas are separated by ". — ": the dash is punctuation, not text. */
    static void dashes(String s, StringBuilder b, int ts) {
        for (int i = s.indexOf(". — ", ts); i >= 0; i = s.indexOf(". — ", i + 1)) b.setCharAt(i + 2, ' ');
        for (int i = s.indexOf(". – ", ts); i >= 0; i = s.indexOf(". – ", i + 1)) b.setCharAt(i + 2, ' ');
    }

    /** GOST publication area ". М. : Наука, 1999" (spaced colon, abbreviated or Cyrillic place): the title is all before it; returns where the tail starts, or -1. */
    static int publicationArea(String s, StringBuilder b, int pos, int ts, Draft d) {
        MatchResult gost = gostPublication(s, ts, d);
        if (gost == null || gost.start() <= ts) return -1;
        String region = Markup.collapse(s.substring(ts, gost.start() + 1));
        region = takeTrailingEdition(region, d);
        int sl = region.indexOf(" / ");
        String resp = sl > 0 ? region.substring(sl) : "";
        String head = sl > 0 ? region.substring(0, sl) : region;
        head = takeTrailingEdition(head, d);
        Matcher vt = GOST_VOLUME.matcher(head);
        if (vt.find()) {
            d.volume = vt.group(1);
            if (vt.group(2) != null) {
                d.extra.put("volume-title", Markup.clean(vt.group(2)));
                d.notes.add(Markup.clean(vt.group(2)));
            }
            head = head.substring(0, vt.start());
        }
        region = head + resp;
        setTitleWithResponsibility(d, region);
        if (TITLE_FINAL_ABBREVIATION.matcher(head.strip()).find() && d.title != null && !d.title.endsWith(".")) d.title = d.title + ".";
        blank(b, pos, gost.start(4));
        return gost.start(4);
    }
}
