package org.opis.archival;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The National Archives (UK): the institution, then the catalogue reference (department code,
 * series and piece, sometimes an item: "FO 371/135812", "INF 3/108", "CAB 128/1/3"), then folios
 * (f./ff.), pages or membranes — per TNA's guide "Citing records in The National Archives".
 */
public final class TnaScheme implements ArchivalScheme {

    private final LabelTable labels = LabelTable.load("tna");
    /** Department codes under which a bare reference implies TNA (labels.json "departments"). */
    private final java.util.Set<String> departments = departments();

    private static java.util.Set<String> departments() {
        try (java.io.InputStream in = TnaScheme.class.getResourceAsStream("labels.json")) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (com.fasterxml.jackson.databind.JsonNode d : new com.fasterxml.jackson.databind.ObjectMapper().readTree(in)
                    .path("schemes").path("tna").path("departments")) out.add(d.asText());
            return java.util.Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read labels.json", e);
        }
    }

    @Override
    public String id() {
        return "tna";
    }

    @Override
    public String description() {
        return "The National Archives (UK): department code, series/piece (FO 371/135812), folios";
    }

    @Override
    public LabelTable labels() {
        return labels;
    }

    @Override
    public int confidence(List<String> written) {
        return 0; // only chosen through the archive (TNA, PRO)
    }

    @Override
    public String resolve(String labelLevel, boolean archivePapka, List<String> before) {
        return labelLevel;
    }

    @Override
    public Optional<Reference> catalogueReference(String text, int from, int to, Predicate<String> archiveOfThisScheme) {
        for (int i = from; i < to; i++) {
            if (i > from && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            int j = i;
            while (j < to && j - i < 5 && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') j++;
            if (j == i || (j < to && Character.isLetter(text.charAt(j)))) continue;
            int k = j;
            if (k < to && text.charAt(k) == ' ') k++;
            if (k >= to || !Character.isDigit(text.charAt(k))) continue;
            // the archive before it, or none when the reference opens the citation under a known department
            int e = i;
            while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',' || text.charAt(e - 1) == ':' || text.charAt(e - 1) == ';')) e--;
            boolean implied = e <= from && i == from && j - i >= 2 && departments.contains(text.substring(i, j))
                    && slashAfterSeries(text, k, to);
            if (e <= from && !implied) continue;
            if (!implied && !archiveOfThisScheme.test(text.substring(from, e))) continue;
            List<Reference.Part> parts = new ArrayList<>();
            parts.add(new Reference.Part("department", i, j));
            String[] names = {"series", "piece", "item"};
            int n = 0, p = k;
            while (p < to && n < names.length) {
                int q = p;
                while (q < to && Character.isDigit(text.charAt(q))) q++;
                if (q == p) break;
                parts.add(new Reference.Part(names[n++], p, q));
                if (q < to && text.charAt(q) == '/' && q + 1 < to && Character.isDigit(text.charAt(q + 1))) p = q + 1;
                else {
                    p = q;
                    break;
                }
            }
            p = afterTitle(text, p, to);
            int sepAt = -1;
            for (int s = e; s < i; s++) if (text.charAt(s) == ',' || text.charAt(s) == ':') sepAt = s;
            return Optional.of(new Reference(from, e, sepAt, i, p, parts, implied ? "TNA" : ""));
        }
        return Optional.empty();
    }

    /**
     * Is the archive text followed in {@code text} by a department code this scheme knows and a
     * series/piece ("British National Archives, FO 371/2767")?
     */
    boolean knownDepartmentFollows(String text, String archive) {
        int at = text.indexOf(archive);
        if (at < 0) return false;
        int i = at + archive.length();
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == ':')) i++;
        int j = i;
        while (j < text.length() && j - i < 5 && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') j++;
        if (j == i || !departments.contains(text.substring(i, j))) return false;
        int k = j < text.length() && text.charAt(j) == ' ' ? j + 1 : j;
        return slashAfterSeries(text, k, text.length());
    }

    /**
     * The end of the file's title when one closes the citation after the piece ("FCO7/2611 , Renegotiation of Foreign Debt
     * of Chile (paris Club)", as the catalogue names the file): words after a comma, with no digit, to the end; or
     * {@code p} when there is none. The title is a note, not a level.
     */
    private static int afterTitle(String text, int p, int to) {
        int k = p;
        while (k < to && Scan.isSpace(text.charAt(k))) k++;
        if (k >= to || text.charAt(k) != ',') return p;
        k++;
        while (k < to && Scan.isSpace(text.charAt(k))) k++;
        int e = to;
        while (e > k && (Scan.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) e--;
        if (e - k < 8 || !Character.isUpperCase(text.charAt(k))) return p;
        String title = text.substring(k, e);
        if (!TITLE.matcher(title).matches()) return p;
        return e;
    }

    /** A title: two words or more, letters, spaces and light punctuation, no digit (so never "ff. 12–15"). */
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:[ ,()&'’-]+[\\p{L}'’-]+)+\\)?");

    /** "371/84053": digits, a slash and digits (a bare "FO 371" is too little to imply the archive). */
    private static boolean slashAfterSeries(String text, int k, int to) {
        int q = k;
        while (q < to && Character.isDigit(text.charAt(q))) q++;
        return q > k && q + 1 < to && text.charAt(q) == '/' && Character.isDigit(text.charAt(q + 1));
    }
}
