package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.cli.Run.run;

/** Input built to exhaust the stack or the heap ends in a finding naming the limit, never in a trace. */
class HostileInputTest {

    private static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static void assertNoTrace(Run r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("Error:"), r.err());
    }

    @Test
    void fiveThousandNestedBracesOrEmphsAreAFindingAndTheRestIsRead(@TempDir Path dir) throws Exception {
        String braces = "{".repeat(5000) + "x" + "}".repeat(5000);
        String emph = "\\emph{".repeat(5000) + "x" + "}".repeat(5000);
        for (String title : new String[]{braces, emph}) {
            Path f = write(dir, "deep.bib", "@book{k, title = {" + title + "}, author = {Bovin, A. E.}, year = 1990}\n");
            Run r = run("export", f.toString(), "--to", "csl-json");
            assertNoTrace(r);
            assertEquals(Main.FINDINGS, r.status(), r.err());
            assertTrue(r.err().contains("error[bibtex/too-deep]") && r.err().contains("--limit bib-depth"), r.err());
            assertTrue(r.out().contains("\"family\" : \"Bovin\"") && r.out().contains("1990"), r.out());
        }
    }

    @Test
    void aOneMegabyteCitationKeyIsReadOnTheDefaultStack(@TempDir Path dir) throws Exception {
        String key = "k".repeat(1 << 20);
        Path f = write(dir, "key.md", "# Note\n\nAs shown [@" + key + ", p. 5].\n\n# References\n\n"
                + "- Smith, John. *A Book*. London: Verso, 2001.\n");
        // on a thread with the JVM's default stack size (1 MB), as the launcher's main thread has
        Run[] result = new Run[1];
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = run("check", f.toString());
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "default-stack", 1 << 20);
        t.start();
        t.join();
        assertEquals(null, thrown[0]);
        Run r = result[0];
        assertNoTrace(r);
        assertFalse(r.err().contains("internal error"), r.err().substring(0, Math.min(300, r.err().length())));
        assertEquals(Main.FINDINGS, r.status());
        // the key is read whole, with its locator, and does not resolve; the finding quotes its first
        // 200 characters and gives the length of the whole citation, "[@" + key + ", p. 5]" (model.Quoted)
        assertTrue(r.out().contains("error[citation/unresolved]") || r.err().contains("error[citation/unresolved]"));
        assertTrue((r.out() + r.err()).contains("[@" + key.substring(0, 198) + "\u2026\u201D (" + (key.length() + 9) + " characters)"));
    }

    @Test
    void aDoublingChainOfStringMacrosIsRefusedNotExpanded(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("@string{a0 = \"xxxxxxxxxxxxxxxx\"}\n");
        for (int i = 1; i <= 44; i++) b.append("@string{a").append(i).append(" = a").append(i - 1).append(" # a").append(i - 1).append("}\n");
        b.append("@book{k, title = a44, author = {Bovin, A. E.}, year = 1990}\n");
        Path f = write(dir, "strings.bib", b.toString());
        Run r = run("export", f.toString(), "--to", "csl-json");
        assertNoTrace(r);
        assertTrue(r.err().contains("error[bibtex/too-long]") && r.err().contains("'a16' expands to 1048576 characters"), r.err());
        assertTrue(r.out().contains("\"family\" : \"Bovin\""), r.out());
        // raised, a macro of 2 MB is fine
        Run raised = run("export", f.toString(), "--to", "csl-json", "--limit", "bib-string=3000000");
        assertTrue(raised.err().contains("'a18' expands to 4194304 characters") && !raised.err().contains("'a16' expands"), raised.err());
    }

    @Test
    void anUnknownLimitIsAUsageError(@TempDir Path dir) throws Exception {
        Path f = write(dir, "a.bib", "@book{k, title = {T}, year = 1990}\n");
        Run r = run("export", f.toString(), "--to", "csl-json", "--limit", "stack=5");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("unknown limit 'stack'"), r.err());
    }

    @Test
    void deepOrRecursiveStylesAreUsageErrorsNotStackOverflows(@TempDir Path dir) throws Exception {
        Path items = write(dir, "items.json", "[{\"id\":\"a\",\"type\":\"book\",\"title\":\"T\"}]");
        String head = "<?xml version=\"1.0\"?><style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\">"
                + "<info><title>x</title><id>x</id><updated>2020-01-01T00:00:00Z</updated></info>";
        String deep = "<group>".repeat(1000) + "<text variable=\"title\"/>" + "</group>".repeat(1000);
        Path d = write(dir, "deep.csl", head + "<citation><layout>" + deep + "</layout></citation><bibliography><layout>" + deep
                + "</layout></bibliography></style>");
        Run r = run("format", items.toString(), "--style", d.toString());
        assertNoTrace(r);
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("nested more than 200 deep"), r.err());
        Path self = write(dir, "self.csl", head + "<macro name=\"m\"><text macro=\"m\"/></macro><citation><layout><text macro=\"m\"/></layout></citation>"
                + "<bibliography><layout><text macro=\"m\"/></layout></bibliography></style>");
        Run s = run("format", items.toString(), "--style", self.toString());
        assertEquals(Main.USAGE, s.status());
        assertTrue(s.err().contains("the macro 'm' calls itself (m → m)"), s.err());
    }

    @Test
    void anXxeStyleDoesNotLeakALocalFile(@TempDir Path dir) throws Exception {
        Path secret = write(dir, "secret.txt", "TOP-SECRET-CONTENT");
        Path items = write(dir, "items.json", "[{\"id\":\"a\",\"type\":\"book\",\"title\":\"T\"}]");
        Path evil = write(dir, "evil.csl", org.opis.csl.SafeStyleTestAccess.xxe(secret));
        Run r = run("format", items.toString(), "--style", evil.toString());
        assertEquals(Main.USAGE, r.status());
        assertFalse((r.out() + r.err()).contains("TOP-SECRET"), r.out() + r.err());
        assertTrue(r.err().contains("DOCTYPE"), r.err());
    }
}
