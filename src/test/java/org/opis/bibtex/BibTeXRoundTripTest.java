package org.opis.bibtex;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceText;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BibTeX → records → BibTeX keeps every entry, key, type and field of real third-party files (see SOURCES.md). */
class BibTeXRoundTripTest {

    static String resource(String name) throws Exception {
        try (InputStream in = BibTeXRoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "jabref-authors.bib, BIBTEX, 212",
            "jabref-2.10-saved.bib, BIBTEX, 6",
            "bbt-1921-language.biblatex.bib, BIBLATEX, 86",
            "bbt-384-names.bibtex.bib, BIBTEX, 40",
            "bbt-2413-russian.biblatex.bib, BIBLATEX, 1",
    })
    void thirdPartyFileSurvivesReadAndWrite(String file, Flavour flavour, int entries) throws Exception {
        String original = resource(file);
        ParsedRecords records = new BibTeXReader().read(new SourceText(file, original));
        assertEquals(entries, records.references().size());
        assertFalse(records.hasErrors(), records.diagnostics().toString());
        StringWriter out = new StringWriter();
        new BibTeXWriter(flavour, BibTeXWriter.KeyPolicy.KEEP).write(records.references(), out);

        Map<String, BibFields.Entry> before = BibFields.read(original);
        Map<String, BibFields.Entry> after = BibFields.read(out.toString());
        assertEquals(before.keySet(), after.keySet());
        List<String> differences = new ArrayList<>();
        for (String key : before.keySet()) {
            BibFields.Entry a = before.get(key);
            BibFields.Entry b = after.get(key);
            if (!a.type().equals(b.type())) differences.add(key + ": type " + a.type() + " -> " + b.type());
            for (String f : a.fields().keySet()) {
                if (!b.fields().containsKey(f)) differences.add(key + ": lost " + f + " = " + a.fields().get(f));
                else if (!a.fields().get(f).equals(b.fields().get(f))) differences.add(key + ": " + f + " '" + a.fields().get(f) + "' -> '" + b.fields().get(f) + "'");
            }
            for (String f : b.fields().keySet()) {
                if (!a.fields().containsKey(f)) differences.add(key + ": added " + f + " = " + b.fields().get(f));
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n", differences));

        // and from then on the file is a fixed point: reading and writing it again changes no byte
        StringWriter again = new StringWriter();
        new BibTeXWriter(flavour, BibTeXWriter.KeyPolicy.KEEP).write(new BibTeXReader().read(new SourceText("out.bib", out.toString())).references(), again);
        assertEquals(out.toString(), again.toString());
    }
}
