package org.opis.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Regular-expression alternations built from a vocabulary, so that a reader's pattern holds no words of its own. */
public final class Words {

    private Words() {
    }

    /**
     * The words as one alternation, longest first (so "ed. by" is tried before "ed."), each taken
     * literally but for a space, which matches one whitespace character; with {@code eitherCase} the
     * first letter matches in upper or lower case ("[Ee]dited\sby"). Not grouped: put it in {@code (?:…)}.
     */
    public static String alternation(Collection<String> words, boolean eitherCase) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> out = new ArrayList<>();
        for (String w : sorted) {
            StringBuilder sb = new StringBuilder();
            int start = 0;
            if (eitherCase && !w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                int cp = w.codePointAt(0);
                String lower = new String(Character.toChars(Character.toLowerCase(cp)));
                String upper = new String(Character.toChars(Character.toUpperCase(cp)));
                sb.append(lower.equals(upper) ? Pattern.quote(lower) : "[" + upper + lower + "]");
                start = Character.charCount(cp);
            }
            String[] pieces = w.substring(start).split(" ", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) sb.append("\\s");
                if (!pieces[i].isEmpty()) sb.append(Pattern.quote(pieces[i]));
            }
            out.add(sb.toString());
        }
        return String.join("|", out);
    }
}
