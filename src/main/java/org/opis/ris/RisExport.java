package org.opis.ris;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.csl.ZoteroCslJson;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.spi.ExportFormat;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Writes records as RIS ({@code TY  - BOOK} … {@code ER  - }), the tags Zotero, EndNote and Mendeley
 * write (see {@code org/opis/ris/fields.tsv}): archives as {@code DB}, the location in the archive as
 * {@code AN}, call numbers as {@code CN}, as Zotero's RIS translator does. The records written are those
 * of the Zotero export ({@link ZoteroCslJson#exported}), in its flavour, so RIS and the Zotero CSL-JSON
 * bring the same fields into Zotero. A CSL variable with no RIS
 * tag is reported as an info finding ({@code ris/not-carried}).
 */
public final class RisExport implements ExportFormat {

    /** The CSL-JSON properties RIS has no place for but which are not data (ignored silently). */
    private static final Set<String> SILENT = Set.of("id", "type", "citation-key");

    @Override
    public String name() {
        return "ris";
    }

    @Override
    public String extension() {
        return ".ris";
    }

    @Override
    public String description() {
        return "RIS, the tagged format of Zotero, EndNote, Mendeley and library catalogues";
    }

    @Override
    public List<Diagnostic> write(List<Reference> references, Writer out) throws IOException {
        org.opis.spi.RecordWriter w = open(out, r -> { });
        for (Reference r : references) w.add(r);
        return w.finish();
    }

    /**
     * Writes record by record. The records written are the items Zotero's CSL-JSON export would hold
     * (works, then one item per archival document the text cites), in the Zotero flavour: RIS and the
     * Zotero CSL-JSON carry the same fields into Zotero.
     */
    @Override
    public org.opis.spi.RecordWriter open(Writer out, java.util.function.Consumer<Reference> written) {
        List<Diagnostic> findings = new ArrayList<>();
        ZoteroCslJson.Exporting exporting = new ZoteroCslJson.Exporting(ZoteroCslJson.Options.DEFAULT, r -> {
            try {
                StringBuilder sb = new StringBuilder();
                record(r, ZoteroCslJson.convert(r).json(), sb, findings);
                out.write(sb.toString());
                written.accept(r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new org.opis.spi.RecordWriter() {
            @Override
            public void add(Reference record) throws IOException {
                exporting.addWriting(record);
            }

            @Override
            public List<Diagnostic> finish() throws IOException {
                exporting.finishWriting();
                out.flush();
                return findings;
            }
        };
    }

    /** One record, TY to ER and the blank line after it. */
    private static void record(Reference r, ObjectNode item, StringBuilder sb, List<Diagnostic> findings) {
        String type = item.path("type").asText("document");
        sb.append("TY  - ").append(RisTable.tyFor(type)).append("\r\n");
        Set<String> carried = new HashSet<>(SILENT);
        for (RisTable.Field f : RisTable.FIELDS) {
            if (!f.export() || !f.appliesTo(type) || !item.has(f.csl()) || carried.contains(f.csl())) continue;
            JsonNode v = item.get(f.csl());
            if (f.kind().equals("pages")) {
                // a simple range is SP (start) and EP (end), as Zotero writes it; anything else stays whole in SP
                String p = v.asText();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([^,\\s–-]+)\\s*[-–]+\\s*([^,\\s–-]+)\\s*$").matcher(p);
                if (m.matches()) {
                    line(sb, "SP", m.group(1));
                    line(sb, "EP", m.group(2));
                } else {
                    line(sb, "SP", p);
                }
                carried.add(f.csl());
                continue;
            }
            List<String> values = values(f, v);
            if (values.isEmpty()) continue;
            if (!f.kind().equals("year")) carried.add(f.csl()); // PY is the year; DA then gives the full date
            if (f.kind().equals("names")) {
                for (JsonNode n : v) {
                    String whole = n.hasNonNull("literal") ? n.get("literal").asText() : n.has("given") ? "" : n.path("family").asText("");
                    if (whole.contains(",")) {
                        findings.add(Diagnostic.info("ris/name-comma", r.span(), r.id() + ": the name '" + whole
                                + "' has a comma, which RIS readers (Zotero too) take for 'Family, Given'"));
                    }
                }
            }
            for (String s : values) {
                if (f.tag().equals("N1") || f.tag().equals("AB")) multiline(sb, f.tag(), s);
                else line(sb, f.tag(), s);
            }
        }
        for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (carried.contains(name)) continue;
            findings.add(Diagnostic.info("ris/not-carried", r.span(),
                    r.id() + ": RIS has no tag for " + name + " in a " + RisTable.tyFor(type) + " record; it is not written"));
        }
        sb.append("ER  - \r\n\r\n");
    }

    /** A value kept on several lines: the lines after the first are continuation lines, as Zotero reads them. */
    private static void multiline(StringBuilder sb, String tag, String value) {
        List<String> lines = value.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) return;
        sb.append(tag).append("  - ").append(lines.get(0)).append("\r\n");
        for (int i = 1; i < lines.size(); i++) sb.append(lines.get(i)).append("\r\n");
    }

    private static void line(StringBuilder sb, String tag, String value) {
        String v = value.replaceAll("\\s*\\R\\s*", " ").strip();
        if (!v.isEmpty()) sb.append(tag).append("  - ").append(v).append("\r\n");
    }

    private static List<String> values(RisTable.Field f, JsonNode v) {
        List<String> out = new ArrayList<>();
        switch (f.kind()) {
            case "names" -> {
                for (JsonNode n : v) {
                    if (n.hasNonNull("literal")) {
                        out.add(n.get("literal").asText());
                        continue;
                    }
                    String family = (n.path("non-dropping-particle").asText("") + " " + n.path("family").asText("")).strip();
                    String given = (n.path("given").asText("") + " " + n.path("dropping-particle").asText("")).strip();
                    String suffix = n.path("suffix").asText("");
                    out.add(family + (given.isEmpty() ? "" : ", " + given) + (suffix.isEmpty() ? "" : ", " + suffix));
                }
            }
            case "year" -> RisDates.year(v).ifPresent(out::add);
            case "date" -> RisDates.write(v).ifPresent(out::add);
            case "list" -> {
                for (String k : v.asText().split("\\s*[,;]\\s*")) if (!k.isBlank()) out.add(k);
            }
            default -> out.add(v.isTextual() ? v.asText() : v.toString());
        }
        return out;
    }
}
