package org.opis.reflist;

import org.opis.model.CslRecords;
import org.junit.jupiter.api.Test;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One work given in full in a note (Chicago note form), read by {@link ReferenceListParser#parseNoteEntry}. Inputs are my own. */
class NoteEntryTest {

    private static Reference note(String text) {
        SourceText src = new SourceText("n.md", text);
        return ReferenceListParser.parseNoteEntry(src, 0, text.length(), new Ids());
    }

    @Test
    void namesFollowedByEdAndACommaAreEditors() {
        Reference r = note("Sheila Fitzpatrick, ed., *Stalinism: New Directions* (London: Routledge, 2000)");
        assertEquals("Fitzpatrick", CslRecords.csl(r).getEditor()[0].getFamily());
        assertEquals("Sheila", CslRecords.csl(r).getEditor()[0].getGiven());
        assertTrue(CslRecords.csl(r).getAuthor() == null || CslRecords.csl(r).getAuthor().length == 0);
        assertEquals("Stalinism: New Directions", CslRecords.csl(r).getTitle());
        assertEquals("Routledge", CslRecords.csl(r).getPublisher());
        assertEquals("fitzpatrick2000stalinism", r.id());
    }

    @Test
    void commaClosingAnItalicTitleIsNotPartOfIt() {
        Reference r = note("Lev Tolstoi, *Voina i mir,* 4 vols. (Moscow: Nauka, 1960)");
        assertEquals("Voina i mir", CslRecords.csl(r).getTitle());
        assertEquals("4", CslRecords.csl(r).getNumberOfVolumes());
    }

    @Test
    void straightQuoteBetweenLettersIsAHardSignNotTheEndOfTheTitle() {
        Reference r = note("Ivan Petrov, \u201COb ob\"edinenii sektantov,\u201D *Russkaia mysl'*, no. 3 (1908)");
        assertEquals("Ob ob\"edinenii sektantov", CslRecords.csl(r).getTitle());
        assertEquals("Russkaia mysl'", CslRecords.csl(r).getContainerTitle());
        assertNull(CslRecords.csl(r).getPage());
    }
}
