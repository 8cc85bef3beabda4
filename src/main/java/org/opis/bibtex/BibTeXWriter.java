package org.opis.bibtex;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;
import org.jbibtex.Value;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes records as a .bib file in either flavour. Entries are built as JBibTeX objects
 * ({@link BibTeXEntry}, {@link Key}, {@link StringValue}) and printed by JBibTeX's
 * {@link BibTeXFormatter}; types and fields follow {@link BibMapping}. Fields read from a .bib file
 * that have no CSL equivalent (kept in {@code Reference.extra} as {@code bibtex:FIELD}) are written
 * back unchanged.
 */
public final class BibTeXWriter {

    /** How citation keys are chosen. */
    public enum KeyPolicy {
        /** Keep each record's id when it is a valid, unused key (imported .bib or CSL-JSON); make one otherwise. */
        KEEP,
        /** Always make the key from author, year and title (records parsed from a note). */
        GENERATE
    }

    /** Prefix of extra fields carried for BibTeX. */
    public static final String EXTRA = "bibtex:";
    /** Extra key holding an entry type the mapping would not reproduce (e.g. {@code inbook}). */
    public static final String EXTRA_TYPE = "bibtex:@type";
    /** Extra key prefix holding a field's LaTeX source when decoding it lost markup (braces, {@code \emph}). */
    public static final String EXTRA_LATEX = "bibtex:@latex:";

    private static final Set<String> ARCHIVAL_TYPES = Set.of("manuscript", "document", "personal_communication", "interview");
    private static final java.util.regex.Pattern MASTERS = java.util.regex.Pattern.compile("(?i)master|magist|\\bM\\.?A\\b|\\bM\\.?Sc?\\b");
    private static final Set<String> INTERNAL = Set.of("id", "type", "year-suffix", "citation-key");

    private final Flavour flavour;
    private final KeyPolicy keys;
    private final BibMapping mapping = BibMapping.standard();
    private final LaTeX latex = LaTeX.standard();

    public BibTeXWriter(Flavour flavour, KeyPolicy keys) {
        this.flavour = flavour;
        this.keys = keys;
    }

    /** Writes the records; returns findings about what could not be carried (severity info). */
    public List<Diagnostic> write(List<Reference> references, Writer out) throws IOException {
        // every id that will be kept is known before the first entry is written
        Set<String> ids = new java.util.HashSet<>();
        for (Reference r : references) ids.add(r.id());
        Streamed s = open(out, r -> { }, Optional.of(ids));
        for (Reference r : references) s.add(r);
        return s.finish();
    }

    /**
     * Starts writing entries one at a time: each record becomes a JBibTeX entry printed by
     * {@link BibTeXFormatter} at once (entries apart by a blank line, as the formatter prints a
     * database; the same text as {@link #write}). With {@link KeyPolicy#KEEP} a key made for a record
     * must not take a later record's own key: {@code knownIds}, the ids of every record, reserves them
     * in advance; without them the keys are reserved as they come, and
     * {@link Streamed#mustRewriteWithKnownIds()} says when a made key turned out to be a later record's
     * (the caller writes again with the ids; in a real .bib, whose keys are its own, this does not happen).
     */
    public Streamed open(Writer out, java.util.function.Consumer<Reference> written, Optional<Set<String>> knownIds) {
        return new Streamed(out, written, knownIds);
    }

    /** An export in progress (see {@link #open}). */
    public final class Streamed implements org.opis.spi.RecordWriter {
        private final Writer out;
        private final java.util.function.Consumer<Reference> written;
        private final boolean reservedAhead;
        private final List<Diagnostic> diags = new ArrayList<>();
        private final CitationKeys keyMaker = new CitationKeys();
        private final Set<String> kept = new java.util.HashSet<>();
        private final Set<String> made = new java.util.HashSet<>();
        private final BibTeXFormatter formatter = new BibTeXFormatter();
        private boolean any;
        private boolean clash;

        private Streamed(Writer out, java.util.function.Consumer<Reference> written, Optional<Set<String>> knownIds) {
            this.out = out;
            this.written = written;
            this.reservedAhead = knownIds.isPresent();
            formatter.setIndent("  ");
            if (keys == KeyPolicy.KEEP) {
                // reserve the ids that will be kept first, so generated keys never take them
                knownIds.ifPresent(ids -> ids.stream().filter(CitationKeys::valid).forEach(keyMaker::reserve));
            }
        }

        @Override
        public void add(Reference r) throws IOException {
            if (keys == KeyPolicy.KEEP && !reservedAhead && CitationKeys.valid(r.id())) {
                String lower = r.id().toLowerCase(Locale.ROOT);
                if (!kept.contains(lower) && made.contains(lower)) clash = true;
                keyMaker.reserve(r.id());
            }
            BibTeXEntry e = entry(r, keyMaker, kept, diags);
            String key = e.getKey().getValue();
            // a key that is not the record's id was made (an id kept is reserved, so no made key equals one)
            if (keys == KeyPolicy.KEEP && !reservedAhead && !key.equals(r.id())) made.add(key.toLowerCase(Locale.ROOT));
            BibTeXDatabase one = new BibTeXDatabase();
            one.addObject(e);
            StringWriter buf = new StringWriter();
            formatter.format(one, buf);
            if (any) out.write("\n\n");
            out.write(buf.toString());
            any = true;
            written.accept(r);
        }

        @Override
        public List<Diagnostic> finish() throws IOException {
            if (any) out.write("\n");
            out.flush();
            return diags;
        }

        @Override
        public boolean mustRewriteWithKnownIds() {
            return clash;
        }
    }

    @SuppressWarnings("unchecked")
    private BibTeXEntry entry(Reference r, CitationKeys keyMaker, Set<String> kept, List<Diagnostic> diags) {
        Map<String, Object> csl = (Map<String, Object>) CslRecords.csl(r).toJson(new MapJsonBuilderFactory().createJsonBuilder());
        String cslType = csl.get("type") == null ? "document" : csl.get("type").toString();
        Map<String, String> extra = r.extra();
        boolean archival = ARCHIVAL_TYPES.contains(cslType) && (has(csl, "archive") || has(csl, "archive_location"));
        BibMapping.TypeRule typeRule = mapping.exportType(archival ? "manuscript" : cslType);
        String type = Optional.ofNullable(extra.get(EXTRA_TYPE)).orElse(typeRule.type(flavour)).toLowerCase(Locale.ROOT);
        if (type.equals("phdthesis") && csl.get("genre") != null && MASTERS.matcher(csl.get("genre").toString()).find()) {
            type = "mastersthesis";
        }

        String key = key(r, csl, keyMaker, kept, diags);
        BibTeXEntry e = new BibTeXEntry(new Key(type), new Key(key));
        if (flavour == Flavour.BIBLATEX && typeRule.subtype().isPresent() && !extra.containsKey(EXTRA_TYPE)) {
            put(e, "entrysubtype", typeRule.subtype().get());
        }
        boolean english = Optional.ofNullable((String) csl.get("language")).map(BibMapping::english).orElse(true);
        boolean knownLanguage = csl.get("language") != null;

        List<String> notCarried = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (BibMapping.FieldRule rule : mapping.fields()) {
            String var = rule.csl();
            if (done.contains(var) || !csl.containsKey(var)) continue;
            Optional<BibMapping.FieldRule> chosen = mapping.exportRule(var, type, flavour);
            if (chosen.isEmpty()) continue; // reported below
            done.add(var);
            BibMapping.FieldRule c = chosen.get();
            String field = c.field(flavour).orElseThrow();
            if (e.getField(new Key(field)) != null) {
                notCarried.add(var);
                continue;
            }
            Object value = csl.get(var);
            if (var.equals("genre") && value != null && ThesisGenre.isImplied(type, value.toString())) continue;
            switch (c.kind()) {
                case NAMES -> {
                    if (value instanceof List<?> l && !l.isEmpty()) put(e, field, latexOr(extra, field, BibNames.format(l, latex, flavour), value));
                }
                case DATE -> date(e, field, var, value, diags, r);
                case TITLE -> put(e, field, latexOr(extra, field,
                        latex.encodeRich(value.toString(), flavour, true, knownLanguage && !english), value));
                case PAGES -> put(e, field, latex.encode(value.toString().replaceAll("\\s*(?:\u2013|-+)\\s*", "--"), flavour).replace("---", "--"));
                case VERBATIM -> put(e, field, value.toString());
                case LANGUAGE -> {
                    String raw = extra.get(EXTRA_LATEX + field);
                    boolean same = raw != null && mapping.languageCode(raw).orElse(raw).equalsIgnoreCase(value.toString());
                    put(e, field, same ? raw : mapping.babel(value.toString()).orElse(value.toString()));
                }
                case TEXT -> put(e, field, latexOr(extra, field, latex.encodeRich(value.toString(), flavour, false, false), value));
            }
        }
        fallbackNote(e, csl, type);
        for (Map.Entry<String, String> x : extra.entrySet()) {
            String k = x.getKey();
            if (!k.startsWith(EXTRA) || k.startsWith("bibtex:@")) continue;
            String field = k.substring(EXTRA.length());
            if (field.isEmpty() || e.getField(new Key(field)) != null) continue;
            put(e, field, x.getValue());
        }
        for (String var : csl.keySet()) {
            if (!done.contains(var) && !INTERNAL.contains(var)) notCarried.add(var);
        }
        if (!notCarried.isEmpty()) {
            diags.add(Diagnostic.info("bibtex/not-carried", r.span(),
                    key + ": " + flavour.id() + " has no field for " + String.join(", ", notCarried)));
        }
        return e;
    }

    private String key(Reference r, Map<String, Object> csl, CitationKeys keyMaker, Set<String> kept, List<Diagnostic> diags) {
        if (keys == KeyPolicy.KEEP && CitationKeys.valid(r.id()) && kept.add(r.id().toLowerCase(Locale.ROOT))) {
            return r.id();
        }
        Optional<String> author = firstAuthor(csl);
        Optional<String> title = Optional.ofNullable((String) csl.get("title")).map(org.opis.text.RichText::plain);
        String base;
        if (author.isPresent()) {
            base = keyMaker.base(author, year(csl), Optional.ofNullable((String) csl.get("year-suffix")), title);
        } else {
            // no creator: the short title (an archive's abbreviation), else the title's first significant word, leads
            Optional<String> lead = Optional.ofNullable((String) csl.get("title-short")).map(keyMaker::fold).filter(x -> !x.isEmpty());
            if (lead.isEmpty()) lead = title.or(() -> Optional.ofNullable((String) csl.get("container-title"))).flatMap(keyMaker::significantWord);
            base = keyMaker.base(lead, year(csl), Optional.ofNullable((String) csl.get("year-suffix")), Optional.empty());
        }
        String key = keyMaker.unique(base);
        if (keys == KeyPolicy.KEEP) {
            diags.add(Diagnostic.info("bibtex/key", r.span(), "the id '" + r.id() + "' "
                    + (CitationKeys.valid(r.id()) ? "is used twice" : "is not a valid BibTeX key") + "; written as '" + key + "'"));
        }
        return key;
    }

    private static Optional<String> firstAuthor(Map<String, Object> csl) {
        for (String role : List.of("author", "editor", "translator")) {
            if (csl.get(role) instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> n) {
                Object fam = n.get("family") != null ? n.get("family") : n.get("literal");
                if (fam == null) fam = n.get("given");
                if (fam != null) return Optional.of(fam.toString());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> year(Map<String, Object> csl) {
        if (csl.get("issued") instanceof Map<?, ?> d) {
            List<int[]> p = BibDates.parts(d);
            if (!p.isEmpty()) return Optional.of(String.valueOf(p.get(0)[0]));
            return BibDates.literal(d).map(s -> s.replaceAll("\\D+", " ").trim()).map(s -> s.split(" ")[0]).filter(s -> !s.isEmpty());
        }
        return Optional.empty();
    }

    private void date(BibTeXEntry e, String field, String var, Object value, List<Diagnostic> diags, Reference r) {
        if (!(value instanceof Map<?, ?> d)) return;
        if (var.equals("issued") && flavour == Flavour.BIBTEX) {
            Map<String, String> f = BibDates.classic(d);
            f.forEach((k, v) -> {
                if (k.equals("month")) e.addField(new Key("month"), new KeyValue(v));
                else put(e, k, latex.encode(v, flavour));
            });
            return;
        }
        Optional<String> iso = BibDates.iso(d);
        if (iso.isPresent()) {
            put(e, field, iso.get());
        } else if (var.equals("issued")) {
            BibDates.literal(d).ifPresent(l -> put(e, "year", latex.encode(l, flavour)));
        } else {
            BibDates.literal(d).ifPresent(l -> put(e, field, latex.encode(l, flavour)));
        }
    }

    /**
     * The human-readable fallback: archive and shelf mark, and a year suffix, in {@code addendum}
     * (biblatex) or {@code note} (BibTeX), which every style prints.
     */
    private void fallbackNote(BibTeXEntry e, Map<String, Object> csl, String type) {
        List<String> parts = new ArrayList<>();
        if (has(csl, "archive_location") || type.equals("unpublished")) archiveText(csl).ifPresent(parts::add);
        Object suffix = csl.get("year-suffix");
        Optional<String> year = year(csl);
        if (suffix != null && year.isPresent()) parts.add(citedAs(year.get(), suffix.toString()));
        if (parts.isEmpty()) return;
        String field = flavour == Flavour.BIBLATEX ? "addendum" : "note";
        String text = latex.encode(String.join("; ", parts), flavour);
        Value existing = e.getField(new Key(field));
        String joined = existing == null ? text : ((StringValue) existing).getString() + ". " + text;
        e.removeField(new Key(field));
        put(e, field, joined);
    }

    /** "RGASPI, f. 495, op. 201, d. 1/1, l. 79": the archive and the location within it. */
    static Optional<String> archiveText(Map<String, Object> csl) {
        List<String> parts = new ArrayList<>();
        for (String v : List.of("archive", "archive_location")) {
            Object x = csl.get(v);
            if (x != null && !x.toString().isBlank()) parts.add(x.toString().trim());
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    /** The year label as printed in the source, e.g. "cited as 2008a". */
    static String citedAs(String year, String suffix) {
        return "cited as " + year + suffix;
    }

    private String latexOr(Map<String, String> extra, String field, String encoded, Object value) {
        String raw = extra.get(EXTRA_LATEX + field);
        if (raw == null) return encoded;
        String plain = value instanceof List<?> ? null : value.toString();
        if (plain == null) return raw; // names: the raw list decodes to the same names on import
        LaTeX.Decoded d = latex.decodeRich(raw);
        return d.text().equals(plain.trim()) ? raw : encoded;
    }

    private static boolean has(Map<String, Object> csl, String var) {
        return csl.get(var) != null && !csl.get(var).toString().isBlank();
    }

    private static void put(BibTeXEntry e, String field, String value) {
        if (value == null || value.isBlank()) return;
        e.addField(new Key(field), new StringValue(balanced(value) ? value : escapeBraces(field, value), StringValue.Style.BRACED));
    }

    /** True when the braces of a value pair up as bibtex counts them (a backslash does not escape a brace). */
    static boolean balanced(String v) {
        int depth = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String escapeBraces(String field, String v) {
        if (field.equals("url") || field.equals("doi")) return v.replace("{", "%7B").replace("}", "%7D");
        return v.replace("\\{", "{").replace("\\}", "}").replace("{", "\u0000").replace("}", "{\\textbraceright}")
                .replace("\u0000", "{\\textbraceleft}");
    }
}
