package org.opis.reflist;

import java.util.Locale;
import java.util.Set;

/**
 * A "work cited" mark closing a title ({@code Toàn tập, Sđd}, {@code Autonomie et connaissance, op. cit.}) is no word of
 * the title: it is taken off the combined record's title and container (data: {@code op-cit.txt}).
 */
final class OpCitMarks {
    private static final Set<String> MARKS = Data.set("op-cit.txt");

    private OpCitMarks() {
    }

    /** The value without a closing mark that follows a comma or full stop, or the value itself. */
    static String strip(String v) {
        if (v == null) return null;
        String s = v.strip();
        while (s.endsWith(".") || s.endsWith("*")) s = s.substring(0, s.length() - 1).strip();
        String low = s.toLowerCase(Locale.ROOT);
        for (String m : MARKS) {
            if (!low.endsWith(m) || low.length() == m.length()) continue;
            String head = s.substring(0, s.length() - m.length()).strip();
            while (head.endsWith("*")) head = head.substring(0, head.length() - 1).strip();
            if (!head.endsWith(",") && !head.endsWith(".")) continue;
            head = head.substring(0, head.length() - 1).strip();
            if (head.codePoints().anyMatch(Character::isLetter)) return head;
        }
        return v;
    }
}
