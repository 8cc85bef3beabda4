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
