package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.alternation;
import static org.opis.reflist.WorkingText.blank;

/**
 * Identifiers named in an entry ({@code ISBN 978-0-300-18060-2}, {@code ISSN 1086-3265}, {@code S2CID 142792238},
 * {@code hdl:20.500.12323/1406}; names and fields in {@code identifiers.tsv}): an ISBN and an ISSN go to their CSL
 * fields, the others are kept in the note.
 */
final class Identifiers {
    private Identifiers() {
    }

    private static final Map<String, String> IDENTIFIER_FIELDS = Data.map("identifiers.tsv");

    /** Identifiers such as {@code ISBN 978-0-300-18060-2}, {@code ISSN 1086-3265}, {@code S2CID 142792238}, {@code hdl:20.500.12323/1406}. */
    static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![\\p{L}\\d])(" + alternation(IDENTIFIER_FIELDS.keySet()) + ")(?:-1[03])?(?::\\s?|\\s)([0-9A-Za-z][^\\s,;]{0,120})", Pattern.CASE_INSENSITIVE);

    static final WordCues IDENTIFIER_CUES = WordCues.ignoringCase(IDENTIFIER_FIELDS.keySet());

    /** Reads ISBN and ISSN into their CSL fields and keeps other identifiers (OCLC, S2CID, JSTOR, hdl …) in the note. */
    static void take(StringBuilder b, Draft d) {
        if (!IDENTIFIER_CUES.mayMatch(b)) return; // no identifier's name: the pattern cannot match
        Matcher im = IDENTIFIER.matcher(b);
        List<int[]> cuts = new ArrayList<>();
        while (im.find()) {
            String value = im.group(2);
            int e = value.length();
            while (e > 0 && ".)]".indexOf(value.charAt(e - 1)) >= 0) e--;
            value = value.substring(0, e);
            String field = IDENTIFIER_FIELDS.get(im.group(1).toLowerCase(Locale.ROOT));
            if ("ISBN".equals(field)) { // the number's own characters only (IsbnValues)
                int vs = IsbnValues.start(b, im.start(2));
                int ve = IsbnValues.end(b, vs);
                value = b.substring(vs, ve);
                e = ve - im.start(2);
            }
            if (value.isEmpty() || !value.chars().anyMatch(Character::isDigit)) continue;
            if ("ISBN".equals(field) && d.isbn == null) d.isbn = value;
            else if ("ISSN".equals(field) && d.issn == null) d.issn = value;
            else d.notes.add(im.group(1) + (im.group(0).charAt(im.group(1).length()) == ':' ? ":" : " ") + value);
            cuts.add(new int[]{im.start(), im.start(2) + e});
        }
        for (int[] c : cuts) blank(b, c[0], c[1]);
    }
}
