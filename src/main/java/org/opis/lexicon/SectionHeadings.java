package org.opis.lexicon;

import com.ibm.icu.lang.UCharacter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The headings of a note's sections ("References", "Список литературы", "Notes", "Further
 * reading", "Appendix") and the leads of encyclopedia hatnotes ("Main article:"), from the one
 * table {@code org/opis/lexicon/section-headings.tsv} (and {@code hatnote-leads.tsv}). The
 * reference-list reader, the citation scanner, the line segmenter and the document reader all read
 * their headings here.
 */
public final class SectionHeadings {

    /** The vocabulary's resource path. */
    public static final String RESOURCE = "/org/opis/lexicon/section-headings.tsv";
    /** The hatnote leads' resource path. */
    public static final String LEADS_RESOURCE = "/org/opis/lexicon/hatnote-leads.tsv";

    /** Opens the reference list. */
    public static final String REFERENCES = "references";
    /** Opens the notes. */
    public static final String NOTES = "notes";
    /** Works not expected to be cited. */
    public static final String FURTHER = "further";
    /** Back matter that is neither notes nor works. */
    public static final String OTHER = "other";
    /** Back matter that ends a list opened by a plain heading line. */
    public static final String CLOSING = "closing";

    /** A heading ending in a references phrase is one only when this short. */
    private static final int LONGEST_PHRASED = 60;

    /** "and" in the languages of the connectors table, between two phrases of a heading. */
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile(
            " (?:" + Connectors.alternation(Connectors.AND) + ") ", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    /** A section number before a heading's words: {@code 6 }, {@code 6. }, {@code 2.1 }, {@code VII. }. */
    private static final java.util.regex.Pattern SECTION_NUMBER = java.util.regex.Pattern.compile(
            "^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[IVXL]{1,5}\\.)\\s+(?=\\p{L})");

    private static final Map<String, String> KINDS = load();
    private static final Set<String> LEADS = leads();

    private SectionHeadings() {
    }

    /**
     * The heading compared: without Markdown #, emphasis marks, a section number before its words
     * ({@code 6 Literaturverzeichnis}, {@code VII. Notes}), a final colon or full stop; case folded.
     */
    public static String key(String heading) {
        String s = heading.replace("#", "").replace("*", "").replace("_", "").strip();
        s = SECTION_NUMBER.matcher(s).replaceFirst("");
        while (s.endsWith(":") || s.endsWith(".")) s = s.substring(0, s.length() - 1).strip();
        return UCharacter.foldCase(s, true);
    }

    /** The kind of a heading listed as it is written, if it is listed. */
    public static Optional<String> kind(String heading) {
        return Optional.ofNullable(KINDS.get(key(heading)));
    }

    /** True when the heading is listed with one of these kinds. */
    public static boolean is(String heading, String... kinds) {
        String k = KINDS.get(key(heading));
        if (k == null) return false;
        for (String want : kinds) if (want.equals(k)) return true;
        return false;
    }

    /**
     * True when a short heading ends in a listed references phrase of one to three words
     * ("Vietnam War Bibliography", "Secondary literature", "Selected works cited") or joins one to
     * another phrase with "and" in any language of {@code connectors.tsv} ("Bibliography and further reading"). A heading listed with another
     * kind keeps it ("Notes and references" opens the notes).
     */
    public static boolean endsInReferencesPhrase(String heading) {
        String k = key(heading);
        if (k.isEmpty() || k.length() > LONGEST_PHRASED) return false;
        String listed = KINDS.get(k);
        if (listed != null) return listed.equals(REFERENCES);
        for (String part : JOINED.split(k)) {
            if (!part.equals(k) && REFERENCES.equals(KINDS.get(part))) return true;
        }
        String[] w = k.split(" +");
        for (int n = 1; n <= Math.min(3, w.length - 1); n++) {
            String tail = String.join(" ", List.of(w).subList(w.length - n, w.length));
            if (REFERENCES.equals(KINDS.get(tail))) return true;
        }
        return false;
    }

    /** The listed headings of these kinds, case folded, in file order. */
    public static Set<String> of(String... kinds) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : KINDS.entrySet()) {
            for (String k : kinds) if (k.equals(e.getValue())) out.add(e.getKey());
        }
        return out;
    }

    /** True when a paragraph opens with a hatnote lead such as {@code Main article:}. */
    public static boolean hatnote(String paragraph) {
        int colon = paragraph.indexOf(':');
        if (colon < 0 || colon > 40) return false;
        String lead = UCharacter.foldCase(paragraph.substring(0, colon + 1).replace("*", "").replace("_", "").strip(), true);
        return LEADS.contains(lead) || LEADS.contains(lead.replace(" :", ":"));
    }

    private static Map<String, String> load() {
        Table t = Table.load(RESOURCE, Table.Column.oneOf("kind", REFERENCES, NOTES, FURTHER, OTHER, CLOSING),
                Table.Column.text("heading"));
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (Table.Row r : t.rows()) {
            String k = key(r.text("heading"));
            String before = m.putIfAbsent(k, r.text("kind"));
            if (before != null) {
                throw new IllegalStateException(RESOURCE + ":" + r.line() + ": heading \"" + r.text("heading") + "\" is listed twice");
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Set<String> leads() {
        Table t = Table.load(LEADS_RESOURCE, Table.Column.text("lead"));
        Set<String> s = new java.util.HashSet<>();
        for (Table.Row r : t.rows()) s.add(UCharacter.foldCase(r.text("lead"), true));
        return Set.copyOf(s);
    }
}
