package org.opis.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.csl.CslJson;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Severity;
import org.opis.model.Span;

import java.util.Collection;
import java.util.Optional;

/**
 * The JSON shapes other tools read from opis (named in the issues; keep them exactly):
 * a span is {@code {"line","column"}}, a diagnostic is
 * {@code {"code","severity","span":{…},"message","fix"}} with {@code fix} null when there is none,
 * an archival finding is {@code {"code","severity","column","message","fix"}}, and a reference is
 * {@code {"id","csl","span","raw","defects"}}.
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

    /** An archival finding, placed by its column in the citation: {@code {"code","severity","column","message","fix"}}. */
    public static ObjectNode columnDiagnostic(String code, Severity severity, int column, String message, Optional<String> fix) {
        ObjectNode n = F.objectNode();
        n.put("code", code);
        n.put("severity", severity.word());
        n.put("column", column);
        n.put("message", message);
        if (fix.isPresent()) n.put("fix", fix.get()); else n.putNull("fix");
        return n;
    }

    /** A reference as in {@code opis parse --format json}: {@code {"id","csl","span","raw","defects"}}. */
    public static ObjectNode reference(Reference r) {
        ObjectNode o = F.objectNode();
        o.put("id", r.id());
        o.set("csl", CslJson.item(r));
        o.set("span", span(r.span()));
        o.put("raw", r.raw());
        o.set("defects", diagnostics(r.defects()));
        return o;
    }

    public static ArrayNode diagnostics(Collection<Diagnostic> ds) {
        ArrayNode a = F.arrayNode();
        ds.forEach(d -> a.add(diagnostic(d)));
        return a;
    }
}
