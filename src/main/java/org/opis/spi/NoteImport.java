package org.opis.spi;

import org.opis.model.ParsedRecords;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceText;

import java.util.Locale;

/**
 * A note or a bare reference list in plain text or Markdown ({@code note}) as an import format:
 * the reference section is found by its heading and read entry by entry.
 * (It lives in {@code org.opis.spi} because the layer rule lets only the output layer see the plug-in interfaces.)
 */
public final class NoteImport implements ImportFormat {

    @Override
    public String name() {
        return "note";
    }

    @Override
    public int confidence(SourceText source) {
        String t = source.text().stripLeading();
        if (t.startsWith("[") && !t.startsWith("[1]") || t.startsWith("{") || t.startsWith("@")) return 5;
        String name = source.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".markdown")) return 70;
        return 40;
    }

    @Override
    public ParsedRecords read(SourceText source) {
        return ReferenceListParser.parse(source);
    }
}
