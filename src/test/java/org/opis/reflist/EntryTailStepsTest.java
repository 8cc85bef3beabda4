package org.opis.reflist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * More of the steps {@link EntryParser} reads an entry in, each on its own on real entries of the gold lists (the
 * expected values read off the entry text): a declared archive, the statements and volumes after a title, the type.
 */
class EntryTailStepsTest {

    @Test
    void declaredArchivesReadTheNameItsTranslationAndTheAcronym() {
        // references/selivanov-2017
        String e = "Rossijskij gosudarstvennyj arhiv social'no-politicheskoy istorii [Russian State Archive of Socio-Political History] (RGASPI).";
        StringBuilder b = new StringBuilder(e);
        Draft d = new Draft();
        assertTrue(DeclaredArchives.tryArchive(e, b, 0, d));
        assertEquals("collection", d.type);
        assertEquals("Rossijskij gosudarstvennyj arhiv social'no-politicheskoy istorii", d.title);
        assertEquals("RGASPI", d.archive);
        assertEquals("Russian State Archive of Socio-Political History", d.extra.get("english-name"));
        assertTrue(b.toString().isBlank());
    }

    @Test
    void tailStatementsTakeTheEditionAfterTheTitle() {
        // references/bobroff-road-to-world-war-one: the part after "_Germany and the Approach of War in 1914_"
        String tail = ". 2nd ed. New York: St. Martin's, 1993.";
        StringBuilder b = new StringBuilder(tail);
        Draft d = new Draft();
        TailStatements.take(b, d);
        assertEquals("2", d.edition);
        assertFalse(b.toString().contains("2nd ed."));
        assertTrue(b.toString().contains("New York: St. Martin's, 1993."), "the imprint is left for the next steps");
    }

    @Test
    void tailStatementsTakeTheEditorsOfTheBook() {
        // references/arnold-gender-archaeology: the part after the book title "_Exploring Gender through Archaeology_"
        String tail = " , edited by C. Claassen, pp. 1-9. Madison: Prehistory Press.";
        StringBuilder b = new StringBuilder(tail);
        Draft d = new Draft();
        TailStatements.take(b, d);
        assertEquals(1, d.editors.size());
        assertEquals("Claassen", d.editors.get(0).getFamily());
        assertFalse(b.toString().contains("edited by"));
    }

    @Test
    void entryVolumesTakeALabelledVolumeAfterTheTitle() {
        // references/betts-war-peace-strategy (Chicago note): the part after the title "… Analysis"
        String tail = ", Sage Library of Social Research vol. 40 (Sage, 1977).";
        StringBuilder b = new StringBuilder(tail);
        Draft d = new Draft();
        EntryVolumes.takeFromTail(b, d);
        assertEquals("40", d.volume);
        assertFalse(b.toString().contains("vol. 40"));
    }

    @Test
    void typeChoiceMakesAQuotedTitleInAJournalWithAVolumeAnArticle() {
        // "… Sokolov's *A School for Fools*: … *The Slavic and East European Journal* 27 (1): 91–97." (en-sokolov-dog-bibliography)
        Draft d = new Draft();
        d.title = "Sokolov's A School for Fools: An Escape from Socialist Realism";
        d.containerTitle = "The Slavic and East European Journal";
        d.volume = "27";
        d.issue = "1";
        TypeChoice.choose(TitleKind.QUOTED, false, false, d);
        assertEquals("article-journal", d.type);
        Draft book = new Draft();
        book.title = "Germany and the Approach of War in 1914";
        book.place = "New York";
        book.publisher = "St. Martin's";
        TypeChoice.choose(TitleKind.ITALIC, false, false, book);
        assertEquals("book", book.type);
    }
}
