package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An unclosed {@code [} (issue 13): real notes with one {@code ]} removed keep every citation, get a
 * {@code citation/unclosed-bracket} finding at the {@code [}, and the text after it is read as before.
 */
class UnclosedBracketTest {

    static final String DOC = "src/test/resources/org/opis/document/";

    private static JsonNode check(Path note, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", note.toString(), "--format", "json"));
        args.addAll(List.of(more));
        Run r = Run.run(args.toArray(String[]::new));
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> citations(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : report.get("citations")) out.add(c.get("text").asText() + " → " + c.path("resolvesTo").asText() + " " + c.path("locator"));
        return out;
    }

    private static List<String> findings(JsonNode report, String code) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : report.get("diagnostics")) {
            if (d.get("code").asText().equals(code)) out.add(d.get("span").get("line").asInt() + ":" + d.get("span").get("column").asInt());
        }
        return out;
    }

    private static Path without(Path dir, String file, String from, String to) throws Exception {
        String text = Files.readString(Path.of(file));
        assertTrue(text.contains(from), from);
        Path f = dir.resolve(Path.of(file).getFileName().toString());
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void anUnclosedPandocBracketIsStillOneCitationWithItsLocator(@TempDir Path dir) throws Exception {
        JsonNode before = check(Path.of(DOC + "manuscript.md"), "--bibliography", DOC + "library.bib");
        Path broken = without(dir, DOC + "manuscript.md", "@fitzpatrick1999]. As", "@fitzpatrick1999. As");
        JsonNode after = check(broken, "--bibliography", DOC + "library.bib");
        assertEquals(List.of("3:39"), findings(after, "citation/unclosed-bracket"), after.get("diagnostics").toString());
        assertEquals(List.of(), findings(before, "citation/unclosed-bracket"));
        List<String> a = citations(before), b = citations(after);
        assertEquals(a.size(), b.size(), b.toString());
        // kotkin1995 keeps "p. 45" and fitzpatrick1999 stays a bracketed citation; @gaddis2005 [p. 54] after it is read as before
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).replace("]", ""), b.get(i).replace("]", ""));
        }
        assertTrue(b.stream().anyMatch(s -> s.contains("kotkin1995") && s.contains("\"45\"")), b.toString());
        assertTrue(b.stream().anyMatch(s -> s.contains("gaddis2005") && s.contains("\"54\"")), b.toString());
    }

    @Test
    void anUnclosedBracketInAnArchivalCitationIsNamedAndTheRestOfTheNoteIsRead(@TempDir Path dir) throws Exception {
        String note = "references/selivanov-2017/note.md";
        JsonNode before = check(Path.of(note));
        Path broken = without(dir, note, "History [RGASPI], f. 495", "History [RGASPI, f. 495");
        JsonNode after = check(broken);
        assertEquals(List.of("47:315"), findings(after, "citation/unclosed-bracket"));
        List<String> a = citations(before), b = citations(after);
        assertEquals(a.size(), b.size());
        int differ = 0;
        for (int i = 0; i < a.size(); i++) if (!a.get(i).equals(b.get(i))) differ++;
        assertEquals(1, differ, "only the citation with the broken bracket reads differently");
    }

    @Test
    void anUnclosedNoteCallChangesNoCitation(@TempDir Path dir) throws Exception {
        String note = "references/wikipedia-cold-war/note.md";
        JsonNode before = check(Path.of(note));
        JsonNode after = check(without(dir, note, "policy.[11]", "policy.[11"));
        assertEquals(citations(before), citations(after));
    }
}
