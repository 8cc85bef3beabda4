package org.opis;

import org.opis.cite.ArchivalReader;
import org.opis.archival.ArchivalCitation;
import org.opis.archival.ArchivalCsl;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.csl.ZoteroCslJson;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.cite.CitationChecker;
import org.opis.cite.NoteWorks;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * Parses what {@link SourceReader} read; when {@code fromNotes} is set and the text has no
     * reference list, the works given in full in its notes take the list's place (notes-bibliography
     * style without a bibliography, see {@link NoteWorks}): the finding
     * {@code reflist/no-reference-section} becomes the information {@code citation/works-from-notes}.
     */
    public static ParsedRecords parse(SourceReader.Result read, boolean fromNotes) {
        ParsedRecords parsed = parse(read);
        if (!fromNotes || read.binary() || !parsed.references().isEmpty()) return parsed;
        NoteWorks works = NoteWorks.of(read.source(), archivalReader(List.of()));
        if (works.references().isEmpty()) return parsed;
        List<Diagnostic> all = new ArrayList<>();
        for (Diagnostic d : parsed.diagnostics()) {
            if (d.code().equals("reflist/no-reference-section")) {
                all.add(Diagnostic.info(CitationChecker.WORKS_FROM_NOTES, d.span(), "no reference list: the "
                        + works.references().size() + " works given in full in the notes serve as the reference list"));
            } else {
                all.add(d);
            }
        }
        works.references().forEach(r -> all.addAll(r.defects()));
        all.sort(null);
        return new ParsedRecords(works.references(), all);
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

    /**
     * The archival documents cited in the note's text, one record per archival citation (in text order,
     * not yet deduplicated: the Zotero export does that), each a CSL {@code manuscript} item with the
     * archive and the location above the leaves ({@code archive_location}), marked with
     * {@link ZoteroCslJson#CITED_ARCHIVAL}. Citations with no location (an archive named alone) are left out.
     */
    public static List<Reference> citedArchivalDocuments(CheckedNote note) {
        List<Reference> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        note.references().forEach(r -> ids.add(r.id()));
        com.ibm.icu.text.Transliterator ascii = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        for (CheckedCitation cc : note.citations()) {
            if (cc.archival().isEmpty()) continue;
            Optional<ArchivalCitation> c = cc.archival().get().detail()
                    .filter(d -> d instanceof ArchivalCitation).map(d -> (ArchivalCitation) d);
            if (c.isEmpty() || c.get().location().isBlank()) continue;
            String base = documentId(c.get(), ascii);
            String id = base;
            for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
            CSLItemData item = ArchivalCsl.item(c.get(), id, Optional.empty());
            out.add(ZoteroCslJson.citedDocument(id, item, cc.citation().span(), c.get().input()));
        }
        return out;
    }

    /** A readable id for a cited document: archive and location reduced to ASCII letters and digits ("rgaspi-f-495-op-201-d-1-1"). */
    private static String documentId(ArchivalCitation c, com.ibm.icu.text.Transliterator toAscii) {
        String text = c.archive().map(ArchivalCitation.ArchiveRef::acronym).orElse("archive") + " " + c.location();
        String ascii = toAscii.transliterate(text);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char ch = ascii.charAt(i);
            if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
                b.append(ch);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') b.setLength(b.length() - 1);
        return b.length() == 0 ? "archival-document" : b.toString();
    }

    private static ArchivalReader archivalReader(List<Reference> declared) {
        return org.opis.archival.EngineArchivalReader.forNote(declared);
    }
}
