package org.opis.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.model.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numeric note calls joined to their notes, on the whole Wikipedia articles and on calls written the other ways. */
class NoteCallsTest {

    private static DocumentChecker.Result check(Path file) throws Exception {
        return DocumentChecker.check(DocumentReader.read(file.toString(), Optional.empty()), Library.NONE);
    }

    private static String noteOf(DocumentChecker.Result r, String before) {
        for (NoteCalls.Call c : r.calls()) {
            String text = r.document().blocks().get(c.block()).text();
            if (text.substring(0, c.offset()).endsWith(before)) return c.note() < 0 ? "none" : r.document().blocks().get(c.note()).text();
        }
        return "no call";
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void wikipediaCallsReachTheirNotes(String format) throws Exception {
        // Cold War: "… Bernard Baruch, an influential advisor to Democratic presidents,[3] on 16 April 1947"; note 3 of References
        DocumentChecker.Result war = check(Path.of("references/wikipedia-whole/cold-war/page." + format));
        assertTrue(noteOf(war, "Democratic presidents,").contains("Gaddis 2005, p. 54."), noteOf(war, "Democratic presidents,"));
        // History of Cuba: a call inside explanatory note 1 ("… officially atheist from 1962 until 1992.[5]") is note 5 of the
        // numbered notes, not of the four explanatory ones
        DocumentChecker.Result cuba = check(Path.of("references/wikipedia-whole/history-of-cuba/page." + format));
        assertTrue(noteOf(cuba, "officially atheist from 1962 until 1992.").contains("Cuba (09/01)"), noteOf(cuba, "officially atheist from 1962 until 1992."));
    }

    @ParameterizedTest
    @CsvSource({
            // article, calls written [N] in page.md (grep -o '\[[0-9]\{1,3\}\]' page.md | wc -l), highest call number = notes of its list
            "cold-war, 459, 376",
            "history-of-cuba, 356, 267",
            "benito-mussolini, 352, 254"
    })
    void everyCallOfAWholeArticleIsJoined(String folder, int written, int highest) throws Exception {
        for (String format : List.of("md", "html")) {
            DocumentChecker.Result r = check(Path.of("references/wikipedia-whole", folder, "page." + format));
            // the calls the body and the notes hold (a few stand in tables and navigation, which are neither)
            assertTrue(r.calls().size() * 100 >= written * 97, folder + " " + format + ": " + r.calls().size() + " of " + written);
            assertTrue(r.calls().stream().allMatch(c -> c.note() >= 0), folder + ": every call has its note (the highest is " + highest + ")");
            assertTrue(r.checked().diagnostics().stream().noneMatch(d -> d.code().equals(NoteCalls.UNMATCHED)));
        }
        // the count by hand is the file's own
        Matcher m = Pattern.compile("\\[(\\d{1,3})\\]").matcher(Files.readString(Path.of("references/wikipedia-whole", folder, "page.md"), StandardCharsets.UTF_8));
        int n = 0, max = 0;
        while (m.find()) {
            n++;
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        assertEquals(written, n);
        assertEquals(highest, max);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "note.md|The first use of the term came in a speech by Bernard Baruch, an influential advisor to Democratic presidents,^1^ on 16 April 1947.^4^",
            "note.md|The first use of the term came in a speech by Bernard Baruch, an influential advisor to Democratic presidents,<sup>1</sup> on 16 April 1947.<sup>4</sup>",
            "note.txt|The first use of the term came in a speech by Bernard Baruch, an influential advisor to Democratic presidents,¹ on 16 April 1947.⁴",
            "note.txt|The first use of the term came in a speech by Bernard Baruch, an influential advisor to Democratic presidents,[1] on 16 April 1947.[4]",
            "note.html|<p>The first use of the term came in a speech by Bernard Baruch, an influential advisor to Democratic presidents,<sup>1</sup> on 16 April 1947.<sup>4</sup></p>"
    })
    void callsWrittenEveryWayJoinTheirNotesAndAMissingNoteIsAFinding(String name, String body) {
        String notes = name.endsWith(".html")
                ? "<h2>Notes</h2><ol><li>Gaddis 2005, p. 54.</li><li>Safire 2006.</li><li>Glass 2016.</li></ol>"
                + "<h2>Sources</h2><ul><li>Gaddis, John Lewis (2005). <i>The Cold War: A New History</i>. Penguin Press. ISBN 978-1-59420-062-5.</li></ul>"
                : "\n\n## Notes\n\n1. Gaddis 2005, p. 54.\n2. Safire 2006.\n3. Glass 2016.\n\n## Sources\n\n"
                + "- Gaddis, John Lewis (2005). *The Cold War: A New History*. Penguin Press. ISBN 978-1-59420-062-5.\n";
        Document doc = DocumentReader.read(name, (body + notes).getBytes(StandardCharsets.UTF_8), Optional.empty());
        DocumentChecker.Result r = DocumentChecker.check(doc, Library.NONE);
        assertEquals(2, r.calls().size(), r.calls().toString());
        NoteCalls.Call first = r.calls().get(0);
        assertEquals("1", first.label());
        assertEquals("Gaddis 2005, p. 54.", doc.blocks().get(first.note()).text().strip());
        assertEquals(1, first.span().line());
        NoteCalls.Call fourth = r.calls().get(1);
        assertEquals(-1, fourth.note());
        List<Diagnostic> unmatched = r.checked().diagnostics().stream().filter(d -> d.code().equals(NoteCalls.UNMATCHED)).toList();
        assertEquals(1, unmatched.size(), r.checked().diagnostics().toString());
        assertTrue(unmatched.get(0).message().contains("note call 4 has no note numbered 4"), unmatched.get(0).message());
    }
}
