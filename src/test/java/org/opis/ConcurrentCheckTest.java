package org.opis;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.text.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The library keeps no shared mutable state: checks run side by side give what one check alone gives. */
class ConcurrentCheckTest {

    /** What a check found, as plain values: each citation's link and reason, every finding, the figures. */
    private static List<String> outcome(CheckedNote n) {
        List<String> out = new ArrayList<>();
        for (CheckedCitation c : n.citations()) {
            out.add(c.citation().span() + " " + c.status() + " " + c.resolvesTo().orElse("-") + " " + c.candidates() + " " + c.reason());
        }
        n.diagnostics().forEach(d -> out.add(d.toString()));
        out.add(n.summary().toString());
        return out;
    }

    @Test
    void checksRunOnSeveralThreadsAgreeWithOneCheckAlone() throws Exception {
        SourceText note = new SourceText("note.md", Files.readString(Path.of("references/selivanov-2017/note.md")));
        List<String> alone = outcome(Opis.check(note));
        assertEquals(86, Opis.check(note).citations().size());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) runs.add(pool.submit(() -> outcome(Opis.check(note))));
            for (Future<List<String>> f : runs) assertEquals(alone, f.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
