package org.opis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.archival.ArchivalCitation;
import org.opis.archival.Level;
import org.opis.model.Diagnostic;

import java.io.UncheckedIOException;

/**
 * The JSON object of one archival citation, as other tools read it:
 * {@code {"input","scheme","archive":{"id","name"}|null,"levels":[{"level","value"}],"valid",
 * "diagnostics":[{"code","severity","column","message","fix"}],"normalized":{"en","gost"}}}.
 * {@code fix} and {@code gost} are null when there is none.
 */
public final class ArchivalJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private ArchivalJson() {
    }

    /** The JSON object of one citation. */
    public static ObjectNode of(ArchivalCitation c) {
        ObjectNode n = F.objectNode();
        n.put("input", c.input());
        n.put("scheme", c.scheme());
        if (c.archive().isPresent() && c.archive().get().known()) {
            ObjectNode a = n.putObject("archive");
            a.put("id", c.archive().get().id());
            a.put("name", c.archive().get().name());
        } else {
            n.putNull("archive");
        }
        ArrayNode levels = n.putArray("levels");
        for (Level l : c.levels()) {
            ObjectNode o = levels.addObject();
            o.put("level", l.level());
            o.put("value", l.value());
        }
        n.put("valid", c.valid());
        ArrayNode ds = n.putArray("diagnostics");
        for (Diagnostic d : c.diagnostics()) {
            ds.add(JsonShapes.columnDiagnostic(d.code(), d.severity(), d.span().column(), d.message(), d.fix()));
        }
        ObjectNode norm = n.putObject("normalized");
        norm.put("en", c.english());
        if (c.gost().isPresent()) norm.put("gost", c.gost().get()); else norm.putNull("gost");
        return n;
    }

    /** One line of JSON Lines for a citation. */
    public static String line(ArchivalCitation c) {
        try {
            return COMPACT.writeValueAsString(of(c));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
