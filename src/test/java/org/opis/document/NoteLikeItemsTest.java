package org.opis.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Items of a numbered list that read as notes, not entries (de-cbdd-weikersheim-ebd-kurzbelege; entries of other notes). */
class NoteLikeItemsTest {

    @Test
    void shortTitleFormsAndIbidReadAsNotes() {
        assertTrue(NoteLikeItems.noteLike("Poser, Deckenbilder, 1980, S. 160."));
        assertTrue(NoteLikeItems.noteLike("Käpplinger, Jagd, 2011."));
        assertTrue(NoteLikeItems.noteLike("Freeden, Georg Robin, 1943/44, S. 39. Ausführlich zur Baugeschichte und ihren Quellen jetzt: Ziegler, Idealplan, 2019."));
        assertTrue(NoteLikeItems.noteLike("Ebd. Außerdem Ortelius, Chronologia, 1602, „Ad Lectorem\"."));
        assertTrue(NoteLikeItems.noteLike("Diese wichtige Vorlage bereits bei Fandrey, Weikersheim, 2010, S. 60."));
    }

    @Test
    void entriesOfListsDoNot() {
        // en-wikipedia-suleymaniye-references-sources, its Sources list
        assertFalse(NoteLikeItems.noteLike("Goodwin, Godfrey (1971). _A History of Ottoman Architecture_. London: Thames & Hudson. ISBN 978-0-500-51192-3."));
        assertFalse(NoteLikeItems.noteLike("Kuban, Doğan (2010). _Ottoman Architecture_. Translated by Mill, Adair. Antique Collectors' Club. ISBN 9781851496044."));
        // the CbDD story's own list of web sources
        assertFalse(NoteLikeItems.noteLike("Residenzschloss Mannheim. Abgerufen 5. Februar 2026, von https://www.zum.de/Faecher/G/BW/Landeskunde/rhein/ma/schloss/treppenhaus.htm"));
    }

    @Test
    void repeatItemsAreNotesEvenAmongWorksGivenInFull() {
        // en-usenet-op-cit-ibid-endnote-list: a numbered "References" list whose items 9, 10 and 22 point back
        assertTrue(NoteLikeItems.repeat("Winblad, op. cit., p. 49."));
        assertTrue(NoteLikeItems.repeat("Ibid."));
        assertTrue(NoteLikeItems.repeat("Korson, op. cit., p. 41."));
        assertFalse(NoteLikeItems.repeat("Winblad, A.L., Edwards, S. D., and King, D. R. Object-Oriented Software, Addison-Wesley (1990)."));
        // a title that merely holds the word later on is not one
        assertFalse(NoteLikeItems.repeat("Jones, Mary. Ibid and Op. Cit.: A History of Scholarly Abbreviations, 2001."));
    }
}
