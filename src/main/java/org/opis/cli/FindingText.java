package org.opis.cli;

import org.opis.cite.CheckedNote;
import org.opis.report.CheckText;

import java.io.PrintWriter;
import java.io.StringWriter;

/** {@code opis check --format text} with {@code --quiet} (the summary only) or {@code --max-findings N}. */
final class FindingText {

    private FindingText() {
    }

    static String write(CheckedNote note, FindingOptions options) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        options.print(note.diagnostics(), note.name(), pw);
        pw.flush();
        String findings = sw.toString();
        return findings + (findings.isEmpty() ? "" : "\n") + CheckText.summary(note.name(), note.summary());
    }
}
