package org.opis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.cite.CheckedNote;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The findings of {@code opis check} as SARIF 2.1.0, the format code-scanning tools and editors
 * read (GitHub code scanning, VS Code SARIF viewer): one run, one rule per finding code, one
 * result per finding with its file, line and column; the suggested fix is part of the message.
 */
public final class CheckSarif {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CheckSarif() {
    }

    public static String write(CheckedNote note, String toolVersion) {
        try {
            return JsonShapes.MAPPER.writeValueAsString(document(note, toolVersion));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode document(CheckedNote note, String toolVersion) {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "opis");
        driver.put("version", toolVersion);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Diagnostic d : note.diagnostics()) {
            if (ruleIndex.containsKey(d.code())) continue;
            ruleIndex.put(d.code(), ruleIndex.size());
            ObjectNode r = rules.addObject();
            r.put("id", d.code());
            r.putObject("defaultConfiguration").put("level", level(d.severity()));
        }
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : note.diagnostics()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", d.code());
            r.put("ruleIndex", ruleIndex.get(d.code()));
            r.put("level", level(d.severity()));
            r.putObject("message").put("text", d.message() + d.fix().map(f -> " (fix: " + f + ")").orElse(""));
            ObjectNode loc = r.putArray("locations").addObject().putObject("physicalLocation");
            loc.putObject("artifactLocation").put("uri", note.name());
            ObjectNode region = loc.putObject("region");
            region.put("startLine", d.span().line());
            region.put("startColumn", d.span().column());
        }
        return root;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
