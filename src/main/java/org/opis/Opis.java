package org.opis;

import org.opis.cite.ArchivalReader;
import org.opis.archival.ArchivalCitation;
import org.opis.archival.ArchivalCsl;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.csl.ZoteroCslJson;
import org.opis.csl.FormatException;
import org.opis.csl.Rendering;
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
 * The library's front door: entry points that run opis's pipelines on a note or a data file. Its
 * signatures use opis's own value types only (records of {@code org.opis.model}, the checked note,
 * archival citations, renderings), never citeproc-java's.
 *
 * <pre>{@code
 * CheckedNote note = Opis.check(Path.of("references/selivanov-2017/note.md"));
 * note.summary().unresolved();                                  // citations that point nowhere
 * Exported bib = Opis.export(note.references(), "bibtex");      // also biblatex, csl-json, zotero
 * Rendering r = Opis.format(note.references(), "chicago-author-date", "text");
 * ArchivalCitation a = Opis.archival("RGASPI, f. 495, op. 201, d. 1/1, l. 79");
 * ParsedRecords lib = Opis.importRecords(Path.of("library.bib"));
 * }</pre>
 *
 * <p>Also: {@code restyle} (a note's citations and list rewritten in another CSL style) and
 * {@code evaluate} (how well the list reader reads a hand-checked list of your own). Every method is
 * safe to call from many threads.
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
        List<Reference> refs = new ArrayList<>();
        List<Diagnostic> findings = parse(read, fromNotes, refs::add);
        return new ParsedRecords(refs, findings);
    }

    /**
     * Like {@link #parse(SourceReader.Result, boolean)}, but each record goes to {@code sink} as soon
     * as it is read, in the same order, and only the findings are returned (in the same order): a
     * caller that writes each record out holds none of them, so memory stays bounded by the text
     * however long the list.
     */
    public static List<Diagnostic> parse(SourceReader.Result read, boolean fromNotes, java.util.function.Consumer<Reference> sink) {
        if (read.binary()) return read.diagnostics();
        int[] count = {0};
        List<Diagnostic> parsed = ReferenceListParser.read(read.source(), r -> {
            count[0]++;
            sink.accept(r);
        });
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(parsed);
        if (!fromNotes || count[0] > 0) return all;
        NoteWorks works = NoteWorks.of(read.source(), archivalReader(List.of()));
        if (works.references().isEmpty()) return all;
        List<Diagnostic> withWorks = new ArrayList<>();
        for (Diagnostic d : all) {
            if (d.code().equals("reflist/no-reference-section")) {
                withWorks.add(Diagnostic.info(CitationChecker.WORKS_FROM_NOTES, d.span(), "no reference list: the "
                        + works.references().size() + " works given in full in the notes serve as the reference list"));
            } else {
                withWorks.add(d);
            }
        }
        works.references().forEach(r -> withWorks.addAll(r.defects()));
        withWorks.sort(null);
        works.references().forEach(sink);
        return withWorks;
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

    // ---- archival, import, export, format: the rest of the library's front door ----

    /**
     * Reads, checks and normalizes one archival citation with the standard engine (every registered
     * archive and installed scheme). Never throws on bad text: problems are in
     * {@link ArchivalCitation#diagnostics()}.
     *
     * <pre>{@code
     * ArchivalCitation c = Opis.archival("РГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55.");
     * c.valid();     // true
     * c.english();   // RGASPI, f. 17, op. 3, d. 1080, l. 55
     * }</pre>
     */
    public static ArchivalCitation archival(String citation) {
        return org.opis.archival.ArchivalEngine.standard().parse(citation);
    }

    /**
     * Reads records from a data file or a note, in the import format most confident it can read it
     * (BibTeX or biblatex, CSL-JSON, a note or bare reference list; see {@link #importFormats()}).
     *
     * <pre>{@code
     * ParsedRecords refs = Opis.importRecords(Path.of("library.bib"));
     * }</pre>
     *
     * @throws SourceReader.UnreadableException when the file is missing or cannot be read
     */
    public static ParsedRecords importRecords(Path file) throws SourceReader.UnreadableException {
        SourceReader.Result read = SourceReader.read(file.toString());
        if (read.binary()) return new ParsedRecords(List.of(), read.diagnostics());
        ParsedRecords parsed = importRecords(read.source(), Optional.empty());
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(parsed.diagnostics());
        return new ParsedRecords(parsed.references(), all);
    }

    /**
     * Reads records from text in the named import format ({@code bibtex}, {@code csl-json}, {@code note} …),
     * or, when none is named, in the one most confident it can read it.
     *
     * @throws IllegalArgumentException when the named format is not installed
     */
    public static ParsedRecords importRecords(SourceText source, Optional<String> format) {
        org.opis.spi.Formats formats = org.opis.spi.Formats.installed();
        Optional<org.opis.spi.ImportFormat> f = format.isPresent()
                ? Optional.of(formats.importFormat(format.get()).orElseThrow(() ->
                        new IllegalArgumentException("no import format '" + format.get() + "'; installed: " + importFormats())))
                : formats.bestImport(source);
        return f.map(i -> i.read(source)).orElseGet(() -> parse(source));
    }

    /** The names of the installed import formats. */
    public static List<String> importFormats() {
        return org.opis.spi.Formats.installed().imports().stream().map(org.opis.spi.ImportFormat::name).toList();
    }

    /**
     * Writes records in an export format ({@code bibtex}, {@code biblatex}, {@code csl-json},
     * {@code zotero}; see {@link #exportFormats()}).
     *
     * <pre>{@code
     * Exported json = Opis.export(note.references(), "csl-json");
     * json.text();   // [ { "id": "…", "type": "book", … } ]
     * }</pre>
     *
     * @throws IllegalArgumentException when the format is not installed
     */
    public static Exported export(List<Reference> references, String format) {
        org.opis.spi.ExportFormat f = org.opis.spi.Formats.installed().export(format).orElseThrow(() ->
                new IllegalArgumentException("no export format '" + format + "'; installed: " + exportFormats()));
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            List<Diagnostic> d = f.write(references, out);
            return new Exported(f.name(), out.toString(), d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
    }

    /** The names of the installed export formats. */
    public static List<String> exportFormats() {
        return org.opis.spi.Formats.installed().exports().stream().map(org.opis.spi.ExportFormat::name).toList();
    }

    /**
     * Formats the bibliography of the records in a CSL style, and one citation of each record.
     *
     * <pre>{@code
     * Rendering r = Opis.format(note.references(), "chicago-author-date", "text");
     * r.bibliography().forEach(e -> System.out.println(e.text()));
     * }</pre>
     *
     * @param style  a style id of the {@code org.citationstyles} collection ({@code apa},
     *               {@code chicago-author-date} …) or the path of a .csl file
     * @param output {@code text}, {@code html}, {@code rtf}, {@code markdown} or {@code asciidoc}
     * @throws FormatException when the style or output format is unknown or the style is not CSL
     */
    public static Rendering format(List<Reference> references, String style, String output) throws FormatException {
        return formatter(style, output).bibliography(references);
    }

    /**
     * Formats the bibliography and the given citations (each a list of cited works, with their
     * locators) in a CSL style.
     *
     * <pre>{@code
     * Rendering r = Opis.format(refs, "apa", "text",
     *         List.of(List.of(Cite.at("kotkin1995magnetic", "page", "45"))));
     * r.citations().get(0);   // (Kotkin, 1995, p. 45)
     * }</pre>
     *
     * @throws FormatException when the style or output format is unknown or the style is not CSL
     */
    public static Rendering format(List<Reference> references, String style, String output, List<List<Cite>> citations)
            throws FormatException {
        List<List<org.opis.csl.CitationItem>> clusters = new ArrayList<>();
        for (List<Cite> cluster : citations) {
            List<org.opis.csl.CitationItem> items = new ArrayList<>();
            for (Cite c : cluster) {
                items.add(c.locator().isPresent()
                        ? org.opis.csl.CitationItem.at(c.id(), c.label().orElse("page"), c.locator().get())
                        : org.opis.csl.CitationItem.of(c.id()));
            }
            clusters.add(items);
        }
        return formatter(style, output).render(references, clusters);
    }

    /**
     * Restyles a note: every resolved citation replaced by the style's citation (in place for
     * author-date and numeric styles, as numbered footnotes for note styles), the reference section by
     * the style's bibliography, archival citations kept or rewritten; everything else unchanged.
     *
     * <pre>{@code
     * SourceText note = new SourceText("note.md", Files.readString(Path.of("note.md")));
     * Restyled r = Opis.restyle(note, "apa", "markdown", "keep");
     * r.text();        // the restyled note
     * r.converted();   // citations replaced; r.unresolved(): left as written and marked
     * }</pre>
     *
     * @param output   {@code markdown}, {@code html} or {@code text}
     * @param archival archival citations: {@code keep} as written, or valid ones rewritten in the
     *                 English ({@code en}) or GOST ({@code gost}) form
     * @throws FormatException when the style, output format or archival mode is unknown or the style is not CSL
     */
    public static org.opis.csl.restyle.Restyled restyle(SourceText note, String style, String output, String archival)
            throws FormatException {
        org.opis.csl.restyle.Restyler.Archival mode;
        try {
            mode = org.opis.csl.restyle.Restyler.Archival.valueOf(archival.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormatException("archival citations are kept (keep) or rewritten (en, gost), not '" + archival + "'");
        }
        return new org.opis.csl.restyle.Restyler(formatter(style, output), mode).restyle(note.text(), check(note));
    }

    /**
     * Scores opis's reference-list reader (what {@code opis parse} does with each entry) on a
     * hand-checked list: a JSON Lines file, one object per entry, {@code {"text": "…", "csl": {…}}}
     * (the format of {@code references/&lt;list&gt;/gold.jsonl} and of {@code opis train --gold}).
     *
     * <pre>{@code
     * Scores s = Opis.evaluate(Path.of("my-list.jsonl"));
     * s.f1();                                 // all fields pooled
     * s.fields().get("title").recall();
     * s.allRightRate();                       // entries with every field right
     * }</pre>
     *
     * @throws java.io.IOException when the file cannot be read or a line is not such an object
     */
    public static Scores evaluate(Path goldJsonl) throws java.io.IOException {
        var list = org.opis.reflist.tagger.Corpus.read(goldJsonl, String.valueOf(goldJsonl.getFileName()));
        org.opis.reflist.tagger.Tagger tagger = org.opis.reflist.Tagging.inUse();
        var score = org.opis.reflist.tagger.Evaluation.score(list, entry -> {
            Optional<Reference> rules = org.opis.reflist.RuleReader.reference(entry);
            if (rules.isEmpty()) return null;
            de.undercouch.citeproc.csl.CSLItemData item = org.opis.model.CslRecords.csl(rules.get());
            if (tagger != null && !rules.get().archive()) {
                item = org.opis.reflist.HybridReader.merge(item, rules.get().extra(), tagger.tag(entry)).item();
            }
            return org.opis.csl.CslJson.itemData(item);
        });
        java.util.Map<String, Scores.Field> fields = new java.util.TreeMap<>();
        score.counts().forEach((k, c) -> fields.put(k, new Scores.Field(c[0], c[1], c[2])));
        return new Scores(score.entries(), score.allRight(), fields);
    }

    private static org.opis.csl.CslFormatter formatter(String style, String output) throws FormatException {
        org.opis.csl.OutputFormat f = org.opis.csl.OutputFormat.of(output).orElseThrow(() ->
                new FormatException("unknown output format '" + output + "' (one of " + org.opis.csl.OutputFormat.names() + ")"));
        return new org.opis.csl.CslFormatter(org.opis.csl.CslStyle.load(style), Optional.empty(), f);
    }

    private static ArchivalReader archivalReader(List<Reference> declared) {
        return org.opis.archival.EngineArchivalReader.forNote(declared);
    }
}
