package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.names.NameParser;
import org.opis.text.Markup;
import org.opis.text.Regexes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.DATE_PREFIX;
import static org.opis.reflist.EntryDates.DATE_SUFFIX;
import static org.opis.reflist.EntryDates.PAREN_YEAR;
import static org.opis.reflist.EntryDates.YEAR;
import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.EntryDates.dayOrSeason;
import static org.opis.reflist.EntryDates.setYear;
import static org.opis.reflist.NameBlocks.naturalAuthorEnd;
import static org.opis.reflist.NameBlocks.plainAuthorEnd;
import static org.opis.reflist.NameBlocks.setNames;
import static org.opis.reflist.WorkingText.skipSpace;

/**
 * The names opening an entry written without italics or quotes, and where its title starts: names with the year in
 * parentheses (APA, Wikipedia's citation templates, German author-date {@code Müller, Hans (2001): Titel}), family-first
 * names with a year among or after them, names in reading order before a comma, French family names in capitals, and
 * German names closed by a colon ({@code Franz, Eckhart G./ Lux, Thomas: Titel}).
 */
final class PlainNames {
    private PlainNames() {
    }

    private static final Pattern SLASHED = Pattern.compile("(?<=[\\p{L}.])/\\s?(?=\\p{Lu})");

    /**
     * Names, then the year in parentheses (APA, Wikipedia citation templates): {@code Halliday, Jon, ed. (1986). }; German
     * author-date closes it with a colon ({@code Müller, Hans (2001): Titel}), and a German list that gives each work's short
     * citation puts that key before the year ({@code Preußig, Jörg (Agiles Projektmanagement, 2020): Titel}).
     */
    private static final Pattern APA_AUTHORS = Pattern.compile(
            "([\\p{Lu}][\\p{L}'’-]*(?:\\s[\\p{L}'’-]+){0,2},\\s[\\p{Lu}][^()]{0,200}?)\\s?(\\(\\s?(?:[^()]{2,80}?,\\s(?=(?:1[4-9]|20)\\d\\d[a-z]?\\):))?"
                    + DATE_PREFIX + YEAR + DATE_SUFFIX + "\\s?\\))[.,:]?\\s");

    /** No date in parentheses where an author-date entry writes its year: {@code (s.f.).}, {@code (n.d.),} ({@code no-date-words.txt}). */
    private static final Pattern NO_DATE = Pattern.compile(
            "\\(\\s?(?:" + org.opis.lexicon.Words.alternation(Data.lines("no-date-words.txt"), true) + ")\\s?\\)[.,:]?(?=\\s|$)");

    /** A body's name with no comma, closed by a full stop, then the date in parentheses (APA): {@code Ministerio de Cultura. (2018). } */
    private static final Pattern CORPORATE_APA = Pattern.compile(
            "(\\p{Lu}[^().,:;\\[\\]*_\"“”]{1,80}?)\\.\\s(\\(\\s?" + DATE_PREFIX + YEAR + DATE_SUFFIX + "\\s?\\))[.,]?\\s");

    /** A year written bare between the names and the title, closed by a comma or full stop: {@code 1996, }. */
    private static final Pattern BARE_YEAR_AFTER_NAMES = Pattern.compile("[,.]?\\s?" + YEAR + "[,.]\\s");

    /** Where the names end and the title starts ({@code ts}), and whether a colon closed the names (German humanities). */
    record Head(int ts, boolean colonHead) {
    }

    /** Reads the names opening a plain entry at {@code pos} (none when the draft has names already) and a year written after them. */
    static Head read(String s, int pos, Draft d) {
        int authorEnd = -1;
        int apaEnd = -1;
        boolean colonHead = false;
        if (d.authors.isEmpty() && d.editors.isEmpty()) {
            // APA / Wikipedia citation shape: "Family, Given, ed. (1986). Title. Place: Publisher"
            Matcher apa = APA_AUTHORS.matcher(s.substring(pos, Math.min(s.length(), pos + 260)));
            Matcher body = CORPORATE_APA.matcher(s.substring(pos, Math.min(s.length(), pos + 160)));
            if (apa.lookingAt()) {
                apaEnd = apaNames(pos, apa, d);
            } else if (body.lookingAt()) {
                // a body's name closed by a full stop, then the date in parentheses: "Ministerio de Cultura. (2018). Title."
                d.authors.add(new de.undercouch.citeproc.csl.CSLNameBuilder().literal(Markup.clean(body.group(1))).build());
                Matcher y = YEAR_P.matcher(body.group(2));
                if (y.find()) {
                    setYear(d, y);
                    dayOrSeason(d, body.group(2));
                }
                d.yearAfterNames = true;
                apaEnd = pos + body.end();
            } else if (CapsHead.parenthesised(s, pos) != null) {
                // AFNOR: "BOUGNOUX (Daniel). - Title. - Paris : …" — the given names in parentheses
                CapsHead.Head afnor = CapsHead.parenthesised(s, pos);
                List<CSLName> names = new ArrayList<>();
                for (String n : Regexes.split(afnor.names(), ",\\s?")) names.addAll(NameParser.parseNames(n.strip()));
                setNames(d, afnor.role() == null ? "author" : "editor", names);
                apaEnd = afnor.end();
            } else {
                authorEnd = plainAuthorEnd(s, pos);
                if (authorEnd < 0) authorEnd = naturalAuthorEnd(s, pos);
                // French: "BONIFACE Pascal et VÉDRINE Hubert,Atlas du monde global, …" — family in capitals, comma before the title
                CapsHead.Head caps = authorEnd < 0 ? CapsHead.find(s, pos) : null;
                if (caps != null) {
                    List<CSLName> names = new ArrayList<>();
                    for (String n : Regexes.split(caps.names(), ",\\s?")) names.addAll(NameParser.parseNames(n.strip()));
                    setNames(d, caps.role() == null ? "author" : "editor", names);
                    apaEnd = caps.end();
                    d.commaImprint = true;
                }
                // German humanities: "Franz, Eckhart G./ Lux, Thomas: Titel" — the colon closes the names
                int colon = caps != null ? -1 : ColonHead.colon(s, pos);
                if (colon > 0 && colon >= authorEnd) {
                    // names joined by a slash ("Franz, Eckhart G./ Lux, Thomas") are a list
                    setNames(d, "author", NameParser.parseList(SLASHED.matcher(Markup.clean(s.substring(pos, colon))).replaceAll("; ")));
                    apaEnd = colon + 1;
                    authorEnd = -1;
                    colonHead = true;
                }
            }
        }
        int ts = apaEnd > pos ? skipSpace(s, apaEnd) : pos;
        if (authorEnd > pos) ts = familyFirst(s, pos, authorEnd, d);
        // "Kennan, G., Memoirs …": the comma closing the names is not the title's
        while (ts < s.length() && (s.charAt(ts) == ',' || s.charAt(ts) == ';')) ts = skipSpace(s, ts + 1);
        return new Head(ts, colonHead);
    }

    /** Names, then the year in parentheses ({@link #APA_AUTHORS} matched at {@code pos}); returns where they end. */
    private static int apaNames(int pos, Matcher apa, Draft d) {
        setNames(d, "author", NameParser.parseList(Markup.clean(apa.group(1))));
        Matcher y = YEAR_P.matcher(apa.group(2));
        if (y.find()) {
            setYear(d, y);
            dayOrSeason(d, apa.group(2));
        }
        d.yearAfterNames = true;
        return pos + apa.end();
    }

    /** An editors' role in parentheses written between the names and the year: {@code (eds)}, {@code (ed.)}, {@code (Hrsg.)}, {@code (red.)}. */
    private static final Pattern EDITOR_ROLE = Pattern.compile("\\((?:eds?|Eds?|éds?|Hrsg|Hg|red|dir|coord|a c\\. di|a cura di)\\.?\\)\\s?(?=\\(\\d{4})");

    /** Family-first names ending at {@code authorEnd}, with a year in parentheses among or after them, or bare after them; returns where the title starts. */
    private static int familyFirst(String s, int pos, int authorEnd, Draft d) {
        int ts;
        String block = s.substring(pos, authorEnd);
        Matcher py = PAREN_YEAR.matcher(block);
        if (py.find()) {
            setYear(d, py);
            dayOrSeason(d, py.group());
            block = block.substring(0, py.start()) + block.substring(py.end());
        }
        String names = Markup.clean(block);
        while (names.endsWith(",")) names = names.substring(0, names.length() - 1).strip();
        ts = skipSpace(s, authorEnd);
        // Harvard: "Łoziński, J. Z. and Rottermund, A. (eds) (1993) Title" — the role in parentheses before the year
        Matcher role = EDITOR_ROLE.matcher(s.substring(ts));
        boolean editors = !py.find(0) && role.lookingAt();
        if (editors) ts = skipSpace(s, ts + role.end());
        setNames(d, editors ? "editor" : "author", NameParser.parseList(names));
        Matcher py2 = PAREN_YEAR.matcher(s.substring(ts));
        Matcher by = BARE_YEAR_AFTER_NAMES.matcher(s.substring(ts));
        if (py2.lookingAt()) {
            setYear(d, py2);
            dayOrSeason(d, py2.group());
            ts = skipSpace(s, ts + py2.end());
            if (ts < s.length() && s.charAt(ts) == '.') ts = skipSpace(s, ts + 1);
        } else if (NO_DATE.matcher(s).region(ts, s.length()).lookingAt()) {
            // no year where the year goes: "Bedoya, S. (s.f.). Tientos …" (no-date-words.txt)
            Matcher nd = NO_DATE.matcher(s).region(ts, s.length());
            nd.lookingAt();
            d.yearAfterNames = true;
            ts = skipSpace(s, nd.end());
        } else if (by.lookingAt()) {
            // the year bare after the names, then the title: "Varela F.-J., 1996, Quel savoir …" (French author-date)
            setYear(d, by);
            ts = skipSpace(s, ts + by.end());
        }
        return ts;
    }
}
