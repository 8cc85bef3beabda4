package org.opis.csl;

import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.spi.ExportFormat;
import org.opis.spi.ImportFormat;
import org.opis.text.SourceText;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** CSL-JSON as an export and import format ({@code csl-json}, {@code .json}): strict CSL variables, as citeproc processors read them. */
public final class CslJsonFormat implements ExportFormat, ImportFormat {

    @Override
    public String name() {
        return "csl-json";
    }

    @Override
    public String extension() {
        return ".json";
    }

    @Override
    public String description() {
        return "CSL-JSON (pandoc, citeproc-js, citeproc-java, Zotero)";
    }

    @Override
    public List<Diagnostic> write(List<Reference> references, Writer out) throws IOException {
        CslJson.write(references, out);
        return List.of();
    }

    /** Writes item by item (see {@link CslJson#open}). */
    @Override
    public org.opis.spi.RecordWriter open(Writer out, java.util.function.Consumer<Reference> written) {
        try {
            return CslJson.open(out, written);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Hands each record on as soon as its item is read (see {@link CslJson#read(SourceText, java.util.function.Consumer)}). */
    @Override
    public List<Diagnostic> read(SourceText source, java.util.function.Consumer<Reference> sink) {
        return CslJson.read(source, sink);
    }

    @Override
    public int confidence(SourceText source) {
        String name = source.name().toLowerCase(java.util.Locale.ROOT);
        String t = source.text().stripLeading();
        boolean jsonStart = jsonStart(t);
        if (name.endsWith(".json") || name.endsWith(".csljson")) return jsonStart ? 100 : 60;
        return jsonStart ? 80 : 0;
    }

    /**
     * Whether a text opens as CSL-JSON does: an array whose first value is an object (or an empty array), or an object
     * whose first member is named. A reference list whose first entry opens with a Markdown link ({@code [Title](http…)})
     * or a bracketed number ({@code [1] Smith …}) is text, not JSON.
     */
    static boolean jsonStart(String t) {
        if (t.isEmpty() || t.charAt(0) != '[' && t.charAt(0) != '{') return false;
        int i = 1;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        if (i == t.length()) return false;
        char c = t.charAt(i);
        return t.charAt(0) == '[' ? c == '{' || c == ']' : c == '"' || c == '}';
    }

    @Override
    public ParsedRecords read(SourceText source) {
        return CslJson.read(source);
    }
}
