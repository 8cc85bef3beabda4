package org.opis.spi;

import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The file formats installed (export and import plug-ins found with {@link ServiceLoader}):
 * look one up by name or extension, or pick the import format most confident it can read a file.
 * Loaded once per instance; read-only afterwards.
 */
public final class Formats {

    private final List<ExportFormat> exports;
    private final List<ImportFormat> imports;

    private Formats(List<ExportFormat> exports, List<ImportFormat> imports) {
        this.exports = List.copyOf(exports);
        this.imports = List.copyOf(imports);
    }

    /** The formats on the class path. */
    public static Formats installed() {
        List<ExportFormat> ex = new ArrayList<>();
        ServiceLoader.load(ExportFormat.class, Formats.class.getClassLoader()).forEach(ex::add);
        List<ImportFormat> im = new ArrayList<>();
        ServiceLoader.load(ImportFormat.class, Formats.class.getClassLoader()).forEach(im::add);
        return new Formats(ex, im);
    }

    /** Export formats, in the order they were registered. */
    public List<ExportFormat> exports() {
        return exports;
    }

    /** Import formats, in the order they were registered. */
    public List<ImportFormat> imports() {
        return imports;
    }

    /** The export format with this name ({@code bibtex}, {@code csl-json} …), ignoring case. */
    public Optional<ExportFormat> export(String name) {
        return exports.stream().filter(f -> f.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The import format with this name, ignoring case. */
    public Optional<ImportFormat> importFormat(String name) {
        return imports.stream().filter(f -> f.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The first export format whose extension ends this file name ({@code .bib} → bibtex, {@code .json} → csl-json). */
    public Optional<ExportFormat> exportForFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return exports.stream().filter(f -> n.endsWith(f.extension().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The import format most confident it can read the source (ties: registration order); empty when none is. */
    public Optional<ImportFormat> bestImport(SourceText source) {
        ImportFormat best = null;
        int bestScore = 0;
        for (ImportFormat f : imports) {
            int c = f.confidence(source);
            if (c > bestScore) {
                best = f;
                bestScore = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Names of the export formats, comma-separated (for help and messages). */
    public String exportNames() {
        return String.join(", ", exports.stream().map(ExportFormat::name).sorted(Comparator.naturalOrder()).toList());
    }
}
