package org.opis.bibtex;

import org.opis.model.ParsedRecords;
import org.opis.spi.ImportFormat;
import org.opis.text.SourceText;

import java.util.Locale;

/** The {@code bibtex} import format: .bib files of either flavour (see {@link BibTeXReader}). */
public final class BibTeXImport implements ImportFormat {

    @Override
    public String name() {
        return "bibtex";
    }

    @Override
    public int confidence(SourceText source) {
        String name = source.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".bib") || name.endsWith(".bibtex")) return 95;
        String t = source.text();
        int n = Math.min(t.length(), 1 << 16);
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '%') {
                while (i < n && t.charAt(i) != '\n') i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else {
                break;
            }
        }
        if (i < n && t.charAt(i) == '@' && !EntrySplitter.split(t.substring(i, Math.min(n, i + 4096))).isEmpty()) return 80;
        return 0;
    }

    @Override
    public ParsedRecords read(SourceText source) {
        return new BibTeXReader().read(source);
    }

    /** Hands each entry's record on as soon as it is read (see {@link BibTeXReader#read(SourceText, java.util.function.Consumer)}). */
    @Override
    public java.util.List<org.opis.model.Diagnostic> read(SourceText source, java.util.function.Consumer<org.opis.model.Reference> sink) {
        return new BibTeXReader().read(source, sink);
    }
}
