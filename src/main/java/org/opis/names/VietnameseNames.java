package org.opis.names;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese personal names, written family name first ({@code Hồ Chí Minh}, {@code Nguyễn Văn Thiệu}): told by the
 * surname list ({@code vietnamese-surnames.txt}, also matched without diacritics) and by the letters only Vietnamese
 * writes (ơ, ư, ă, đ and the stacked tone marks). Names of three or more words are kept whole (a literal), two-word
 * names are family then given ({@code Lâm Giang}, {@code Lê Thông}).
 */
final class VietnameseNames {
    private VietnameseNames() {
    }

    private static final Set<String> SURNAMES = NameParser.load("vietnamese-surnames.txt");
    private static final Set<String> SURNAMES_ASCII;
    private static final Pattern LETTERS = Pattern.compile("[ơưăđĐƠƯĂ\u1EA0-\u1EF9]");
    /** Letters Vietnamese shares with French and Portuguese: a sign only with a Vietnamese surname. */
    private static final Pattern SHARED = Pattern.compile("[âêôÂÊÔ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    static {
        Set<String> ascii = new HashSet<>();
        for (String v : SURNAMES) ascii.add(fold(v));
        SURNAMES_ASCII = Set.copyOf(ascii);
    }

    /** Whether the words {@code t} of the name {@code s} are a Vietnamese personal name kept whole. */
    static boolean is(String[] t, String s) {
        if (t.length < 2 || t.length > 5) return false;
        for (String tok : t) {
            if (tok.isEmpty() || !Character.isUpperCase(tok.codePointAt(0)) || tok.indexOf('.') >= 0) return false;
        }
        String first = Normalizer.normalize(t[0], Normalizer.Form.NFC);
        if (SURNAMES.contains(first) && (LETTERS.matcher(s).find() || t.length >= 3)) return true;
        if (LETTERS.matcher(s).find() && SURNAMES_ASCII.contains(fold(first))) return true;
        if (t.length >= 3 && SURNAMES_ASCII.contains(first)) {
            for (String tok : t) if (tok.length() > 5) return false;
            return true;
        }
        return false;
    }

    /** Whether a two-word name is Vietnamese, family first: "Lâm Giang", "Lê Thông", "Đông Hồ". */
    static boolean twoWords(String[] t, String s) {
        for (String tok : t) if (tok.indexOf('.') >= 0 || !Character.isUpperCase(tok.codePointAt(0))) return false;
        if (LETTERS.matcher(s).find()) return true;
        return SURNAMES.contains(Normalizer.normalize(t[0], Normalizer.Form.NFC)) && SHARED.matcher(s).find();
    }

    private static String fold(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }
}
