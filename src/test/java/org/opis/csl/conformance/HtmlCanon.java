package org.opis.csl.conformance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One serialization for two HTML renderings that mean the same: citeproc-java (and so opis) writes
 * {@code <span style="font-style: italic">} and named entities ({@code &ldquo;}, {@code &ndash;},
 * {@code &amp;}), citeproc-js writes {@code <i>} and the characters themselves ({@code “}, {@code –},
 * {@code &#38;}). Both are read to: characters for every entity but {@code & < >} (written
 * {@code &amp; &lt; &gt;}), {@code <i>}/{@code <b>} for italic/bold spans, other style attributes
 * without spaces or a final semicolon. Only the serialization is forgiven: a different element,
 * style or text still differs.
 */
final class HtmlCanon {

    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("nbsp", "\u00A0"), Map.entry("hellip", "\u2026"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("amp", "&amp;"), Map.entry("lt", "&lt;"), Map.entry("gt", "&gt;"));
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Pattern TAG = Pattern.compile("<(/?)(span|i|b)\\b([^>]*)>");

    private HtmlCanon() {
    }

    static String of(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#")) {
                int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                r = cp == '&' ? "&amp;" : cp == '<' ? "&lt;" : cp == '>' ? "&gt;" : new String(Character.toChars(cp));
            } else {
                r = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        Matcher t = TAG.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        while (t.find()) {
            String r;
            if (t.group(1).isEmpty()) {
                String name = t.group(2);
                String style = "";
                Matcher s = Pattern.compile("style=\"([^\"]*)\"").matcher(t.group(3));
                if (s.find()) style = s.group(1).replace(" ", "").replaceAll(";$", "");
                if (name.equals("span") && style.equals("font-style:italic")) name = "i";
                else if (name.equals("span") && style.equals("font-weight:bold")) name = "b";
                open.push(name);
                r = name.equals("span") ? "<span style=\"" + style + "\">" : "<" + name + ">";
            } else {
                r = "</" + (open.isEmpty() ? t.group(2) : open.pop()) + ">";
            }
            t.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        t.appendTail(out);
        return out.toString();
    }
}
