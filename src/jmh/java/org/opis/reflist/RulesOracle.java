package org.opis.reflist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.opis.batch.LineJob;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.report.JsonShapes;
import org.opis.text.SourceText;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Byte-identity oracle for speed work on the reader, run from the project root:
 * {@code RulesOracle OUT_DIR GOLD_ENTRIES_FILE [rulesonly]} (one entry a line, e.g. the texts of references/{@literal *}/gold.jsonl).
 * Writes the rules-alone records and findings of every entry (no tagger, no chooser: {@code gold.rules.jsonl}), then, unless
 * {@code rulesonly}, {@code LineJob.REFERENCES} of every entry ({@code gold.lines.jsonl}) and {@code parse --format json} with
 * standard error and exit status of every list and note under references/. Diff two builds' OUT_DIRs ({@code diff -r}).
 */
public final class RulesOracle {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        var seg = org.opis.reflist.segment.Segmenter.bundled();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("gold.rules.jsonl")))) {
            for (String l : lines) {
                SourceText src = new SourceText("line", "## References\n\n" + l);
                ParsedRecords p = ReferenceListParser.parse(src, null, seg);
                ObjectNode o = JsonShapes.MAPPER.createObjectNode();
                ArrayNode a = o.putArray("records");
                for (Reference r : p.references()) a.add(JsonShapes.reference(r));
                o.set("diagnostics", JsonShapes.diagnostics(p.diagnostics()));
                w.println(JsonShapes.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
            }
        }
        if (args.length > 2 && args[2].equals("rulesonly")) return;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("gold.lines.jsonl")))) {
            for (String l : lines) w.println(LineJob.REFERENCES.apply(l));
        }
        List<Path> inputs = org.opis.bench.SameOutput.inputs();
        for (Path in : inputs) {
            String name = in.getParent().getFileName() + "-" + in.getFileName();
            var cl = org.opis.cli.Main.commandLine();
            StringWriter o = new StringWriter(), e = new StringWriter();
            cl.setOut(new PrintWriter(o, true));
            cl.setErr(new PrintWriter(e, true));
            int status = cl.execute("parse", in.toString(), "--format", "json");
            cl.getOut().flush(); cl.getErr().flush();
            Files.writeString(out.resolve(name + ".json"), o + "\n--stderr--\n" + e + "\nexit " + status + "\n", StandardCharsets.UTF_8);
        }
        System.out.println(lines.size() + " gold entries, " + inputs.size() + " inputs");
    }
}
