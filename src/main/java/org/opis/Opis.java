package org.opis;

import org.opis.model.ParsedRecords;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.nio.file.Path;

/**
 * The library's front door: entry points that run opis's pipelines on a note or a data file.
 * (Filled in as the capabilities land: {@code check}, {@code parse}, exports.)
 */
public final class Opis {
    private Opis() {
    }

    /** The version of opis. */
    public static String version() {
        String v = Opis.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    /**
     * Reads the reference list of a note (found by its heading) or a bare list into records, with
     * the findings made on the way. Never throws on bad text.
     */
    public static ParsedRecords parse(SourceText source) {
        return ReferenceListParser.parse(source);
    }

    /**
     * Reads a file (UTF-8) and parses its reference list. Undecodable or binary content is reported
     * as findings ({@code input/encoding}, {@code input/binary}); binary content is not parsed.
     *
     * @throws SourceReader.UnreadableException when the file is missing or cannot be read
     */
    public static ParsedRecords parse(Path file) throws SourceReader.UnreadableException {
        return parse(SourceReader.read(file.toString()));
    }

    /** Parses what {@link SourceReader} read, keeping its findings about the bytes first. */
    public static ParsedRecords parse(SourceReader.Result read) {
        if (read.binary()) return new ParsedRecords(java.util.List.of(), read.diagnostics());
        ParsedRecords parsed = parse(read.source());
        java.util.List<org.opis.model.Diagnostic> all = new java.util.ArrayList<>(read.diagnostics());
        all.addAll(parsed.diagnostics());
        return new ParsedRecords(parsed.references(), all);
    }
}
