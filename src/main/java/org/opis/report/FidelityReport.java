package org.opis.report;

import org.opis.model.CslRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.csl.CslJson;
import org.opis.csl.ZoteroCslJson;
import org.opis.csl.ZoteroItemTypes;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.spi.ExportFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Before you export: which fields of each record the target format, or the program that will read
 * it (Zotero's importers, biber, pandoc, BibTeX), will lose, change or move elsewhere. The facts
 * are a data table ({@code org/opis/report/fidelity.tsv}) with the source of each; the Zotero facts
 * are computed from Zotero's schema ({@link ZoteroItemTypes}) and from what the Zotero flavour does.
 */
public final class FidelityReport {

    /** The export targets a report can be made for. */
    public static final List<String> TARGETS = List.of("bibtex", "biblatex", "csl-json", "zotero");

    /**
     * One field of one record that will not arrive as it is.
     *
     * @param field    the record's field (its CSL variable: {@code archive}, {@code original-title}, …)
     * @param effect   {@code lost}, {@code changed} or {@code moved}
     * @param consumer the program that loses, changes or moves it
     * @param detail   one plain sentence saying what happens
     * @param source   where this fact comes from
     */
    public record Loss(String field, String effect, String consumer, String detail, String source) {
    }

    /**
     * The losses of one record.
     *
     * @param id     the record's id
     * @param span   where the record starts in its source
     * @param losses what it loses, in table order
     */
    public record RecordLosses(String id, Span span, List<Loss> losses) {
        public RecordLosses {
            losses = List.copyOf(losses);
        }
    }

    /**
     * Counts over the whole report.
     *
     * @param records           records examined
     * @param recordsWithLosses records with at least one loss
     * @param lost              fields lost
     * @param changed           fields changed
     * @param moved             fields moved
     * @param byConsumer        losses per consumer, in table order
     */
    public record Summary(int records, int recordsWithLosses, int lost, int changed, int moved, Map<String, Integer> byConsumer) {
        public Summary {
            byConsumer = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byConsumer));
        }

        /** All losses, whatever their effect. */
        public int total() {
            return lost + changed + moved;
        }
    }

    /** One row of the fact table. */
    record Row(String target, String field, String from, String effect, String consumer, String when,
               String detail, String source) {
    }

    private static final class Table {
        static final List<Row> ROWS = load();
        static final Map<String, String> SOURCES = sources();
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final String target;
    private final List<RecordLosses> records;

    private FidelityReport(String target, List<RecordLosses> records) {
        this.target = target;
        this.records = List.copyOf(records);
    }

    /** The report for these records exported to the target ({@code bibtex}, {@code biblatex}, {@code csl-json}, {@code zotero}). */
    public static FidelityReport of(String target, List<Reference> references) {
        return of(target, references, ZoteroCslJson.Options.DEFAULT);
    }

    /**
     * The report for these records exported to the target; for {@code zotero} the records are those the
     * Zotero export writes with these options (the note's archives left out unless asked, cited archival
     * documents deduplicated).
     */
    public static FidelityReport of(String target, List<Reference> references, ZoteroCslJson.Options options) {
        if (!TARGETS.contains(target)) {
            throw new IllegalArgumentException("unknown target " + target + " (known: " + String.join(", ", TARGETS) + ")");
        }
        List<Reference> refs = target.equals("zotero") ? ZoteroCslJson.exported(references, options) : references;
        List<Row> rows = rowsFor(target);
        Optional<ExportFormat> exporter = exporterFor(target);
        List<RecordLosses> out = new ArrayList<>();
        for (Reference r : refs) out.add(new RecordLosses(r.id(), r.span(), losses(target, r, rows, exporter)));
        return new FidelityReport(target, out);
    }

    private static List<Row> rowsFor(String target) {
        return Table.ROWS.stream().filter(r -> r.target().equals(target)).toList();
    }

    /** The bundled exporter of a BibTeX target, whose own findings are losses too. */
    private static Optional<ExportFormat> exporterFor(String target) {
        Optional<ExportFormat> exporter = Optional.empty();
        if (target.equals("bibtex") || target.equals("biblatex")) {
            for (ExportFormat f : ServiceLoader.load(ExportFormat.class)) {
                if (f.name().equals(target)) exporter = Optional.of(f);
            }
        }
        return exporter;
    }

    /** The target this report is for. */
    public String target() {
        return target;
    }

    /** Every record examined, with its losses (possibly none), in export order. */
    public List<RecordLosses> records() {
        return records;
    }

    /** Counts over all records. */
    public Summary summary() {
        return tally().summary();
    }

    private Tally tally() {
        Tally t = new Tally(target, List.of(), Optional.empty());
        records.forEach(t::count);
        return t;
    }

    /**
     * The summary of an export made record by record: each record written is {@link #add added} as it
     * goes and only the counts are kept, so that a streamed export holds no record for its fidelity line.
     * {@link #summaryLine()} is the line {@link FidelityReport#summaryLine()} gives for the same records.
     */
    public static final class Tally {
        private final String target;
        private final List<Row> rows;
        private final Optional<ExportFormat> exporter;
        private int records, with, lost, changed, moved;
        private final Map<String, Integer> by = new LinkedHashMap<>();
        private final Map<String, Integer> recordsByConsumer = new LinkedHashMap<>();

        private Tally(String target, List<Row> rows, Optional<ExportFormat> exporter) {
            this.target = target;
            this.rows = rows;
            this.exporter = exporter;
        }

        /** The tally for records written to the target; for {@code zotero}, add the records the Zotero export writes. */
        public static Tally of(String target) {
            if (!TARGETS.contains(target)) {
                throw new IllegalArgumentException("unknown target " + target + " (known: " + String.join(", ", TARGETS) + ")");
            }
            return new Tally(target, rowsFor(target), exporterFor(target));
        }

        /** Counts the losses of one record written. */
        public void add(Reference r) {
            count(new RecordLosses(r.id(), r.span(), losses(target, r, rows, exporter)));
        }

        private void count(RecordLosses r) {
            records++;
            if (!r.losses().isEmpty()) with++;
            for (Loss l : r.losses()) {
                switch (l.effect()) {
                    case "lost" -> lost++;
                    case "changed" -> changed++;
                    default -> moved++;
                }
                by.merge(l.consumer(), 1, Integer::sum);
            }
            r.losses().stream().map(Loss::consumer).distinct().forEach(c -> recordsByConsumer.merge(c, 1, Integer::sum));
        }

        /** The counts so far. */
        public Summary summary() {
            return new Summary(records, with, lost, changed, moved, by);
        }

        /** The one-line summary of the records added (see {@link FidelityReport#summaryLine()}). */
        public String summaryLine() {
            Summary s = summary();
            if (s.total() == 0) {
                return "fidelity (" + target + "): all " + s.records() + " records carried without known losses";
            }
            // Records per reader: what a style (a .bst) or an importer ignores is not something the file failed to hold.
            StringBuilder readers = new StringBuilder();
            recordsByConsumer.forEach((c, n) -> readers.append(readers.length() == 0 ? "" : ", ").append(c).append(": ").append(n));
            return "fidelity (" + target + "): the file holds what opis writes (what the format itself cannot hold is listed as notes, -v); "
                    + "readers ignore or alter fields of " + s.recordsWithLosses() + " of " + s.records() + " records ("
                    + s.lost() + " lost, " + s.changed() + " changed, " + s.moved() + " moved; records by reader — " + readers
                    + "); details: opis fidelity FILE --to " + target;
        }
    }

    /**
     * The one-line summary printed after an export, e.g.
     * {@code fidelity (zotero): 12 of 44 records have fields moved or changed: 0 lost, 1 changed, 30 moved; details: opis fidelity FILE --to zotero}.
     */
    public static String summaryLine(String target, List<Reference> references) {
        if (!TARGETS.contains(target)) return "fidelity (" + target + "): no fidelity facts for this target";
        return of(target, references).summaryLine();
    }

    /** This report's one-line summary. */
    public String summaryLine() {
        return tally().summaryLine();
    }

    /**
     * The report as JSON: {@code {"target","records":[{"id","losses":[{"field","effect","consumer","detail","source"}]}],
     * "summary":{"records","recordsWithLosses","lost","changed","moved","byConsumer":{…}}}}; every record is listed
     * (with an empty list when nothing is lost), {@code source} is the full reference of the fact.
     */
    public ObjectNode toJson() {
        ObjectNode root = F.objectNode();
        root.put("target", target);
        ArrayNode recs = root.putArray("records");
        for (RecordLosses r : records) {
            ObjectNode o = recs.addObject();
            o.put("id", r.id());
            ArrayNode ls = o.putArray("losses");
            for (Loss l : r.losses()) {
                ObjectNode x = ls.addObject();
                x.put("field", l.field());
                x.put("effect", l.effect());
                x.put("consumer", l.consumer());
                x.put("detail", l.detail());
                x.put("source", sourceText(l.source()));
            }
        }
        Summary s = summary();
        ObjectNode sum = root.putObject("summary");
        sum.put("records", s.records());
        sum.put("recordsWithLosses", s.recordsWithLosses());
        sum.put("lost", s.lost());
        sum.put("changed", s.changed());
        sum.put("moved", s.moved());
        ObjectNode by = sum.putObject("byConsumer");
        s.byConsumer().forEach(by::put);
        return root;
    }

    /** The report as text, one line per loss under each record that has any, then the summary and the sources. */
    public String toText(String file) {
        StringBuilder b = new StringBuilder();
        b.append(file).append(": fidelity of an export to ").append(target).append('\n');
        Set<String> used = new java.util.LinkedHashSet<>();
        for (RecordLosses r : records) {
            if (r.losses().isEmpty()) continue;
            b.append(file).append(':').append(r.span().line()).append(':').append(r.span().column()).append(": ")
                    .append(r.id()).append('\n');
            for (Loss l : r.losses()) {
                b.append("  ").append(pad(l.effect(), 8)).append(pad(l.field(), 20)).append(l.consumer()).append(": ")
                        .append(l.detail()).append(' ').append(l.source()).append('\n');
                used.add(l.source());
            }
        }
        Summary s = summary();
        b.append("summary: ").append(s.records()).append(" records, ").append(s.recordsWithLosses()).append(" with losses: ")
                .append(s.lost()).append(" lost, ").append(s.changed()).append(" changed, ").append(s.moved()).append(" moved");
        if (!s.byConsumer().isEmpty()) {
            b.append(" (");
            int i = 0;
            for (Map.Entry<String, Integer> e : s.byConsumer().entrySet()) {
                if (i++ > 0) b.append(", ");
                b.append(e.getKey()).append(' ').append(e.getValue());
            }
            b.append(')');
        }
        b.append('\n');
        for (String u : used) {
            if (Table.SOURCES.containsKey(u)) b.append(u).append(' ').append(Table.SOURCES.get(u)).append('\n');
        }
        return b.toString();
    }

    /** The full text of a source key such as {@code [ZBIB]} ("[ZBIB] github.com/zotero/translators …"). */
    static String sourceText(String key) {
        String t = Table.SOURCES.get(key);
        return t == null ? key : key + " " + t;
    }

    private static String pad(String s, int w) {
        StringBuilder b = new StringBuilder(s);
        do b.append(' '); while (b.length() < w);
        return b.toString();
    }

    // ---------------------------------------------------------------------------------- evaluation

    private static List<Loss> losses(String target, Reference r, List<Row> rows, Optional<ExportFormat> exporter) {
        ObjectNode item = CslJson.item(r);
        List<Loss> out = new ArrayList<>();
        if (target.equals("bibtex") || target.equals("biblatex")) {
            Optional<Set<String>> written = Optional.empty();
            if (exporter.isPresent()) {
                try {
                    StringWriter w = new StringWriter();
                    List<Diagnostic> ds = exporter.get().write(List.of(r), w);
                    written = Optional.of(BibFields.names(w.toString()));
                    for (Diagnostic d : ds) out.addAll(exporterLosses(target, r.id(), d));
                } catch (IOException | RuntimeException e) {
                    written = Optional.empty();
                }
            }
            out.addAll(unreadable(target, r));
            for (Row row : rows) {
                boolean present = written.isPresent() ? written.get().contains(row.field())
                        : !row.from().equals("-") && has(item, row.from());
                if (!present) continue;
                if (row.when().equals("no-langid")) {
                    boolean langid = written.isPresent() ? written.get().contains("langid")
                            : target.equals("biblatex") && has(item, "language");
                    if (langid || english(item)) continue;
                } else if (!row.when().equals("always")) {
                    continue;
                }
                String from = row.from().equals("-") || row.from().equals(row.field()) ? "" : " (from " + row.from() + ")";
                out.add(loss(row, row.field(), row.detail() + (written.isPresent() ? "" : from)));
            }
            return out;
        }
        ZoteroItemTypes types = ZoteroItemTypes.standard();
        ZoteroItemTypes.ItemType zt = types.forItem(item);
        Set<String> done = new HashSet<>(); // consumer + variable already reported by an explicit row
        ZoteroCslJson.Item converted = target.equals("zotero") ? ZoteroCslJson.convert(r) : null;
        for (Row row : rows) {
            if (!row.field().equals("*")) {
                if (!has(item, row.field())) continue;
                boolean applies = switch (row.when()) {
                    case "always" -> true;
                    case "type-unknown" -> !types.knowsCslType(item.path("type").asText(""));
                    case "type-not-importable" -> !types.isImportable(item.path("type").asText(""));
                    default -> false;
                };
                if (!applies) continue;
                done.add(row.consumer() + "\u0000" + row.field());
                out.add(loss(row, row.field(), row.detail()));
                continue;
            }
            switch (row.when()) {
                case "invalid-for-zotero-type" -> {
                    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                        String var = it.next().getKey();
                        if (skip(var) || !has(item, var) || done.contains(row.consumer() + "\u0000" + var)) continue;
                        if (types.kind(var).map(k -> k == ZoteroItemTypes.Kind.NAME).orElse(false)) continue;
                        if (zt.fieldFor(var).isPresent() && types.isCslVariable(var)) continue;
                        out.add(loss(row, var, "Zotero's " + zt.name() + " has no field for " + var + "; its CSL-JSON import skips it (use --to zotero to keep it in Extra)"));
                    }
                }
                case "role-not-in-type", "role-unknown" -> {
                    Set<String> known = knownRoles(types);
                    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                        String var = it.next().getKey();
                        if (!isNames(types, item, var) || zt.creatorTypeFor(var).isPresent()) continue;
                        boolean roleKnown = known.contains(var);
                        if (row.when().equals("role-not-in-type") && roleKnown) {
                            out.add(loss(row, var, "Zotero's " + zt.name() + " has no " + var + " role: Zotero files these names as "
                                    + zt.primaryCreatorType()));
                        } else if (row.when().equals("role-unknown") && !roleKnown) {
                            out.add(loss(row, var, row.detail()));
                        }
                    }
                }
                case "name-parts" -> {
                    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                        String var = it.next().getKey();
                        if (!isNames(types, item, var) || zt.creatorTypeFor(var).isEmpty()) continue;
                        for (JsonNode n : item.get(var)) {
                            if (n.hasNonNull("dropping-particle") || n.hasNonNull("non-dropping-particle") || n.hasNonNull("suffix")) {
                                out.add(loss(row, var, row.detail()));
                                break;
                            }
                        }
                    }
                }
                case "zotero-extra", "zotero-changed" -> {
                    if (converted == null) break;
                    ZoteroCslJson.Where want = row.when().equals("zotero-extra") ? ZoteroCslJson.Where.EXTRA : ZoteroCslJson.Where.CHANGED;
                    for (ZoteroCslJson.Placement p : converted.placements()) {
                        if (p.where() == want) out.add(loss(row, p.variable(), p.detail()));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /**
     * What the exporter itself said it could not carry: one loss per variable named in a
     * "… has no field for a, b" finding, else one loss named by the finding's code.
     */
    /**
     * CSL-JSON properties citeproc-java could not read as written (a wrong type, an impossible date):
     * kept verbatim for CSL-JSON output only, so a BibTeX export loses them.
     */
    private static List<Loss> unreadable(String target, Reference r) {
        List<Loss> out = new ArrayList<>();
        ObjectNode read = CslJson.itemData(CslRecords.csl(r));
        for (String key : r.extra().keySet()) {
            if (!key.startsWith(CslJson.EXTRA_PREFIX)) continue;
            String var = key.substring(CslJson.EXTRA_PREFIX.length());
            if (read.has(var) || !ZoteroItemTypes.standard().isCslVariable(var)) continue;
            out.add(new Loss(var, "lost", "opis " + target + " export", "the CSL-JSON value could not be read (wrong type or impossible value; "
                    + "see the csl-json findings): kept only in CSL-JSON output", "[opis csl-json reader]"));
        }
        return out;
    }

    private static List<Loss> exporterLosses(String target, String id, Diagnostic d) {
        String message = d.message().startsWith(id + ": ") ? d.message().substring(id.length() + 2) : d.message();
        String consumer = "opis " + target + " export";
        String source = "[opis " + target + " exporter: " + d.code() + "]";
        String marker = "has no field for ";
        int at = message.indexOf(marker);
        List<Loss> out = new ArrayList<>();
        if (at >= 0) {
            for (String v : message.substring(at + marker.length()).split(",")) {
                String var = v.strip();
                if (!var.isEmpty()) out.add(new Loss(var, "lost", consumer, target + " has no field for " + var + ": not written", source));
            }
        }
        if (out.isEmpty()) out.add(new Loss(d.code(), "lost", consumer, message, source));
        return out;
    }

    private static Loss loss(Row row, String field, String detail) {
        return new Loss(field, row.effect(), row.consumer(), detail, row.source());
    }

    private static boolean skip(String var) {
        return var.equals("id") || var.equals("type") || var.equals("note");
    }

    private static boolean has(ObjectNode item, String var) {
        JsonNode v = item.get(var);
        if (v == null || v.isNull()) return false;
        if (v.isTextual()) return !v.asText().isBlank();
        if (v.isContainerNode()) return !v.isEmpty();
        return true;
    }

    private static boolean english(ObjectNode item) {
        String lang = item.path("language").asText("").strip().toLowerCase(Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-") || lang.startsWith("en_") || lang.equals("english");
    }

    private static boolean isNames(ZoteroItemTypes types, ObjectNode item, String var) {
        return types.kind(var).map(k -> k == ZoteroItemTypes.Kind.NAME).orElse(false) && item.get(var).isArray();
    }

    private static Set<String> knownRoles(ZoteroItemTypes types) {
        Set<String> s = new HashSet<>();
        types.itemTypes().values().forEach(t -> s.addAll(t.names().keySet()));
        return s;
    }

    // ------------------------------------------------------------------------------------- loading

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = reader()) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (c.length != 8) throw new IllegalStateException("fidelity.tsv: expected 8 columns: " + line);
                rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled fidelity table", e);
        }
        return List.copyOf(rows);
    }

    /** The {@code #   [KEY] text} lines of the table's header: what each source key stands for. */
    private static Map<String, String> sources() {
        Map<String, String> m = new LinkedHashMap<>();
        try (BufferedReader r = reader()) {
            String line;
            String key = null;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) continue;
                String t = line.substring(1).strip();
                if (t.startsWith("[") && t.indexOf(']') > 0) {
                    key = t.substring(0, t.indexOf(']') + 1);
                    m.put(key, t.substring(t.indexOf(']') + 1).strip());
                } else if (key != null && line.startsWith("#            ")) {
                    m.put(key, m.get(key) + " " + t);
                } else {
                    key = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled fidelity table", e);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static BufferedReader reader() throws IOException {
        InputStream in = FidelityReport.class.getResourceAsStream("fidelity.tsv");
        if (in == null) throw new IOException("missing resource org/opis/report/fidelity.tsv");
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The rows of the fact table (for tests and documentation). */
    static List<Row> rows() {
        return Table.ROWS;
    }
}
