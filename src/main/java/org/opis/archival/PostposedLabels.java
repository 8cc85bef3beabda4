package org.opis.archival;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Levels whose label follows the number, each number written as an ordinal with its period, as Latvian archives cite
 * ("LVA, 2335. f., 1. apr., 323. l., 1.-4. lp.", "LNA PDVA 1169.f., 14.apr., 623.l., 3.lp.", "LVVA 1535. f. 11. apr. 159.
 * lieta"): a run of numbers (a leaf list or range, "4., 5.", "1.-4.", a verso "76. o.p.") then its label, the groups
 * separated by commas or spaces. The labels and their levels are data (labels.json, a segment scheme's
 * "reference.postposed"); a scheme that names them reads its references with this reader instead of its segments.
 */
final class PostposedLabels {

    /** Label forms (as written, longest first) and their levels. */
    private final Map<String, String> labels;
    /** Verso marks written after a leaf ("o.p.", otrā puse), read by the leaf reader. */
    private final List<String> verso;

    private PostposedLabels(Map<String, String> labels, List<String> verso) {
        this.labels = labels;
        this.verso = verso;
    }

    /** The reader a scheme's "reference.postposed" describes, or null when it names none. */
    static PostposedLabels of(JsonNode reference) {
        JsonNode p = reference.path("postposed");
        if (!p.isObject()) return null;
        List<Map.Entry<String, String>> forms = new ArrayList<>();
        p.path("labels").fields().forEachRemaining(e -> forms.add(Map.entry(e.getKey(), e.getValue().asText())));
        forms.sort((a, b) -> b.getKey().length() - a.getKey().length());
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : forms) m.put(e.getKey(), e.getValue());
        List<String> v = new ArrayList<>();
        for (JsonNode x : p.path("verso")) v.add(x.asText());
        return new PostposedLabels(m, List.copyOf(v));
    }

    /** The verso marks of this scheme. */
    List<String> verso() {
        return verso;
    }

    /** The reference read from {@code start}: at least one labelled level, else empty. */
    Optional<ArchivalScheme.Reference> read(String text, int archiveStart, int archiveEnd, int sepAt, int start, int to, String implied) {
        List<ArchivalScheme.Reference.Part> parts = new ArrayList<>();
        int p = start, last = start;
        while (p < to) {
            while (p < to && Scan.isSpace(text.charAt(p))) p++;
            if (p >= to || !Character.isDigit(text.charAt(p))) break;
            int vs = p, ve = number(text, p, to);
            int q = ve;
            // a leaf list or range before its label: "4., 5. lp.", "3.,4. lp.", "1.-4. lp.", "76., 76. o.p. lp."
            while (true) {
                int k = q < to && text.charAt(q) == '.' ? q + 1 : q;
                int mark = versoAt(text, skip(text, k, to), to);
                if (mark > 0) {
                    q = ve = mark;
                    continue;
                }
                int s = skip(text, k, to);
                if (s < to && (text.charAt(s) == ',' || Values.isDash(text.charAt(s)))) {
                    int n = skip(text, s + 1, to);
                    if (n < to && Character.isDigit(text.charAt(n)) && labelAt(text, skip(text, number(text, n, to), to), to) == null
                            && !groupAhead(text, n, to)) {
                        q = ve = number(text, n, to);
                        continue;
                    }
                    if (n < to && Character.isDigit(text.charAt(n)) && groupAhead(text, n, to)) break;
                }
                break;
            }
            int k = ve < to && text.charAt(ve) == '.' ? ve + 1 : ve;
            k = skip(text, k, to);
            String form = labelAt(text, k, to);
            if (form == null) break;
            parts.add(new ArchivalScheme.Reference.Part(labels.get(form), vs, ve, k, k + form.length()));
            last = k + form.length();
            p = skip(text, last, to);
            if (p < to && text.charAt(p) == ',') p++;
            else if (p < to && !Character.isDigit(text.charAt(p))) break;
        }
        if (parts.isEmpty()) return Optional.empty();
        return Optional.of(new ArchivalScheme.Reference(archiveStart, archiveEnd, sepAt, start, last, parts, implied));
    }

    /** Whether the number at {@code n} opens a group of its own (its label follows it: "…, 5. lp." is not, "2. f." is). */
    private boolean groupAhead(String text, int n, int to) {
        int e = number(text, n, to);
        int k = e < to && text.charAt(e) == '.' ? e + 1 : e;
        String form = labelAt(text, skip(text, k, to), to);
        return form != null && !labels.get(form).equals("list");
    }

    /** The end of a number with an optional letter suffix ("1v", "17a") at {@code i}. */
    private static int number(String text, int i, int to) {
        int j = i;
        while (j < to && Character.isDigit(text.charAt(j))) j++;
        if (j < to && Character.isLetter(text.charAt(j)) && (j + 1 >= to || !Character.isLetter(text.charAt(j + 1)))) j++;
        return j;
    }

    /** The end of a verso mark at {@code i}, or -1. */
    private int versoAt(String text, int i, int to) {
        for (String v : verso) if (text.startsWith(v, i) && i + v.length() <= to) return i + v.length();
        return -1;
    }

    /** The label form written at {@code i} and ending at a boundary, or null. */
    private String labelAt(String text, int i, int to) {
        for (String f : labels.keySet()) {
            int e = i + f.length();
            if (e > to || !text.startsWith(f, i)) continue;
            if (e < to && Character.isLetter(text.charAt(e))) continue;
            return f;
        }
        return null;
    }

    private static int skip(String text, int i, int to) {
        while (i < to && Scan.isSpace(text.charAt(i))) i++;
        return i;
    }
}
