package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic entries as lists converted to Markdown write them: a record's address set as a link on
 * its title ({@code [Title](https://…)}) instead of written out after it (web pages, syllabi, library
 * guides). The address shown, with the words that announce it ({@code URL:}, {@code Available at:},
 * {@code Retrieved from}, angle brackets), leaves the entry; the title's words become the link's text.
 */
final class MarkdownLinks {
    private static final Pattern ANNOUNCED = Pattern.compile(
            "(?iu)[.,;]?\\s*(?:(?:url|available(?: online)? (?:at|from)|retrieved from|online|режим доступа|доступно)\\s*:?\\s*)?<?(%s)>?");

    private MarkdownLinks() {
    }

    /** The entry with its title made the link of its address, when drawn (share {@code p}) and both are found; else as it was. */
    static String apply(String text, JsonNode csl, Random rnd, double p) {
        if (rnd.nextDouble() >= p) return text;
        JsonNode u = csl.get("URL");
        JsonNode t = csl.get("title");
        if (u == null || t == null || u.asText().isBlank() || t.asText().isBlank()) return text;
        String url = u.asText();
        String title = t.asText();
        int at = text.indexOf(title);
        if (at < 0 || text.indexOf(url) < 0) return text;
        Matcher m = Pattern.compile(String.format(ANNOUNCED.pattern(), Pattern.quote(url))).matcher(text);
        if (!m.find() || (m.start() <= at + title.length() && m.end() >= at)) return text;
        String without = text.substring(0, m.start()) + text.substring(m.end());
        int t2 = without.indexOf(title);
        if (t2 < 0) return text;
        return without.substring(0, t2) + "[" + title + "](" + url + ")" + without.substring(t2 + title.length());
    }
}
