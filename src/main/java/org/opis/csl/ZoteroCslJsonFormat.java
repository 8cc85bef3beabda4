package org.opis.csl;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.ParsedRecords;
import org.opis.spi.ExportFormat;
import org.opis.spi.ImportFormat;
import org.opis.text.SourceText;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Zotero-flavoured CSL-JSON as an export format ({@code zotero}, {@code .json}): import the file in
 * Zotero with File → Import…; archives, archive locations and original titles all arrive, either
 * as fields (Archive, Loc. in Archive) or as lines of the Extra field. As an import format
 * ({@code --from zotero}) it reads such a file, or a CSL-JSON export of Zotero, turning the
 * {@code key: value} lines of each note back into variables; it is never picked automatically.
 */
public final class ZoteroCslJsonFormat implements ExportFormat, ImportFormat {

    private final ZoteroCslJson.Options options;

    /** The format with default options (the note's archives themselves are not exported). */
    public ZoteroCslJsonFormat() {
        this(ZoteroCslJson.Options.DEFAULT);
    }

    /** The format with the given options. */
    public ZoteroCslJsonFormat(ZoteroCslJson.Options options) {
        this.options = options;
    }

    /** The options this format writes with. */
    public ZoteroCslJson.Options options() {
        return options;
    }

    @Override
    public String name() {
        return "zotero";
    }

    @Override
    public String extension() {
        return ".json";
    }

    @Override
    public String description() {
        return "CSL-JSON for Zotero's importer (File → Import…): what Zotero would drop goes to Extra";
    }

    /**
     * Writes the records; returns one {@code info} finding per variable that went to Extra
     * ({@code zotero/extra}) or was altered to fit Zotero ({@code zotero/changed}), at the record's place.
     */
    @Override
    public List<Diagnostic> write(List<Reference> references, Writer out) throws IOException {
        out.write(ZoteroCslJson.write(references, options));
        List<Diagnostic> notes = new ArrayList<>();
        for (Reference r : ZoteroCslJson.exported(references, options)) {
            for (ZoteroCslJson.Placement p : ZoteroCslJson.convert(r).placements()) {
                String code = p.where() == ZoteroCslJson.Where.EXTRA ? "zotero/extra" : "zotero/changed";
                notes.add(Diagnostic.info(code, r.span(), r.id() + ": " + p.detail()));
            }
        }
        return notes;
    }

    /**
     * Writes item by item, in the order of {@link #write} (the cited archival documents, which only a note
     * has, at the end); the findings are those of {@link #write}, in its order.
     */
    @Override
    public org.opis.spi.RecordWriter open(Writer out, java.util.function.Consumer<Reference> written) {
        List<Diagnostic> notes = new ArrayList<>();
        CslJson.ArrayOut array;
        try {
            array = new CslJson.ArrayOut(out, written, r -> {
                ZoteroCslJson.Item item = ZoteroCslJson.convert(r);
                for (ZoteroCslJson.Placement p : item.placements()) {
                    String code = p.where() == ZoteroCslJson.Where.EXTRA ? "zotero/extra" : "zotero/changed";
                    notes.add(Diagnostic.info(code, r.span(), r.id() + ": " + p.detail()));
                }
                return item.json();
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new org.opis.spi.RecordWriter() {
            private final ZoteroCslJson.Exporting exporting = new ZoteroCslJson.Exporting(options, r -> {
                try {
                    array.add(r);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            @Override
            public void add(Reference record) throws IOException {
                exporting.addWriting(record);
            }

            @Override
            public List<Diagnostic> finish() throws IOException {
                exporting.finishWriting();
                array.finish();
                return notes;
            }
        };
    }

    /** Hands each record on as soon as its item is read (see {@link CslJson#read(SourceText, java.util.function.Consumer)}), its note's lines lifted. */
    @Override
    public List<Diagnostic> read(SourceText source, java.util.function.Consumer<Reference> sink) {
        return CslJson.read(source, r -> sink.accept(ZoteroCslJson.liftNote(r)));
    }

    /** Never chosen automatically (plain CSL-JSON reads these files too); ask for it with {@code --from zotero}. */
    @Override
    public int confidence(SourceText source) {
        return 0;
    }

    @Override
    public ParsedRecords read(SourceText source) {
        return ZoteroCslJson.read(source);
    }
}
