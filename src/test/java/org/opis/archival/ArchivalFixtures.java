package org.opis.archival;

import org.opis.model.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What the archival tests share: a citation's levels and finding codes as short strings, and the
 * tab-separated fixture files of real citations (beside the tests in src/test/resources).
 */
final class ArchivalFixtures {

    private ArchivalFixtures() {
    }

    /** The levels as {@code level=value} strings, in order. */
    static List<String> levels(ArchivalCitation c) {
        return c.levels().stream().map(l -> l.level() + "=" + l.value()).toList();
    }

    /** The codes of the findings, in order. */
    static List<String> codes(ArchivalCitation c) {
        return c.diagnostics().stream().map(Diagnostic::code).toList();
    }

    /** The rows of a fixture file (tab-separated; blank lines and {@code #} comments skipped). */
    static List<String[]> tsv(String name) {
        try (InputStream in = ArchivalFixtures.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The archive as a fixture row writes it: its id, {@code ?} when unknown, {@code -} when none. */
    static String archiveOf(ArchivalCitation c) {
        return c.archive().map(a -> a.known() ? a.id() : "?").orElse("-");
    }

    /** The levels as a fixture row writes them: {@code level=value;…}. */
    static String levelsOf(ArchivalCitation c) {
        List<String> s = new ArrayList<>();
        for (Level l : c.levels()) s.add(l.level() + "=" + l.value());
        return String.join(";", s);
    }

    /** The findings as a fixture row writes them: sorted codes without {@code archival/}, or {@code clean}. */
    static String findingsOf(ArchivalCitation c) {
        TreeSet<String> s = new TreeSet<>();
        for (Diagnostic d : c.diagnostics()) s.add(d.code().replace("archival/", ""));
        return s.isEmpty() ? "clean" : String.join(",", s);
    }

    /** A fixture row's findings in sorted order. */
    static String sorted(String findings) {
        if (findings.equals("clean")) return findings;
        return String.join(",", new TreeSet<>(List.of(findings.split(","))));
    }

    /** Where the citation's archive, levels and findings differ from a fixture row's, one phrase each. */
    static List<String> mismatches(ArchivalCitation c, String archive, String levels, String findings) {
        List<String> bad = new ArrayList<>();
        if (!archiveOf(c).equals(archive)) bad.add("archive " + archiveOf(c) + " (expected " + archive + ")");
        if (!levelsOf(c).equals(levels)) bad.add("levels " + levelsOf(c) + " (expected " + levels + ")");
        String want = sorted(findings);
        if (!findingsOf(c).equals(want)) bad.add("findings " + findingsOf(c) + " (expected " + want + ")");
        return bad;
    }
}
