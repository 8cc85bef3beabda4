package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bullets as a Word export leaves them, and a headless list's marked, dated lines, on a real list file. */
class MarkedLinesTest {

    @Test
    void wingdingsBulletsOpenEntriesAndTheFirstMarkedDatedLineIsNoTitle() throws Exception {
        // references/co-areandina-determinantes-sociales-bibliografia/list.md: no heading; each entry opens with U+F0A7 (a Wingdings
        // bullet saved as text) and a tab. The first line is an entry (the segmenter read it as the list's title and dropped it).
        String text = Files.readString(Path.of("references/co-areandina-determinantes-sociales-bibliografia/list.md"));
        assertTrue(text.startsWith("\uF0A7\tCommission on Social Determinants of Health."));
        List<Reference> refs = ReferenceListParser.parse(new SourceText("list.md", text)).references();
        assertTrue(refs.get(0).raw().startsWith("Commission on Social Determinants of Health. Action on the social determinants"), refs.get(0).raw());
        for (Reference r : refs) assertFalse(r.raw().startsWith("\uF0A7"), r.raw());
        // the third line, verbatim, is read as its own entry
        assertTrue(refs.stream().anyMatch(r -> r.raw().equals(
                "Organización Mundial de la Salud (2010). Comisión sobre Determinantes Sociales de la Salud - 2005-2008: OMS.")));
    }

    @Test
    void aBulletIsAListMarker() {
        assertTrue(ReferenceListParser.isMarked("\uF0B7\tSmith, J. (1990). Title."));
        assertTrue(ReferenceListParser.isMarked("▪ Smith, J. (1990). Title."));
        assertTrue(ReferenceListParser.isMarked("- Smith, J. (1990). Title."));
        assertFalse(ReferenceListParser.isMarked("Smith, J. (1990). Title."));
        assertFalse(ReferenceListParser.isMarked("\uF0B7Smith"));
    }
}
