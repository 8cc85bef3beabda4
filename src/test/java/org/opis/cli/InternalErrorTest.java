package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract for errors (README, Exit status and messages): an {@code Error} the run cannot avoid
 * (here a stack overflow, forced by raising the brace-depth limit far beyond what a small stack
 * holds) is the one-line internal error with exit status 2, never a stack trace.
 */
class InternalErrorTest {

    @Test
    void aStackOverflowIsTheOneLineInternalErrorWithExitStatus2(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("deep.bib");
        String deep = "{".repeat(200_000) + "x" + "}".repeat(200_000);
        Files.writeString(f, "@book{k, title = {" + deep + "}, author = {Bovin, A. E.}, year = 1990}\n", StandardCharsets.UTF_8);
        Run[] result = new Run[1];
        Throwable[] thrown = new Throwable[1];
        // a 256 KB stack: 200,000 nested braces read with the limit raised cannot fit in it
        Thread t = new Thread(null, () -> {
            try {
                result[0] = Run.run("export", f.toString(), "--format", "csl-json", "--limit", "bib-depth=1000000");
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertNull(thrown[0], () -> "escaped the command line: " + thrown[0]);
        Run r = result[0];
        assertEquals(Main.USAGE, r.status(), r.err());
        assertTrue(r.err().startsWith("opis: internal error: the input is nested too deeply"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
