package org.opis.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes inside quotes take the inner quotes (CSL 1.0.2, "Terms", punctuation terms
 * {@code open-inner-quote}/{@code close-inner-quote}, used "for quotes nested within quotes"; and
 * "Formatting", {@code quotes="true"}, which wraps the rendered text in the locale's quotes). A title
 * typed {@code Interview to "Pravda" Correspondent} and printed in quotes must read
 * {@code “Interview to ‘Pravda’ Correspondent”}, as citeproc-js (Zotero) prints it; citeproc-java 3.5
 * turns the inner straight quotes into outer ones, {@code “Interview to “Pravda” Correspondent”}.
 *
 * <p>The rendered line is read once: an outer opening quote met while another outer quote is open
 * becomes the inner one, and so does its closing quote (nesting alternates, so a third level is
 * outer again). The line is changed only when its outer quotes pair up (every closing quote closes
 * an open one, none left open): a quote missing from the record leaves the line as it was. Inner
 * quote characters already in the text are left alone (the inner closing quote is also the
 * apostrophe). HTML output's named entities ({@code &ldquo;}) are read and written like the characters.
 */
final class NestedQuotes {

    private static final Map<String, String> ENTITIES = Map.of("&ldquo;", "\u201C", "&rdquo;", "\u201D", "&lsquo;", "\u2018",
            "&rsquo;", "\u2019", "&laquo;", "\u00AB", "&raquo;", "\u00BB", "&bdquo;", "\u201E", "&sbquo;", "\u201A",
            "&lsaquo;", "\u2039", "&rsaquo;", "\u203A");

    private final String open;
    private final String close;
    private final String innerOpen;
    private final String innerClose;

    NestedQuotes(String open, String close, String innerOpen, String innerClose) {
        this.open = open;
        this.close = close;
        this.innerOpen = innerOpen;
        this.innerClose = innerClose;
    }

    /**
     * The quotes of a locale file (and a style's own {@code <locale>} terms, which win), when the four
     * terms are single characters and the outer opening and closing quotes differ.
     */
    static Optional<NestedQuotes> of(String styleXml, String lang, String localeXml) {
        String own = styleLocales(styleXml, lang);
        String[] q = new String[4];
        String[] names = {"open-quote", "close-quote", "open-inner-quote", "close-inner-quote"};
        for (int i = 0; i < 4; i++) {
            String name = names[i];
            q[i] = term(own, name).or(() -> term(localeXml, name)).orElse(null);
            if (q[i] == null || q[i].codePointCount(0, q[i].length()) != 1) return Optional.empty();
        }
        if (q[0].equals(q[1]) || q[2].equals(q[3]) || q[0].equals(q[2])) return Optional.empty();
        return Optional.of(new NestedQuotes(q[0], q[1], q[2], q[3]));
    }

    /** The style's {@code <locale>} elements for every language or for this language (its root, e.g. {@code en} of {@code en-GB}). */
    private static String styleLocales(String styleXml, String lang) {
        if (styleXml == null) return "";
        String root = lang.replaceAll("-.*", "");
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("(?s)<locale\\b([^>]*)>(.*?)</locale>").matcher(styleXml);
        while (m.find()) {
            Matcher l = Pattern.compile("xml:lang=\"([^\"]*)\"").matcher(m.group(1));
            if (!l.find() || l.group(1).equalsIgnoreCase(lang) || l.group(1).equalsIgnoreCase(root)) sb.append(m.group(2));
        }
        return sb.toString();
    }

    private static Optional<String> term(String xml, String name) {
        if (xml == null) return Optional.empty();
        Matcher m = Pattern.compile("<term\\s+name=\"" + name + "\"\\s*>([^<]*)</term>").matcher(xml);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The line with quotes nested in quotes made inner quotes; unchanged when its outer quotes do not pair up. */
    String flip(String line) {
        if (line == null || line.isEmpty()) return line;
        List<int[]> tokens = new ArrayList<>(); // start, end, 1 open / -1 close
        for (int i = 0; i < line.length(); ) {
            int end = i + 1;
            String ch = String.valueOf(line.charAt(i));
            if (line.charAt(i) == '&') {
                int semi = line.indexOf(';', i);
                if (semi > i && semi - i <= 8 && ENTITIES.containsKey(line.substring(i, semi + 1))) {
                    ch = ENTITIES.get(line.substring(i, semi + 1));
                    end = semi + 1;
                }
            }
            if (ch.equals(open)) tokens.add(new int[]{i, end, 1});
            else if (ch.equals(close)) tokens.add(new int[]{i, end, -1});
            i = end;
        }
        if (tokens.size() < 4) return line;
        // depth check: the outer quotes must pair up
        int depth = 0;
        int deepest = 0;
        for (int[] t : tokens) {
            depth += t[2];
            if (depth < 0) return line;
            deepest = Math.max(deepest, depth);
        }
        if (depth != 0 || deepest < 2) return line;
        StringBuilder out = new StringBuilder(line.length());
        int at = 0;
        depth = 0;
        for (int[] t : tokens) {
            out.append(line, at, t[0]);
            int level = t[2] > 0 ? ++depth : depth--;
            boolean inner = level % 2 == 0;
            String original = line.substring(t[0], t[1]);
            boolean entity = original.startsWith("&");
            String ch = inner ? (t[2] > 0 ? innerOpen : innerClose) : (t[2] > 0 ? open : close);
            out.append(entity && inner ? entityOf(ch).orElse(ch) : inner ? ch : original);
            at = t[1];
        }
        out.append(line, at, line.length());
        return out.toString();
    }

    private static Optional<String> entityOf(String ch) {
        return ENTITIES.entrySet().stream().filter(e -> e.getValue().equals(ch)).map(Map.Entry::getKey).findFirst();
    }
}
