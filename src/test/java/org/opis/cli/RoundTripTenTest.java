package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten varied entries: .bib → .json → .bib → .json gives equal CSL-JSON and no braces the user did not
 * write; italics written {@code \emph{…}} or {@code {\em …}} are CSL rich text ({@code <i>…</i>}) in the
 * CSL-JSON and {@code \emph{…}} again in the .bib.
 */
class RoundTripTenTest {

    static final Path BIB = Path.of("src/test/resources/org/opis/bibtex/roundtrip-10.bib");

    @Test
    void bibToJsonToBibToJsonIsStableAndAddsNoBraces(@TempDir Path dir) throws Exception {
        Path json1 = dir.resolve("1.json"), bib2 = dir.resolve("2.bib"), json2 = dir.resolve("2.json");
        assertEquals(Main.OK, Run.run("convert", BIB.toString(), json1.toString()).status());
        assertEquals(Main.OK, Run.run("convert", json1.toString(), bib2.toString()).status());
        assertEquals(Main.OK, Run.run("convert", bib2.toString(), json2.toString()).status());
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(json1.toFile()), b = m.readTree(json2.toFile());
        assertEquals(10, a.size());
        assertEquals(a, b);
        assertEquals("Magnetic Mountain: Stalinism as a Civilization", a.get(0).path("title").asText());

        List<String> before = titles(Files.readString(BIB));
        List<String> after = titles(Files.readString(bib2));
        assertEquals(10, after.size());
        for (int i = 0; i < before.size(); i++) {
            // every word braced in the output was inside braces in the source (whole-title protection of a
            // non-English title counts as the source's own braces: the bovin entry is Russian)
            List<String> sourceWords = new ArrayList<>();
            for (String w0 : braced(before.get(i))) sourceWords.addAll(List.of(w0.split(" ")));
            for (String braced : braced(after.get(i))) {
                for (String w : braced.split(" ")) {
                    assertTrue(sourceWords.contains(w) || after.get(i).startsWith("{" + braced + "}") && after.get(i).endsWith("}"),
                            "new braces {" + braced + "} in " + after.get(i) + " (source: " + before.get(i) + ")");
                }
            }
        }
        // the source's braces that a style needs stay (a capital after ': ' is kept by bibtex's change.case$ itself)
        assertTrue(after.get(1).contains("{Vietnam}") && after.get(1).contains("{Indochina}"), after.get(1));
        assertTrue(after.get(7).contains("{GDR}") && after.get(7).contains("{USSR}"), after.get(7));
        assertTrue(after.get(9).contains("{McCarthy}"), after.get(9));
        assertTrue(after.get(0).equals("Magnetic Mountain: Stalinism as a Civilization"), after.get(0));

        // italics: read into CSL rich text, written back as \emph
        assertEquals("The Readers of <i>Novyi Mir</i>: Coming to Terms with the Stalinist Past", a.get(4).path("title").asText());
        assertEquals("Soviet Cinema and the Early Cold War: <span class=\"nocase\">Pudovkin's</span> <i>Admiral Nakhimov</i>", a.get(8).path("title").asText());
        assertEquals("The Readers of \\emph{Novyi Mir}: Coming to Terms with the Stalinist Past", after.get(4));
        assertEquals("Soviet Cinema and the Early Cold War: {Pudovkin's} \\emph{Admiral Nakhimov}", after.get(8));

        // case-protecting braces: read as CSL nocase spans (as Zotero and Better BibTeX read them), written back as
        // the same braces, and no others: every English title comes back exactly as the user wrote it
        assertEquals("Confronting <span class=\"nocase\">Vietnam</span>: <span class=\"nocase\">Soviet</span> policy toward the "
                + "<span class=\"nocase\">Indochina</span> conflict, 1954–1963", a.get(1).path("title").asText());
        assertEquals("The <span class=\"nocase\">Sino-Soviet</span> split", a.get(3).path("title").asText());
        // (bovin2003 too: a Russian title with the user's {XX} keeps it instead of whole-title protection)
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).replace("{\\em Admiral Nakhimov}", "\\emph{Admiral Nakhimov}"), after.get(i), "title " + i);
        }
    }

    private static List<String> titles(String bib) {
        List<String> out = new ArrayList<>();
        Matcher t = Pattern.compile("(?m)^\\s*title = \\{(.*)},?$").matcher(bib);
        while (t.find()) out.add(t.group(1));
        return out;
    }

    /** The words inside inner braces of a title value. */
    private static List<String> braced(String title) {
        List<String> out = new ArrayList<>();
        // a command's argument (\emph{Novyi Mir}) is not case protection
        Matcher b = Pattern.compile("(?<![A-Za-z])\\{([^{}\\\\]+)}").matcher(title);
        while (b.find()) out.add(b.group(1));
        return out;
    }
}
