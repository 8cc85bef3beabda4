package org.opis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.archival.ArchivalCitation;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.csl.CslFormatter;
import org.opis.csl.CslJson;
import org.opis.csl.CslStyle;
import org.opis.csl.FormattedEntry;
import org.opis.csl.OutputFormat;
import org.opis.model.Reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data the interactive HTML report shows when a citation is selected, embedded in the page as
 * JSON: per citation its status, pinpoint and reason, the record it resolved to (as written, as
 * CSL-JSON and formatted in {@value #STYLE}) and, for an archival citation, its levels and normal forms.
 */
final class ReportData {

    /** The style the formatted entry is shown in. */
    static final String STYLE = "chicago-author-date";

    private ReportData() {
    }

    /** The JSON text, safe inside a {@code <script>} element of HTML and of XHTML (no {@code <}, {@code >} or {@code &}). */
    static String json(CheckedNote note) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("style", STYLE);
        Map<String, String> formatted = formatted(note);
        ObjectNode records = root.putObject("records");
        for (Reference r : note.references()) {
            if (records.has(r.id())) continue;
            ObjectNode o = records.putObject(r.id());
            o.put("raw", r.raw().strip());
            o.set("csl", CslJson.item(r));
            o.put("formatted", formatted.getOrDefault(r.id(), ""));
            o.put("archive", r.archive());
        }
        ArrayNode cits = root.putArray("citations");
        for (int i = 0; i < note.citations().size(); i++) {
            CheckedCitation c = note.citations().get(i);
            ObjectNode o = cits.addObject();
            o.put("n", i + 1);
            o.put("text", c.citation().text());
            o.put("line", c.citation().span().line());
            o.put("column", c.citation().span().column());
            o.put("kind", c.citation().kind().word());
            o.put("status", CheckHtml.cssClass(c));
            o.put("statusWords", CheckHtml.statusWords(c));
            if (c.resolvesTo().isPresent()) o.put("resolvesTo", c.resolvesTo().get()); else o.putNull("resolvesTo");
            ArrayNode cand = o.putArray("candidates");
            c.candidates().forEach(cand::add);
            o.put("reason", c.reason());
            o.put("pinpoint", CheckHtml.locators(c.locators()));
            Optional<ArchivalCitation> a = c.archival().flatMap(r -> r.detail()).filter(d -> d instanceof ArchivalCitation)
                    .map(d -> (ArchivalCitation) d);
            if (a.isPresent()) o.set("archival", ArchivalJson.of(a.get())); else o.putNull("archival");
        }
        try {
            // <, > and & only occur inside JSON strings: as \\u escapes the text is safe in HTML and in XML
            return JsonShapes.MAPPER.writeValueAsString(root).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each record formatted as a bibliography entry; empty when the style cannot format them. */
    private static Map<String, String> formatted(CheckedNote note) {
        Map<String, String> out = new HashMap<>();
        if (note.references().isEmpty()) return out;
        try {
            CslFormatter fmt = new CslFormatter(CslStyle.load(STYLE), Optional.empty(), OutputFormat.TEXT);
            for (FormattedEntry e : fmt.bibliography(note.references()).bibliography()) out.put(e.id(), e.text().strip());
        } catch (Exception | LinkageError e) {
            // the report still works without formatted entries
        }
        return out;
    }
}
