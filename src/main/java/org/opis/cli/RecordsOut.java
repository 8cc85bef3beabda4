package org.opis.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.csl.CslJson;
import org.opis.model.CslRecords;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.report.JsonShapes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the output of {@code opis parse} one record at a time, as the records are read: a CSL-JSON
 * array, the {@code --format json} document ({@code {"references":[…],"diagnostics":[…]}}) or the
 * text lines. The bytes are those of writing the whole list at once ({@link CslJson#write(List,
 * Writer)}, {@link ParseCommand#writeJson}); only one record's JSON tree is in memory at a time, and
 * no record is kept after it is written, so {@code parse} holds the text and the findings, not the
 * records. {@link #accept} turns an {@link IOException} into an {@link UncheckedIOException}.
 */
final class RecordsOut implements Consumer<Reference> {

    /** The CSL-JSON items' mapper: as {@link CslJson}'s, a plain one (the generator does the indenting). */
    private static final ObjectMapper CSL = new ObjectMapper();

    private final ParseCommand.Format format;
    private final Writer out;
    private final String file;
    private JsonGenerator g;
    private int count;

    private RecordsOut(ParseCommand.Format format, Writer out, String file) {
        this.format = format;
        this.out = out;
        this.file = file;
    }

    /** Starts the output in {@code format} on {@code out}; {@code file} is the input's name, for the text lines. */
    static RecordsOut start(ParseCommand.Format format, Writer out, String file) throws IOException {
        RecordsOut o = new RecordsOut(format, out, file);
        if (format == ParseCommand.Format.text) return o;
        ObjectMapper mapper = format == ParseCommand.Format.json ? JsonShapes.MAPPER : CSL;
        o.g = mapper.getFactory().createGenerator(out);
        o.g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        o.g.setPrettyPrinter(new DefaultPrettyPrinter());
        if (format == ParseCommand.Format.json) {
            o.g.writeStartObject();
            o.g.writeFieldName("references");
        }
        o.g.writeStartArray();
        return o;
    }

    @Override
    public void accept(Reference r) {
        try {
            write(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    private void write(Reference r) throws IOException {
        switch (format) {
            case csl_json -> CSL.writeTree(g, CslJson.item(r));
            case json -> {
                ObjectNode o = JsonShapes.reference(r);
                ObjectNode conf = TaggerConfidence.of(r);
                if (conf != null) o.set("tagger", conf);
                JsonShapes.MAPPER.writeTree(g, o);
            }
            case text -> {
                var csl = CslRecords.csl(r);
                String title = csl.getTitle() != null ? csl.getTitle() : csl.getContainerTitle() != null ? csl.getContainerTitle() : "";
                out.write(file + ":" + r.span().line() + ":" + r.span().column() + ": " + r.id() + " ["
                        + (r.archive() ? "archive" : csl.getType()) + "] " + title + System.lineSeparator());
            }
        }
    }

    /** The records written so far. */
    int count() {
        return count;
    }

    /** Ends the output; {@code findings} are written at the end of the {@code --format json} document. */
    void finish(List<Diagnostic> findings) throws IOException {
        switch (format) {
            case csl_json -> {
                g.writeEndArray();
                g.close();
                out.write("\n");
            }
            case json -> {
                g.writeEndArray();
                g.writeFieldName("diagnostics");
                JsonShapes.MAPPER.writeTree(g, JsonShapes.diagnostics(findings));
                g.writeEndObject();
                g.close();
            }
            case text -> {
            }
        }
        out.flush();
    }
}
