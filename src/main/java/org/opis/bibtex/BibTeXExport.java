package org.opis.bibtex;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.spi.ExportFormat;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The {@code bibtex} and {@code biblatex} export formats (see {@link BibTeXWriter}). The plug-in
 * found by ServiceLoader keeps valid record ids as citation keys; {@link #withKeys} gives one that
 * makes keys from author, year and title (what {@code opis export} does for a note).
 */
public class BibTeXExport implements ExportFormat {

    private final Flavour flavour;
    private final BibTeXWriter.KeyPolicy keys;
    private final java.util.Optional<java.util.Set<String>> knownIds;

    /** Classic BibTeX, keeping record ids as keys (the ServiceLoader entry point). */
    public BibTeXExport() {
        this(Flavour.BIBTEX, BibTeXWriter.KeyPolicy.KEEP);
    }

    protected BibTeXExport(Flavour flavour, BibTeXWriter.KeyPolicy keys) {
        this(flavour, keys, java.util.Optional.empty());
    }

    private BibTeXExport(Flavour flavour, BibTeXWriter.KeyPolicy keys, java.util.Optional<java.util.Set<String>> knownIds) {
        this.flavour = flavour;
        this.keys = keys;
        this.knownIds = knownIds;
    }

    /** The same format with another key policy. */
    public BibTeXExport withKeys(BibTeXWriter.KeyPolicy policy) {
        return new BibTeXExport(flavour, policy, knownIds);
    }

    /**
     * The same format told in advance the ids of every record that {@link #open} will be given, for when
     * a streamed export says {@link org.opis.spi.RecordWriter#mustRewriteWithKnownIds()}.
     */
    public BibTeXExport withKnownIds(java.util.Set<String> ids) {
        return new BibTeXExport(flavour, keys, java.util.Optional.of(java.util.Set.copyOf(ids)));
    }

    /** The dialect written. */
    public Flavour flavour() {
        return flavour;
    }

    @Override
    public String name() {
        return flavour.id();
    }

    @Override
    public String extension() {
        return ".bib";
    }

    @Override
    public String description() {
        return flavour == Flavour.BIBTEX
                ? "classic BibTeX (bibtex 0.99d, natbib styles): ASCII with LaTeX accents, year/month"
                : "biblatex (biber): UTF-8, date, langid, library/number for archival items";
    }

    @Override
    public List<Diagnostic> write(List<Reference> references, Writer out) throws IOException {
        return new BibTeXWriter(flavour, keys).write(references, out);
    }

    /** Writes entry by entry (see {@link BibTeXWriter#open}). */
    @Override
    public org.opis.spi.RecordWriter open(Writer out, java.util.function.Consumer<Reference> written) {
        return new BibTeXWriter(flavour, keys).open(out, written, knownIds);
    }

    /** The {@code biblatex} export format. */
    public static final class Biblatex extends BibTeXExport {
        /** biblatex, keeping record ids as keys (the ServiceLoader entry point). */
        public Biblatex() {
            super(Flavour.BIBLATEX, BibTeXWriter.KeyPolicy.KEEP);
        }
    }
}
