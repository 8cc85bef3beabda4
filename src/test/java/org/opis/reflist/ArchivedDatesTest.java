package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArchivedDatesTest {

    private static Tagger.Tagged dated(String entry, String date) {
        int s = entry.indexOf(date);
        return new Tagger.Tagged(entry, List.of(), new int[0], List.of(new Field(Label.DATE, date, s, s + date.length(), 0.9, List.of())));
    }

    @Test
    void aDateWrittenOnlyAsTheArchivingDateIsNotTaken() {
        // references/wikipedia-history-of-cuba: the fold tagger read the archiving date as the date of publication
        String e = "\"CIA World Factbook: Cuba: Introduction: Background\". Archived from the original on 7 November 2016. Retrieved 27 November 2016.";
        assertEquals(List.of(), ArchivedDates.mend(List.of("issued"), dated(e, "7 November 2016")));
    }

    @Test
    void aDateOfPublicationIsLeftToTheChooser() {
        String e = "\"US welcomes Cuba decision to end foreign travel permits\". BBC. 16 October 2012. Archived from the original on 18 October 2012.";
        assertEquals(List.of("issued"), ArchivedDates.mend(List.of("issued"), dated(e, "16 October 2012")));
    }
}
