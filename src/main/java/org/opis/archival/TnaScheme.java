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

    /**
     * Collection codes that name another archive read by this scheme, as a department code names TNA (labels.json
     * "codeArchives": the Churchill Archives Centre's CHUR and THCR).
     */
    private final java.util.Map<String, String> codeArchives = codeArchives();

    private static com.fasterxml.jackson.databind.JsonNode scheme() {
        try (java.io.InputStream in = TnaScheme.class.getResourceAsStream("labels.json")) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("schemes").path("tna");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read labels.json", e);
        }
    }

    private static java.util.Set<String> departments() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (com.fasterxml.jackson.databind.JsonNode d : scheme().path("departments")) out.add(d.asText());
        return java.util.Set.copyOf(out);
    }

    private static java.util.Map<String, String> codeArchives() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        scheme().path("codeArchives").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return java.util.Map.copyOf(out);
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
            int j = dottedCodeEnd(text, i, to); // "F.O. 60/96": the department code with a period after each letter
            if (j < 0) {
                j = i;
                while (j < to && j - i < 5 && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') j++;
            }
            if (j == i || (j < to && Character.isLetter(text.charAt(j)))) continue;
            int k = j;
            if (k < to && text.charAt(k) == ' ') k++;
            if (k >= to || !Character.isDigit(text.charAt(k))) continue;
            String code = text.substring(i, j).replace(".", "");
            // the archive before it, or none when the reference opens the citation under a known department
            int e = i;
            while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',' || text.charAt(e - 1) == ':' || text.charAt(e - 1) == ';')) e--;
            boolean implied = e <= from && i == from && code.length() >= 2
                    && (departments.contains(code) || codeArchives.containsKey(code)) && slashAfterSeries(text, k, to);
            if (e <= from && !implied) continue;
            // a collection code that names its archive ("THCR") after a description of the collection and the archive
            // ("Thatcher MSS, Churchill Archive Centre: THCR 3/5/97 f175"): the code's archive, whatever the words before it
            boolean named = !implied && codeArchives.containsKey(code) && e - from <= 120 && slashAfterSeries(text, k, to)
                    && text.substring(e, i).matches("\\s*[:,]\\s*");
            if (!implied && !named && !archiveOfThisScheme.test(text.substring(from, e))) continue;
            List<Reference.Part> parts = new ArrayList<>();
            parts.add(new Reference.Part("department", i, j));
            String[] names = {"series", "piece", "item"};
            int n = 0, p = k;
            while (p < to && n < names.length) {
                int q = p;
                while (q < to && Character.isDigit(text.charAt(q))) q++;
                if (q == p) break;
                q = letterSuffixEnd(text, q, to);
                parts.add(new Reference.Part(names[n++], p, q));
                if (q < to && text.charAt(q) == '/' && q + 1 < to && Character.isDigit(text.charAt(q + 1))) p = q + 1;
                else {
                    p = q;
                    break;
                }
            }
            if (n < names.length) {
                java.util.regex.Matcher m = DISPATCH.matcher(text).region(p, to);
                if (m.lookingAt()) { // "F.O. 248/114, No.12": the dispatch's number is the item
                    parts.add(new Reference.Part(names[n], m.start(1), m.end(1)));
                    p = m.end();
                }
            }
            int t = afterTitle(text, p, to);
            p = t > p ? t : afterDescription(text, p, to);
            int sepAt = -1;
            for (int s = e; s < i; s++) if (text.charAt(s) == ',' || text.charAt(s) == ':') sepAt = s;
            return Optional.of(new Reference(from, e, sepAt, i, p, parts, implied || named ? codeArchives.getOrDefault(code, "TNA") : ""));
        }
        return Optional.empty();
    }

    /**
     * The end of a number's letter suffix that ends its token: one or two capitals, or a run of parts written as a letter
     * range ("CHUR 2/40A-B", a file kept in two parts; "40A"); {@code q} when there is none.
     */
    static int letterSuffixEnd(String text, int q, int to) {
        int r = q;
        while (r < to && r - q < 2 && text.charAt(r) >= 'A' && text.charAt(r) <= 'Z') r++;
        if (r == q) return q;
        if (r + 1 < to && text.charAt(r) == '-' && text.charAt(r + 1) >= 'A' && text.charAt(r + 1) <= 'Z'
                && (r + 2 == to || !Character.isLetterOrDigit(text.charAt(r + 2)))) r += 2;
        return r == to || !Character.isLetterOrDigit(text.charAt(r)) ? r : q;
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

    /**
     * The end of a letter's description closing the citation ("F.O. 248/108, Farrant to Canning, 15 May 1843.", "PRO, F.O.
     * 195/204, "Translation of a Persian Account"."): after a comma or a space, a capitalised word (or a quotation) and
     * whatever follows to the end, when no folio, page, membrane or number label with a number is among it (those are
     * levels); or {@code p}. Writer, addressee, place and date of a dispatch are a note, not levels.
     */
    private static int afterDescription(String text, int p, int to) {
        int k = p;
        while (k < to && Scan.isSpace(text.charAt(k))) k++;
        if (k < to && text.charAt(k) == ',') {
            k++;
            while (k < to && Scan.isSpace(text.charAt(k))) k++;
        } else if (k == p) return p;
        int e = to;
        while (e > k && (Scan.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) e--;
        if (e <= k) return p;
        String d = text.substring(k, e);
        return DESCRIPTION.matcher(d).lookingAt() && !LABELLED.matcher(d).find() ? e : p;
    }

    /** A description opens with a capitalised word or a quotation. */
    private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile("[\"“‘']?\\p{Lu}[\\p{L}'’.-]");
    /** A label of this scheme with a number (folios, pages, membranes, a number), also with a hyphen for its period ("No-1"). */
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile(
            "(?i)(?:^|[\\s,(])(?:ff?|fols?|folios?|pp?|pages?|mm?|membranes?|nos?)(?:\\.\\s?|\\s|-)\\d");
    /** A dispatch's number after the piece: ", No.12", ", no. 124". */
    private static final java.util.regex.Pattern DISPATCH = java.util.regex.Pattern.compile("\\s*,\\s*[Nn]o\\.\\s?(\\d+)(?=\\s*(?:[,;.)]|$))");

    /** The end of a department code written with a period after each of two to five capitals ("F.O.", "W.O."), or -1. */
    private static int dottedCodeEnd(String text, int i, int to) {
        int q = i, letters = 0;
        while (q + 1 < to && letters < 5 && text.charAt(q) >= 'A' && text.charAt(q) <= 'Z' && text.charAt(q + 1) == '.') {
            q += 2;
            letters++;
        }
        return letters >= 2 ? q : -1;
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
