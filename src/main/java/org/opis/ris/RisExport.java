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
        List<Diagnostic> findings = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        // The items Zotero's CSL-JSON export would hold (works, then one item per archival document the
        // text cites), in the Zotero flavour: RIS and the Zotero CSL-JSON carry the same fields into Zotero.
        List<Reference> exported = ZoteroCslJson.exported(references, ZoteroCslJson.Options.DEFAULT);
        com.fasterxml.jackson.databind.node.ArrayNode items = ZoteroCslJson.array(references, ZoteroCslJson.Options.DEFAULT);
        for (int i = 0; i < exported.size(); i++) {
            Reference r = exported.get(i);
            ObjectNode item = (ObjectNode) items.get(i);
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
        out.write(sb.toString());
        out.flush();
        return findings;
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
