package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.lexicon.Roles;
import org.opis.lexicon.Words;
import org.opis.model.Diagnostic;
import org.opis.names.NameParser;
import org.opis.text.SourceText;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.EntryDates.setYear;
import static org.opis.reflist.NameBlocks.setNames;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.skipSpace;

/**
 * Ditto marks opening an entry ({@code ———}, {@code ——.}, {@code __.}, a lone full stop): they repeat the names of the
 * entry above (a role written again after the mark, {@code ———, ed.}, is read; roles of {@code roles.tsv}), and a year may
 * follow them ({@link DittoYear}). A ditto mark with no entry above is reported.
 */
final class DittoMarks {
    private DittoMarks() {
    }

    private static final Pattern DITTO_ROLE = Pattern.compile(",?\\s?(" + Words.alternation(
            Roles.in(Roles.LIST).keySet().stream().filter(m -> m.endsWith(".") && !m.startsWith("(")).toList(), false) + ")[,.]?(?=\\s|$)");

    private static final Pattern DITTO = Pattern.compile("^(?:\\.|[—–-]{2,}\\s?[.,]?|_{2,}\\s?[.,]?|—\\s?[.,])(?=\\s|$)");

    /**
     * Reads a ditto mark at {@code pos} ({@code ———}, {@code ——.}, {@code __.}): the names of the entry above, a role
     * written again after the mark and a year after it; returns where the entry goes on.
     */
    static int take(SourceText src, String w, StringBuilder b, int pos, Draft d, List<CSLName> dittoNames, int base) {
        Matcher dm = DITTO.matcher(w.substring(pos));
        if (!dm.find()) return pos;
        if (dittoNames.isEmpty()) {
            d.defects.add(Diagnostic.warning("reference/ditto-without-author", src.span(base + pos, dm.end()),
                    "a ditto mark repeats the names of the entry above, but there is none")
                    .withFix("write the names in full"));
        }
        blank(b, pos, pos + dm.end());
        pos = skipSpace(w, pos + dm.end());
        // a ditto mark repeats the names only; a role is written again after it ("———, ed.")
        Matcher rm = DITTO_ROLE.matcher(w.substring(pos));
        String role = "author";
        if (rm.lookingAt()) {
            role = NameParser.parseList("X " + rm.group(1)).role();
            blank(b, pos, pos + rm.end());
            pos = skipSpace(w, pos + rm.end());
        }
        if (!dittoNames.isEmpty()) setNames(d, role, dittoNames);
        int ye = DittoYear.end(w, pos);
        if (ye > 0) {
            Matcher y = YEAR_P.matcher(DittoYear.year(w, pos));
            if (y.find()) {
                setYear(d, y);
                blank(b, pos, ye);
                pos = skipSpace(w, ye);
                d.yearAfterNames = true;
            }
        }
        return pos;
    }
}
