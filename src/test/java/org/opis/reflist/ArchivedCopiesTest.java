package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Entries of references/wikipedia-history-of-cuba, whose gold has no container, volume or date from the archived-copy note. */
class ArchivedCopiesTest {

    @Test
    void fieldsReadFromTheNoteAreDropped() {
        String e = "\"Ramon Grau San Martin\" Archived 15 January 2009 at the Wayback Machine. Answers.com. Retrieved 27 November 2011.";
        CSLItemData d = ArchivedCopies.mend(new CSLItemDataBuilder().title("Ramon Grau San Martin").containerTitle("Archived").volume("15")
                .issued(new CSLDateBuilder().dateParts(2009, 1, 15).build()).build(), e);
        assertEquals("Ramon Grau San Martin", d.getTitle());
        assertNull(d.getContainerTitle());
        assertNull(d.getVolume());
        assertNull(d.getIssued());
    }

    @Test
    void aTitleLosesTheNoteItRanOver() {
        String e = "The Battles at El Caney and San Juan Hill Archived 14 July 2013 at the Wayback Machine. HomeOfHeroes.com. Retrieved 28 June 2013.";
        CSLItemData d = ArchivedCopies.mend(new CSLItemDataBuilder().title("The Battles at El Caney and San Juan Hill Archived 14 July 2013 at the Wayback Machine").build(), e);
        assertEquals("The Battles at El Caney and San Juan Hill", d.getTitle());
    }

    @Test
    void aDateWrittenOutsideTheNoteStays() {
        String e = "\"Cuba quiet after Castro announces resignation\" Archived 19 October 2011 at the Wayback Machine. CNN. 19 February 2008. Retrieved 17 October 2011.";
        CSLItemData d = ArchivedCopies.mend(new CSLItemDataBuilder().title("Cuba quiet after Castro announces resignation")
                .issued(new CSLDateBuilder().dateParts(2008, 2, 19).build()).build(), e);
        assertEquals(2008, d.getIssued().getDateParts()[0][0]);
    }
}
