package org.opis.cli;

import org.opis.Opis;
import org.opis.cite.CheckedNote;
import org.opis.cite.UncitedReferenceRule;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.spi.Formats;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * {@code opis check} on a data file (.bib, CSL-JSON, RIS): there is no text to cite anything, so
 * what is checked is the records themselves — every finding of the import and of each record
 * (the archival checks of archival records included), without "uncited" findings.
 */
final class RecordCheck {

    private RecordCheck() {
    }

    /**
     * The check of a data file; empty when the input is a note (checked as a note); {@code null}
     * after a usage error was printed on {@code err} (unknown --from, unreadable kind).
     */
    static Optional<CheckedNote> ofDataFile(SourceReader.Result read, String from, PrintWriter err) {
        Formats formats = Formats.installed();
        boolean note = from == null
                ? formats.bestImport(read.source()).map(f -> f.name().equals("note")).orElse(true)
                : from.equalsIgnoreCase("note");
        if (note) {
            if (from != null || formats.bestImport(read.source()).isPresent()) return Optional.empty();
        }
        String name = read.source().name();
        Optional<Inputs.Loaded> loaded = Inputs.load(read, name, from, "check", err);
        if (loaded.isEmpty()) return null;
        ParsedRecords records = new ParsedRecords(loaded.get().records().references(), loaded.get().diagnostics());
        CheckedNote checked = Opis.check(new SourceText(name, ""), records);
        List<Diagnostic> kept = checked.diagnostics().stream().filter(d -> !d.code().equals(UncitedReferenceRule.CODE)).toList();
        var s = checked.summary();
        return Optional.of(new CheckedNote(checked.name(), checked.references(), checked.citations(), kept, s));
    }
}
