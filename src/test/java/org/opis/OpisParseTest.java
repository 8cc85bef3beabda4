package org.opis;

import org.junit.jupiter.api.Test;
import org.opis.model.ParsedRecords;
import org.opis.spi.ImportFormat;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.nio.file.Path;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpisParseTest {

    @Test
    void parsesTheBundledNoteFromAPath() throws Exception {
        ParsedRecords r = Opis.parse(Path.of("references/selivanov-2017/note.md"));
        assertEquals(44, r.references().size());
    }

    @Test
    void missingFileIsAnIoFailureNotAFinding() {
        assertThrows(SourceReader.UnreadableException.class, () -> Opis.parse(Path.of("references/none/nothing.md")));
    }

    @Test
    void noteImportIsRegisteredAndStepsAsideForJsonAndBibtex() {
        ImportFormat note = ServiceLoader.load(ImportFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("note")).findFirst().orElseThrow();
        assertTrue(note.confidence(new SourceText("refs.md", "## References\n\n- Halliday, Jon. *The Artful Albanian*. London, 1986.")) >= 50);
        assertTrue(note.confidence(new SourceText("x.txt", "[{\"id\":\"a\"}]")) < 10);
        assertTrue(note.confidence(new SourceText("x.txt", "@book{a, title={T}}")) < 10);
        assertTrue(note.confidence(new SourceText("x.txt", "{\"id\":\"a\"}")) < 10);
        assertEquals(1, note.read(new SourceText("refs.md", "## References\n\n- Halliday, Jon. *The Artful Albanian*. London, 1986.")).references().size());
    }
}
