package org.opis;

import org.opis.cite.ArchivalReader;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationChecker;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's front door: entry points that run opis's pipelines on a note or a data file.
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
        if (read.binary()) return new ParsedRecords(List.of(), read.diagnostics());
        ParsedRecords parsed = parse(read.source());
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(parsed.diagnostics());
        return new ParsedRecords(parsed.references(), all);
    }

    /**
     * Checks a note: reads its reference list, finds every citation of its body and notes, links
     * each to the list (or says why not), validates its archival citations, and gathers every
     * finding with the figures. Never throws on bad text.
     */
    public static CheckedNote check(SourceText source) {
        return check(source, parse(source));
    }

    /** Checks a note whose reference list was already read (or imported from elsewhere). */
    public static CheckedNote check(SourceText source, ParsedRecords records) {
        return new CitationChecker(archivalReader(records.references())).check(source, records);
    }

    /**
     * Reads a file (UTF-8) and checks it; findings about the bytes come first.
     *
     * @throws SourceReader.UnreadableException when the file is missing or cannot be read
     */
    public static CheckedNote check(Path file) throws SourceReader.UnreadableException {
        return check(SourceReader.read(file.toString()));
    }

    /** Checks what {@link SourceReader} read, keeping its findings about the bytes. */
    public static CheckedNote check(SourceReader.Result read) {
        if (read.binary()) {
            ParsedRecords none = new ParsedRecords(List.of(), read.diagnostics());
            return new CitationChecker(archivalReader(List.of())).check(new SourceText(read.source().name(), ""), none);
        }
        return check(read.source(), parse(read));
    }

    private static ArchivalReader archivalReader(List<Reference> declared) {
        return org.opis.archival.EngineArchivalReader.forNote(declared);
    }
}
