package org.opis.archival;

import org.junit.jupiter.api.Test;
import org.opis.Opis;
import org.opis.model.Reference;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The archives declared in the note's reference list, as the reference-list parser reads them, match the registry. */
class DeclaredArchivesTest {

    @Test
    void theNotesThreeArchivesAreRegistryEntries() throws Exception {
        List<Reference> archives = Opis.parse(Path.of("references/selivanov-2017/note.md")).references().stream()
                .filter(Reference::archive).toList();
        ArchiveRegistry registry = ArchivalEngine.standard().registry();
        assertEquals(List.of("AVP RF", "RGANI", "RGASPI"),
                archives.stream().map(r -> registry.matchDeclared(r).orElseThrow().id()).sorted().toList());
        ArchivalEngine note = ArchivalEngine.standard().withDeclared(archives);
        assertEquals(registry.entries().size(), note.registry().entries().size());
    }
}
