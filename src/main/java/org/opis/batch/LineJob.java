package org.opis.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.archival.ArchivalCitation;
import org.opis.archival.ArchivalEngine;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.reflist.ReferenceListParser;
import org.opis.report.ArchivalJson;
import org.opis.report.JsonShapes;
import org.opis.text.SourceText;

import java.io.UncheckedIOException;

/**
 * One line of input in, one line of JSON out: the unit of work that streams ({@code opis archival},
 * {@code opis parse --lines}) and scales out ({@link org.opis.beam.ReferencePipeline}) share, so that
 * the command line and a cluster job give the same record for the same line.
 *
 * <p>Each line is read on its own: an archival citation ({@link #ARCHIVAL}, the shape of
 * {@code opis archival --format json}), or one complete reference string ({@link #REFERENCES}, the
 * shape of an element of {@code opis parse --format json}). Reading a line never depends on the
 * lines before it, which is what lets both run in any order and on any number of workers; a ditto
 * line ("———.") is therefore read without its antecedent, as a catalogue of independent strings
 * should be.
 */
public enum LineJob {

    /** An archival citation: {@code {"input","scheme","archive","levels","valid","diagnostics","normalized"}}. */
    ARCHIVAL {
        @Override
        public OrderedLines.Out record(String line) {
            ArchivalCitation c = ArchivalEngine.standard().parse(line);
            return new OrderedLines.Out(ArchivalJson.line(c), !c.valid());
        }
    },

    /** One reference string: {@code {"id","csl","span","raw","defects"}}, or {@code {"raw","error"}} when nothing was read. */
    REFERENCES {
        @Override
        public OrderedLines.Out record(String line) {
            // A one-entry list: the heading makes the parser read the line as an entry whatever its shape.
            SourceText src = new SourceText("line", HEADING + line);
            ParsedRecords parsed = ReferenceListParser.parse(src);
            ObjectNode o;
            if (parsed.references().isEmpty()) {
                o = JsonShapes.MAPPER.createObjectNode();
                o.put("raw", line.strip());
                o.set("error", JsonShapes.diagnostics(parsed.diagnostics()));
            } else {
                Reference r = parsed.references().get(0);
                o = JsonShapes.reference(r);
                o.remove("span"); // spans would point into the synthetic one-entry list
            }
            try {
                return new OrderedLines.Out(COMPACT.writeValueAsString(o), parsed.hasErrors());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final String HEADING = "## References\n\n";
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT =
            JsonShapes.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    /** The JSON line for one input line and whether it has error-level findings; never throws on bad text. */
    public abstract OrderedLines.Out record(String line);

    /** The JSON line for one input line (what {@link #record} writes). */
    public String apply(String line) {
        return record(line).text();
    }

    /** Is this line worth a record (not blank)? Blank lines are skipped by every runner alike. */
    public static boolean wanted(String line) {
        return line != null && !line.isBlank();
    }
}
