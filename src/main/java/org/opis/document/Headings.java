package org.opis.document;

import com.ibm.icu.lang.UCharacter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a heading announces — {@code notes}, {@code references}, {@code further} (works not expected
 * to be cited) or {@code other} back matter — from the wordings in {@code cite/section-headings.tsv}
 * and {@code document/back-matter-headings.tsv}. One signal among several for {@link Parts}.
 */
final class Headings {

    private static final Map<String, String> KINDS = load();

    private Headings() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        read("/org/opis/cite/section-headings.tsv", m);
        read("/org/opis/document/back-matter-headings.tsv", m);
        return Map.copyOf(m);
    }

    private static void read(String resource, Map<String, String> into) {
        try (InputStream in = Headings.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2) continue;
                into.put(f[0].strip().equals("lead") ? UCharacter.foldCase(f[1].strip(), true) : key(f[1]), f[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String heading) {
        String s = heading.replace("#", "").replace("*", "").replace("_", "").strip();
        while (s.endsWith(":") || s.endsWith(".")) s = s.substring(0, s.length() - 1).strip();
        return UCharacter.foldCase(s, true);
    }

    /** True when a paragraph opens with a lead such as {@code Main article:} (a hatnote, not prose). */
    static boolean pointer(String paragraph) {
        int colon = paragraph.indexOf(':');
        if (colon < 0 || colon > 40) return false;
        String lead = UCharacter.foldCase(paragraph.substring(0, colon + 1).replace("*", "").replace("_", "").strip(), true);
        return "lead".equals(KINDS.get(lead)) || "lead".equals(KINDS.get(lead.replace(" :", ":")));
    }

    /** The kind a heading announces, if it is one of the listed wordings. */
    static Optional<String> kind(String heading) {
        String kind = KINDS.get(key(heading));
        return kind == null || kind.equals("lead") ? Optional.empty() : Optional.of(kind);
    }
}
