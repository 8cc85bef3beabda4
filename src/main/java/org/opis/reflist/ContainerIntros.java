package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that introduce the book or periodical a part appeared in ({@code In}, {@code Dans}, {@code W:},
 * {@code В кн.:}), kept in {@code container-intros.txt}: one pattern matching one of them at the start of the text after a
 * title, with its optional colon and the space after it.
 */
final class ContainerIntros {
    private ContainerIntros() {
    }

    static final Pattern AT_START = Pattern.compile("^(?:" + alternation(Data.lines("container-intros.txt")) + ")\\s");

    /** Each word as a pattern: its first letter in either case, a space as {@code \\s}, its colon required or optional. */
    static String alternation(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            boolean colon = w.endsWith(":");
            String word = colon ? w.substring(0, w.length() - 1) : w;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (i == 0 && Character.isLetter(c)) {
                    b.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
                } else if (c == ' ') {
                    b.append("\\s");
                } else if (Character.isLetterOrDigit(c)) {
                    b.append(c);
                } else {
                    b.append('\\').append(c);
                }
            }
            b.append(colon ? ":" : ":?");
            out.add(b.toString());
        }
        return String.join("|", out);
    }
}
