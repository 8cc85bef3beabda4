package org.opis.document;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;

import java.util.List;
import java.util.Objects;

/**
 * A document read from any format: its blocks in reading order (notes where the format keeps them:
 * Word footnotes and endnotes after the body), the key citations found by the reader (LaTeX
 * commands, field codes; pandoc citations are found later in the text of the blocks), the works a
 * Word plug-in embedded, the bibliography files the document names, and the findings made while
 * reading it.
 *
 * @param name          the file name
 * @param format        the format it was read as
 * @param blocks        the blocks
 * @param positions     turns the blocks' origins into spans of the original file
 * @param keyCitations  key citations found by the reader
 * @param embedded      works embedded in the document (Zotero/Mendeley field codes), as records
 * @param bibResources  bibliography files the document names ({@code \bibliography{refs}})
 * @param diagnostics   findings about the file
 * @param source        the decoded text of a text format (empty for Word files and unreadable input)
 */
public record Document(String name, Format format, List<Block> blocks, Origin.Positions positions,
                       List<KeyCitation> keyCitations, List<Reference> embedded, List<String> bibResources,
                       List<Diagnostic> diagnostics, java.util.Optional<org.opis.text.SourceText> source) {
    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(positions, "positions");
        keyCitations = List.copyOf(keyCitations);
        embedded = List.copyOf(embedded);
        bibResources = List.copyOf(bibResources);
        diagnostics = List.copyOf(diagnostics);
        source = source == null ? java.util.Optional.empty() : source;
    }

    /** This document with its decoded text and more findings about the bytes (first). */
    Document withSource(org.opis.text.SourceText text, List<Diagnostic> before) {
        List<Diagnostic> all = new java.util.ArrayList<>(before);
        all.addAll(diagnostics);
        return new Document(name, format, blocks, positions, keyCitations, embedded, bibResources, all, java.util.Optional.of(text));
    }

    /** A document with nothing in it but findings (a file that could not be read as its format). */
    public static Document failed(String name, Format format, List<Diagnostic> diagnostics) {
        return new Document(name, format, List.of(), Origin.PARAGRAPHS, List.of(), List.of(), List.of(), diagnostics, java.util.Optional.empty());
    }
}
