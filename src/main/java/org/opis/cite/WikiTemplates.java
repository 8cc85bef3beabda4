package org.opis.cite;

import com.ibm.icu.lang.UCharacter;
import org.opis.lexicon.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Wikipedia's Harvard short-citation templates in raw wikitext ({@code {{Sfn|Mattern|2019|p=592}}},
 * {@code {{Harvnb|Fisher|Fremont-Barnes|2004|pp=48–49}}}, {@code {{Sfnm|1a1=Marshall|1y=1993|1pp=493–494|2a1=Dunn|2y=2012}}}),
 * read as the author-date parenthesis each one renders, so that the citation scanner reads them as it reads any
 * parenthesis: {@code (Mattern 2019, p. 592)}, {@code (Marshall 1993, pp. 493–494; Dunn 2012)}. The template names
 * and their kinds are data ({@code wiki-templates.tsv}). A template not closed within a few hundred characters, or
 * holding another template, is left as written.
 */
final class WikiTemplates {

    private static final String RESOURCE = "/org/opis/cite/wiki-templates.tsv";
    private static final int MAX_TEMPLATE = 600;
    private static final Map<String, String> KINDS = load();
    private static final Pattern YEAR = Pattern.compile("(?:1[0-9]|20)\\d\\d[a-z]?|n\\.d\\.|nd|c\\. \\d{3,4}");

    /** A template read: its rendering and the offset just after its closing braces. */
    record Rendered(String text, int end) {
    }

    private WikiTemplates() {
    }

    private static Map<String, String> load() {
        Table t = Table.load(RESOURCE, Table.Column.text("template"), Table.Column.oneOf("kind", "short", "multi"));
        Map<String, String> m = new HashMap<>();
        for (Table.Row r : t.rows()) m.put(UCharacter.foldCase(r.text("template"), true), r.text("kind"));
        return Map.copyOf(m);
    }

    /** The template opening at {@code i} of {@code s} (before {@code to}), rendered, or null when none of the table's opens there. */
    static Rendered at(String s, int i, int to) {
        if (i + 2 >= to || s.charAt(i) != '{' || s.charAt(i + 1) != '{') return null;
        int limit = Math.min(to, i + MAX_TEMPLATE);
        int close = -1;
        for (int k = i + 2; k + 1 < limit; k++) {
            if (s.charAt(k) == '{' && s.charAt(k + 1) == '{') return null;
            if (s.charAt(k) == '}' && s.charAt(k + 1) == '}') {
                close = k;
                break;
            }
        }
        if (close < 0) return null;
        String[] parts = s.substring(i + 2, close).split("\\|", -1);
        String kind = KINDS.get(UCharacter.foldCase(joined(parts[0]), true));
        if (kind == null) return null;
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new HashMap<>();
        for (int k = 1; k < parts.length; k++) {
            String p = joined(parts[k]);
            int eq = p.indexOf('=');
            if (eq > 0) named.put(UCharacter.foldCase(p.substring(0, eq).strip(), true), p.substring(eq + 1).strip());
            else if (!p.isEmpty()) positional.add(p);
        }
        String text = kind.equals("multi") ? multi(named) : work(positional, named, "");
        return text.isEmpty() ? null : new Rendered("(" + text + ")", close + 2);
    }

    /** A parameter's value with line breaks inside it taken out (a template's parameters may run over lines). */
    private static String joined(String p) {
        return p.replaceAll("\\s*[\\r\\n]+\\s*", "").strip();
    }

    /** One work: its authors and year (positional, or numbered with {@code prefix}) and its pinpoint. */
    private static String work(List<String> positional, Map<String, String> named, String prefix) {
        List<String> names = new ArrayList<>();
        String year = "";
        for (String p : positional) {
            if (YEAR.matcher(p).matches()) year = p;
            else if (year.isEmpty() && names.size() < 4) names.add(p);
        }
        if (names.isEmpty() || year.isEmpty()) return "";
        String who = names.size() == 1 ? names.get(0)
                : names.size() == 2 ? names.get(0) + " and " + names.get(1)
                : names.size() == 3 ? names.get(0) + ", " + names.get(1) + " and " + names.get(2)
                : names.get(0) + " et al.";
        String pin = pinpoint(named, prefix);
        return who + " " + year + (pin.isEmpty() ? "" : ", " + pin);
    }

    private static String pinpoint(Map<String, String> named, String prefix) {
        String p = named.getOrDefault(prefix + "p", named.getOrDefault(prefix + "page", ""));
        if (!p.isEmpty()) return "p. " + p;
        String pp = named.getOrDefault(prefix + "pp", named.getOrDefault(prefix + "pages", ""));
        if (!pp.isEmpty()) return "pp. " + pp;
        return named.getOrDefault(prefix + "loc", "");
    }

    /** Template:Sfnm: works numbered 1 to 9, each with a1…a4, y, p/pp/loc. */
    private static String multi(Map<String, String> named) {
        List<String> works = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            String pre = String.valueOf(n);
            List<String> positional = new ArrayList<>();
            for (int a = 1; a <= 4; a++) {
                String v = named.getOrDefault(pre + "a" + a, "");
                if (!v.isEmpty()) positional.add(v);
            }
            String y = named.getOrDefault(pre + "y", "");
            if (positional.isEmpty() || y.isEmpty()) continue;
            positional.add(y);
            String w = work(positional, named, pre);
            if (!w.isEmpty()) works.add(w);
        }
        return String.join("; ", works);
    }
}
