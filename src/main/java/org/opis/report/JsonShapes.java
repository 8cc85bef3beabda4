package org.opis.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.model.Diagnostic;
import org.opis.model.Span;

import java.util.Collection;

/**
 * The JSON shapes other tools read from opis (named in the issues; keep them exactly):
 * a span is {@code {"line","column"}}, a diagnostic is
 * {@code {"code","severity","span":{…},"message","fix"}} with {@code fix} null when there is none.
 */
public final class JsonShapes {

    /** One shared, read-only-configured mapper (thread-safe once configured). */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonShapes() {
    }

    public static ObjectNode span(Span s) {
        ObjectNode n = F.objectNode();
        n.put("line", s.line());
        n.put("column", s.column());
        return n;
    }

    public static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode n = F.objectNode();
        n.put("code", d.code());
        n.put("severity", d.severity().word());
        n.set("span", span(d.span()));
        n.put("message", d.message());
        if (d.fix().isPresent()) n.put("fix", d.fix().get()); else n.putNull("fix");
        return n;
    }

    public static ArrayNode diagnostics(Collection<Diagnostic> ds) {
        ArrayNode a = F.arrayNode();
        ds.forEach(d -> a.add(diagnostic(d)));
        return a;
    }
}
