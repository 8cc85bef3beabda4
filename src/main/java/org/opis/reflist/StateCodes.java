package org.opis.reflist;

import java.util.Set;

/**
 * A place of publication closed by the postal code of a US state or Canadian province —
 * {@code (Chapel Hill, NC, 1999)}, {@code Urbana, IL}, {@code Toronto, ON} — is one place: the code is
 * never the publisher (codes: {@code state-codes.txt}).
 */
final class StateCodes {

    private StateCodes() {}

    private static final Set<String> CODES = Data.set("state-codes.txt");

    /** {@code statement} is a place then a state code after a comma: {@code Chapel Hill, NC}. */
    static boolean closePlace(String statement) {
        String s = statement.strip();
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        int comma = s.lastIndexOf(", ");
        if (comma <= 0) return false;
        String code = s.substring(comma + 2).strip();
        String place = s.substring(0, comma).strip();
        return CODES.contains(code) && !place.isEmpty() && Character.isUpperCase(place.charAt(0))
                && place.indexOf(',') < 0 && place.indexOf(':') < 0;
    }
}
