package org.opis.reflist.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * The site named in APA's (6th edition) retrieval note of a web page ({@code Retrieved March 18, 2017, from BBC website:
 * http://…}): the capitalised words between {@code from} and {@code website} (the word pairs of
 * {@code tagger/site-words.txt}), which the model leaves unlabelled or reads as a name or publisher, are the site — the
 * container of the page — when the entry has no container yet.
 */
final class SiteNames {
    /** Pairs of the word before the site and the words after it, lower case. */
    private static final List<String[]> PAIRS = pairs();
    private static final int MOST_TOKENS = 16;

    private SiteNames() {
    }

    private static List<String[]> pairs() {
        List<String[]> out = new ArrayList<>();
        for (String line : org.opis.reflist.Data.lines("tagger/site-words.txt")) {
            String[] p = line.split("\t");
            if (p.length == 2) out.add(new String[]{p[0].strip(), p[1].strip()});
        }
        return List.copyOf(out);
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int container = Label.CONTAINER_TITLE.ordinal();
        for (int l : labels) if (l == container) return labels;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            for (String[] p : PAIRS) {
                if (!tokens.get(i).text().equalsIgnoreCase(p[0]) || !Character.isUpperCase(tokens.get(i + 1).text().codePointAt(0))) continue;
                String[] site = p[1].split(" ");
                for (int j = i + 2; j + site.length <= tokens.size() && j - i <= MOST_TOKENS; j++) {
                    if (!at(tokens, j, site)) continue;
                    int after = j + site.length;
                    if (after < tokens.size() && !tokens.get(after).text().equals(":")) break;
                    int[] out = labels.clone();
                    for (int x = i + 1; x < j; x++) out[x] = container;
                    return out;
                }
            }
        }
        return labels;
    }

    private static boolean at(List<Token> tokens, int j, String[] words) {
        for (int k = 0; k < words.length; k++) if (!tokens.get(j + k).text().equalsIgnoreCase(words[k])) return false;
        return true;
    }
}
