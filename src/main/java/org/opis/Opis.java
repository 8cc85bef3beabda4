package org.opis;

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
     * Checks a note: reads its reference list, finds every citation of its body and notes, links
     * each to the list (or says why not), validates its archival citations, and gathers every
     * finding with the figures. Never throws on bad text.
     */
    public static org.opis.cite.CheckedNote check(org.opis.text.SourceText source) {
        return check(source, referenceList(source));
    }

    /** Checks a note whose reference list was already read (or imported from elsewhere). */
    public static org.opis.cite.CheckedNote check(org.opis.text.SourceText source, org.opis.model.ParsedRecords records) {
        return new org.opis.cite.CitationChecker(archivalReader(records.references())).check(source, records);
    }

    /**
     * Reads a file (UTF-8) and checks it; findings about the bytes come first.
     *
     * @throws org.opis.text.SourceReader.UnreadableException when the file is missing or cannot be read
     */
    public static org.opis.cite.CheckedNote check(java.nio.file.Path file) throws org.opis.text.SourceReader.UnreadableException {
        return check(org.opis.text.SourceReader.read(file.toString()));
    }

    /** Checks what {@link org.opis.text.SourceReader} read, keeping its findings about the bytes. */
    public static org.opis.cite.CheckedNote check(org.opis.text.SourceReader.Result read) {
        if (read.binary()) {
            org.opis.model.ParsedRecords none = new org.opis.model.ParsedRecords(java.util.List.of(), read.diagnostics());
            return new org.opis.cite.CitationChecker(archivalReader(java.util.List.of()))
                    .check(new org.opis.text.SourceText(read.source().name(), ""), none);
        }
        org.opis.model.ParsedRecords refs = referenceList(read.source()).withDiagnostics(java.util.List.of());
        java.util.List<org.opis.model.Diagnostic> all = new java.util.ArrayList<>(read.diagnostics());
        all.addAll(refs.diagnostics());
        return check(read.source(), new org.opis.model.ParsedRecords(refs.references(), all));
    }

    private static org.opis.model.ParsedRecords referenceList(org.opis.text.SourceText source) {
        return new org.opis.model.ParsedRecords(java.util.List.of(), java.util.List.of()); // until the reference-list parser lands
    }

    private static org.opis.cite.ArchivalReader archivalReader(java.util.List<org.opis.model.Reference> declared) {
        return new org.opis.cite.BasicArchivalReader(); // until the archival engine lands
    }
}
