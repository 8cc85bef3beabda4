package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory proportional to the input (issue 13; README, Exit status and messages, "Memory on hostile and
 * large input"): each case runs the command in a forked JVM whose heap is the fixed cost of a run on a
 * tiny input (the JVM, the tagger and segmenter models, the styles: a tiny note's {@code check} needs
 * about 56 MB) plus a small multiple of the input, and asserts that it finishes with its normal output.
 * Before the change each case ran out of memory at that heap. Not a timing test: only success counts.
 * If the fixed cost grows (a bigger bundled model), {@link #FIXED_MB} must follow it — the control case
 * {@link #aTinyNoteFitsTheFixedCost()} fails first and says so.
 */
class MemoryProportionalTest {

    /** The heap a run on a tiny input needs, with a margin (measured: a tiny note's check fails at 48 MB, passes at 56 MB). */
    static final int FIXED_MB = 64;

    @TempDir
    Path dir;

    /** Runs {@code opis ARGS} in a new JVM with {@code -Xmx<heapMb>m}; returns exit status, stdout, stderr. */
    static String[] fork(int heapMb, Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx" + heapMb + "m", "-Dfile.encoding=UTF-8",
                "-cp", classPath(), "org.opis.cli.Main"));
        cmd.addAll(List.of(args));
        File out = dir.resolve("fork.out").toFile();
        File err = dir.resolve("fork.err").toFile();
        Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("opis " + String.join(" ", args) + " did not finish in 300 s");
        }
        return new String[] {Integer.toString(p.exitValue()), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8)};
    }

    /**
     * The forked JVM's class path: this one's, after the directory of the system property
     * {@code opis.fork.classes} when it is set — to run a case against the classes of an older build and
     * see it fail there ({@code mvn test -Dtest=… -Dopis.fork.classes=/tmp/old/classes}).
     */
    static String classPath() {
        String before = System.getProperty("opis.fork.classes");
        String cp = System.getProperty("java.class.path");
        return before == null || before.isBlank() ? cp : before + File.pathSeparator + cp;
    }

    static String keyNote(int keyLength) {
        return "# Note\n\nAs argued [@" + "k".repeat(keyLength) + ", p. 5].\n\n## References\n\nIvanov, I. I. *A book*. Moscow: Nauka, 1999.\n";
    }

    /**
     * A 404-byte .bib the streamedReaders fuzz target found (round 16): a chain of accent commands in a field (JBibTeX reads
     * each {@code ^} of {@code ^^^^} as one) was printed again from every link, each link's output holding all the
     * marks after it — 75 s and 5.4 GB peak RSS for {@code convert}. Now each link is read once: it converts at the fixed
     * cost plus 16 MB.
     */
    @Test
    void aChainOfAccentCommandsIsReadOnce() throws Exception {
        Path bib = Path.of("src/test/resources/org/opis/fuzz/ReadersFuzzTestInputs/streamedReaders/accent-chain-quadratic");
        Path in = dir.resolve("chain.bib");
        Files.copy(bib, in);
        String[] r = fork(FIXED_MB + 16, dir, "convert", in.toString(), dir.resolve("out.json").toString(), "--from", "bibtex");
        assertFalse(r[2].contains("internal error") || r[2].contains("OutOfMemory"), r[2]);
        assertTrue(Files.exists(dir.resolve("out.json")), r[2]);
    }

    @Test
    void aTinyNoteFitsTheFixedCost() throws Exception {
        Path note = dir.resolve("tiny.md");
        Files.writeString(note, keyNote(4), StandardCharsets.UTF_8);
        String[] r = fork(FIXED_MB, dir, "check", note.toString());
        assertFalse(r[2].contains("internal error"), "the fixed cost of a run grew over " + FIXED_MB + " MB; raise FIXED_MB: " + r[2]);
        assertEquals("1", r[0], r[2]);
    }

    /**
     * A 4 MB pandoc citation key in {@code check}: 64 MB fixed + 40 MB (10 times the input; it passes at
     * 96 MB, not at 80 MB: the note is held as bytes, text, view and key). Before, the
     * key was copied into an offset array of 4 bytes a character (and its copy), into two quotations of
     * the finding (UTF-16, because of the curly quotation marks), into the line built for it and into the
     * whole report built as one string: out of memory at 112 MB (a 2 MB key at 80 MB).
     */
    @Test
    void aFourMegabyteCitationKeyIsCheckedInTenTimesItsSize() throws Exception {
        int length = 4_000_000;
        Path note = dir.resolve("key.md");
        Files.writeString(note, keyNote(length), StandardCharsets.UTF_8);
        String[] r = fork(FIXED_MB + 40, dir, "check", note.toString());
        assertFalse(r[2].contains("internal error"), r[2]);
        assertEquals("1", r[0], r[2]);
        // the finding is there, its quotation cut with the length given
        assertTrue(r[1].contains("error[citation/unresolved]: citation \u201C[@kkkk"), r[1].substring(0, Math.min(400, r[1].length())));
        assertTrue(r[1].contains("\u2026\u201D (" + (length + 9) + " characters)"), r[1].substring(0, Math.min(400, r[1].length())));
        assertTrue(r[1].contains("1 citations found: 0 resolved, 0 fuzzy, 1 unresolved"), r[1].substring(0, Math.min(400, r[1].length())));
        assertTrue(r[1].length() < 5_000, "the report quotes at most 200 characters of the key, not " + r[1].length());
    }
}
