package org.opis.reflist.tagger;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A link is read by its shape: a token written as a web address ({@code http://…}, {@code www.…}) that the
 * tagger left unlabelled is the URL, and a URL span holding no such token (a word read as the link) is none. A Markdown
 * link whose text is its own address ({@code [http://x.org/a](http://x.org/a)}) is that address once.
 */
final class UrlShapes {
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?|ftp)://\\S+|www\\.\\S+\\.\\S+");

    private static final Pattern SELF_LINK = Pattern.compile("(\\S+)\\]\\(\\1\\)?");

    private UrlShapes() {
    }

    /** A URL field's text without the Markdown link syntax of a link written as its own text ({@code x](x)} → {@code x}). */
    static String address(String s) {
        java.util.regex.Matcher m = SELF_LINK.matcher(s);
        return m.matches() ? m.group(1) : s;
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int[] out = labels;
        int url = Label.URL.ordinal();
        int other = Label.OTHER.ordinal();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == other && LINK.matcher(tokens.get(i).text()).matches()) {
                if (out == labels) out = labels.clone();
                out[i] = url;
            }
        }
        int i = 0;
        while (i < out.length) {
            int j = i;
            while (j + 1 < out.length && out[j + 1] == out[i]) j++;
            if (out[i] == url) {
                boolean link = false;
                for (int k = i; k <= j; k++) if (LINK.matcher(tokens.get(k).text()).find() || tokens.get(k).text().contains("/")) link = true;
                if (!link) {
                    if (out == labels) out = labels.clone();
                    for (int k = i; k <= j; k++) out[k] = other;
                }
            }
            i = j + 1;
        }
        return out;
    }
}
