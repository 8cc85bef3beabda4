package org.opis.reflist;

import org.opis.names.NameParser;
import org.opis.text.Markup;
import org.opis.text.Regexes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.PAREN_YEAR;
import static org.opis.reflist.EntryDates.TRAILING_YEAR;
import static org.opis.reflist.EntryDates.dayOrSeason;
import static org.opis.reflist.EntryDates.setYear;
import static org.opis.reflist.NameBlocks.setNames;

/**
 * The names written before a marked title, with what may stand among them: a year in parentheses or closing them
 * (author-date), a translation in brackets, a short label the work is cited by ({@code PSZ1: *Polnoe sobranie …*}).
 */
final class NamesBeforeTitle {
    private NamesBeforeTitle() {
    }

    // patterns of the hot path, compiled once (they were compiled again for every entry)
    private static final Pattern SHORT_CAPS_COLON = Pattern.compile("[\\p{Lu}][\\p{Lu}\\d]{1,9}:");

    /** Reads the names from {@code pos} up to the title mark at {@code marker}. */
    static void authorsBefore(StringBuilder b, int pos, int marker, Draft d) {
        String block = b.substring(pos, marker);
        if (block.isBlank()) return;
        // AFNOR: "BOUGNOUX \\(Daniel\\). - *Title*" — the given names in parentheses, the area dash
        CapsHead.Head afnor = CapsHead.parenthesisedBlock(block);
        if (afnor != null) {
            java.util.List<de.undercouch.citeproc.csl.CSLName> names = new java.util.ArrayList<>();
            for (String n : Regexes.split(afnor.names(), ",\\s?")) names.addAll(NameParser.parseNames(n.strip()));
            setNames(d, afnor.role() == null ? "author" : "editor", names);
            return;
        }
        // APA-like year after the names: Smith, J. (1998).
        Matcher py = PAREN_YEAR.matcher(block);
        if (py.find()) {
            setYear(d, py);
            dayOrSeason(d, py.group());
            block = block.substring(0, py.start()) + block.substring(py.end());
            d.yearAfterNames = true;
        } else {
            // author-date year after the names without parentheses: Smith, Mark A. 1997. "Title."
            Matcher ty = TRAILING_YEAR.matcher(block);
            if (ty.find() && d.issued == null && block.substring(0, ty.start()).codePoints().anyMatch(Character::isLetter)) {
                setYear(d, ty);
                block = block.substring(0, ty.start());
            }
        }
        // bracketed gloss after the names: Hồ Chí Minh [Zaveshhanie Prezidenta Ho Shi Mina].
        int lb = block.indexOf('[');
        int rb = lb < 0 ? -1 : block.indexOf(']', lb);
        if (lb >= 0 && rb > lb) {
            String gloss = Markup.clean(block.substring(lb + 1, rb));
            if (!gloss.isEmpty()) {
                d.notes.add(gloss);
                d.extra.put("gloss", gloss);
            }
            block = block.substring(0, lb) + block.substring(rb + 1);
        }
        String names = Markup.clean(block);
        if (names.equals(".") || names.isEmpty()) return;
        // a note's names end with a comma before the title: "Aleksandr Prokhanov, ed., *Title*"
        while (names.endsWith(",")) names = names.substring(0, names.length() - 1).strip();
        if (names.isEmpty()) return;
        if (SHORT_CAPS_COLON.matcher(names).matches()) {
            // a short label the author cites the work by: "PSZ1: *Polnoe sobranie …*"
            d.titleShort = names.substring(0, names.length() - 1);
            return;
        }
        if (Regexes.matches(names, "(?i)in:?") ) return;
        // "Bausch, Karl-Richard/Gauger, Hans-Martin (Hg.) (1971): Title": the colon after the year closes the names, so the role
        // marker before it ends the list
        if (d.yearAfterNames) names = Regexes.replaceAll(names, "\\s*:$", "");
        setNames(d, "author", NameParser.parseList(names));
    }
}
