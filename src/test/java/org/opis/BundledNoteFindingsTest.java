package org.opis;

import org.opis.cite.CheckedNote;
import org.opis.model.Diagnostic;
import org.opis.model.FindingCodes;
import org.opis.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled note gives the findings a reader of it sees by hand (README, "What it does on the
 * bundled note"), each with the severity its catalogue entry declares.
 */
class BundledNoteFindingsTest {

    @Test
    void bundledNoteFindingsAreTheDeclaredOnes() throws Exception {
        CheckedNote note = Opis.check(Path.of("references/selivanov-2017/note.md"));
        Map<String, Integer> count = new TreeMap<>();
        for (Diagnostic d : note.diagnostics()) {
            count.merge(d.code(), 1, Integer::sum);
            Severity declared = FindingCodes.get(d.code()).severity();
            // archival/order may be lowered to a warning by a scheme (AQSH); nothing is raised.
            assertTrue(d.severity().compareTo(declared) >= 0, d + " declared " + declared);
        }
        // 6 loose matches (Bukharkin / Buharkin …), 1 unresolved (Gaiduk 2010), 1 uncited (Gaiduk 1996)
        assertEquals(6, count.get("citation/fuzzy"), count::toString);
        assertEquals(1, count.get("citation/unresolved"), count::toString);
        assertEquals(1, count.get("reference/uncited"), count::toString);
        // "d. ½, ll. 104–5" (line 61) and "pp. 145–60" (line 81)
        assertTrue(count.get("archival/vulgar-fraction") >= 1, count::toString);
        assertTrue(count.get("archival/pages-for-leaves") >= 1, count::toString);
        assertTrue(count.get("archival/abbreviated-range") >= 2, count::toString);
    }
}
