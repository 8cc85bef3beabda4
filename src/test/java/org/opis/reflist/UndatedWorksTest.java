package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.Opis;
import org.opis.model.Reference;
import org.opis.text.SourceReader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Undated works of a syllabus (references/bodnar-bucur-history-memory-europe-america, week 2's readings). */
class UndatedWorksTest {

    @Test
    void namesThenAMarkedTitleReadAsAWork() {
        assertTrue(UndatedWorks.reads("**Maurice Halbwachs, _On Collective Memory_ , especially 1-83.**"));
        assertTrue(UndatedWorks.reads("_Jacques LeGoff, _History and Memory__"));
        assertTrue(UndatedWorks.reads("**James Fentress and Chris Wickham, _Social Memory_ , p. 1-143.**"));
        assertTrue(UndatedWorks.reads("Passerini, \"Mythbiography in Oral History,\" in Raphael Samuel and Paul Thompson, eds."));
    }

    @Test
    void headingsAndProseDoNot() {
        assertFalse(UndatedWorks.reads("**Week 2: Septemper 5: THEORIES OF REMEMBERING**"));
        assertFalse(UndatedWorks.reads("**COURSE DESCRIPTION:**"));
        assertFalse(UndatedWorks.reads("Students should read _Social Memory_ before the second meeting."));
        assertFalse(UndatedWorks.reads("_History and Memory_"));
    }

    /** In the syllabus the undated readings join the dated ones; before, week 5's two undated readings were dropped. */
    @Test
    void theSyllabusGivesItsUndatedReadings() throws Exception {
        List<Reference> refs = Opis.parse(SourceReader.read("references/bodnar-bucur-history-memory-europe-america/list.md"), true).references();
        List<String> raws = refs.stream().map(Reference::raw).toList();
        assertTrue(raws.contains("_Paul Fussell, _The Great War and Modern Memory_ (British)_"), raws.toString());
        assertTrue(raws.contains("_George Mosse, _Fallen Soldiers: Reshaping the Memory of the World Wars__"), raws.toString());
        assertEquals(0, raws.stream().filter(r -> r.startsWith("**Week")).count(), raws.toString());
    }
}
