package org.opis.cite;

import org.opis.model.CslRecords;
import org.junit.jupiter.api.Test;
import org.opis.model.Reference;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A note in the notes-bibliography style without a bibliography: its full notes define the works,
 * short notes and ibid. resolve to them. With a reference list, a work given only in a full note
 * stays unresolved. Inputs are my own, not taken from the bundled or the real notes.
 */
class NoteWorksTest {

    private static CheckedNote check(String text) {
        SourceText src = new SourceText("t.md", text);
        return new CitationChecker(new BasicArchivalReader()).check(src, ReferenceListParser.parse(src));
    }

    private static CheckedCitation cited(CheckedNote note, String text) {
        return note.citations().stream().filter(c -> c.citation().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not found: " + text + " in " + note.citations()));
    }

    private static Reference ref(CheckedNote note, String id) {
        return note.references().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no work " + id + " in " + note.references().stream().map(Reference::id).toList()));
    }

    @Test
    void fullNoteDefinesTheWorkAndShortNoteAndIbidFollowIt() {
        CheckedNote note = check("""
                The city was built in three years.[^1] Its workers were peasants.[^2] Few stayed.[^3]

                ## Notes

                [^1]: Stephen Kotkin, *Magnetic Mountain: Stalinism as a Civilization* (Berkeley: University of California Press, 1995), 45.
                [^2]: Kotkin, *Magnetic Mountain*, 72.
                [^3]: Ibid., 80.
                """);
        assertEquals(1, note.references().size());
        Reference kotkin = ref(note, "kotkin1995magnetic");
        assertTrue(NoteWorks.fromNote(kotkin));
        assertEquals(5, kotkin.span().line());
        assertEquals("Kotkin", CslRecords.csl(kotkin).getAuthor()[0].getFamily());
        assertEquals("Stephen", CslRecords.csl(kotkin).getAuthor()[0].getGiven());
        assertEquals("Magnetic Mountain: Stalinism as a Civilization", CslRecords.csl(kotkin).getTitle());
        assertEquals("Berkeley", CslRecords.csl(kotkin).getPublisherPlace());
        assertEquals("University of California Press", CslRecords.csl(kotkin).getPublisher());
        assertEquals(1995, CslRecords.csl(kotkin).getIssued().getDateParts()[0][0]);
        assertNull(CslRecords.csl(kotkin).getPage()); // 45 is where the note points, not part of the work
        assertFalse(kotkin.extra().containsKey("locator"));

        assertEquals(3, note.citations().size());
        for (CheckedCitation c : note.citations()) {
            assertEquals(CitationStatus.RESOLVED, c.status(), c::toString);
            assertEquals("kotkin1995magnetic", c.resolvesTo().orElseThrow());
        }
        assertEquals(List.of(new Locator("page", "72")), cited(note, "Kotkin, Magnetic Mountain, 72").locators());
        assertEquals(List.of(new Locator("page", "80")), cited(note, "Ibid., 80").locators());
        assertEquals(0, note.summary().uncited());
        assertFalse(note.hasErrors(), () -> note.diagnostics().toString());
        assertTrue(note.diagnostics().stream().anyMatch(d -> d.code().equals(CitationChecker.WORKS_FROM_NOTES)));
    }

    @Test
    void fullNoteOfAnEditedVolumeNamesItsEditors() {
        CheckedNote note = check("""
                Archives opened in 1991.[^1] The guide lists them.[^2]

                ## Notes

                [^1]: Lynne Viola and Sheila Fitzpatrick, eds., *A Researcher's Guide to Sources on Soviet Social History in the 1930s* (Armonk, NY: M. E. Sharpe, 1990), 12.
                [^2]: Viola and Fitzpatrick, *Researcher's Guide*, 15.
                """);
        Reference guide = ref(note, "viola1990researchers");
        assertEquals(2, CslRecords.csl(guide).getEditor().length);
        assertEquals("Viola", CslRecords.csl(guide).getEditor()[0].getFamily());
        assertEquals("Fitzpatrick", CslRecords.csl(guide).getEditor()[1].getFamily());
        assertTrue(CslRecords.csl(guide).getAuthor() == null || CslRecords.csl(guide).getAuthor().length == 0);
        assertEquals("M. E. Sharpe", CslRecords.csl(guide).getPublisher());
        CheckedCitation shortNote = cited(note, "Viola and Fitzpatrick, Researcher's Guide, 15");
        assertEquals(CitationStatus.RESOLVED, shortNote.status(), shortNote::toString);
        assertEquals("viola1990researchers", shortNote.resolvesTo().orElseThrow());
    }

    @Test
    void titleFirstFullNoteDefinesAWorkWithoutAuthor() {
        CheckedNote note = check("""
                The count was suppressed.[^1] Its organisers were arrested.[^2]

                ## Notes

                [^1]: “The Soviet Census of 1937,” *Soviet Studies* 12, no. 3 (1961): 201–3.
                [^2]: Ibid., 204.
                """);
        Reference census = ref(note, "soviet1961census");
        assertEquals("The Soviet Census of 1937", CslRecords.csl(census).getTitle());
        assertEquals("Soviet Studies", CslRecords.csl(census).getContainerTitle());
        assertEquals("12", CslRecords.csl(census).getVolume());
        assertNull(CslRecords.csl(census).getPage()); // 201–3 is the pinpoint of a note, not the article's pages
        assertEquals("soviet1961census", cited(note, "Ibid., 204").resolvesTo().orElseThrow());
        assertEquals(CitationStatus.RESOLVED, note.citations().get(0).status());
    }

    @Test
    void workCitedInFullTwiceIsOneWork() {
        CheckedNote note = check("""
                First.[^1] Second.[^2]

                ## Notes

                [^1]: Elena Zubkova, *Russia after the War* (Armonk: M. E. Sharpe, 1998), 3.
                [^2]: Elena Zubkova, *Russia after the War* (Armonk: M. E. Sharpe, 1998), 9.
                """);
        assertEquals(1, note.references().size());
        assertEquals(List.of("zubkova1998russia", "zubkova1998russia"),
                note.citations().stream().map(c -> c.resolvesTo().orElseThrow()).toList());
    }

    @Test
    void withAListAFullNoteOfAWorkMissingFromItStaysUnresolvedAndItsShortNoteSaysSo() {
        CheckedNote note = check("""
                First.[^1] Second.[^2]

                [^1]: Lynne Viola, *Peasant Rebels under Stalin* (New York: Oxford University Press, 1996), 10.
                [^2]: Viola, *Peasant Rebels*, 11.

                ## References

                Kotkin, Stephen. *Magnetic Mountain*. Berkeley: University of California Press, 1995.
                """);
        assertEquals(List.of("kotkin1995magnetic"), note.references().stream().map(Reference::id).toList());
        CheckedCitation full = cited(note, "Lynne Viola, Peasant Rebels under Stalin (New York: Oxford University Press, 1996), 10");
        assertEquals(CitationStatus.UNRESOLVED, full.status());
        assertTrue(full.reason().endsWith("this note gives the work in full, but the reference list lacks it"), full::reason);
        CheckedCitation shortNote = cited(note, "Viola, Peasant Rebels, 11");
        assertEquals(CitationStatus.UNRESOLVED, shortNote.status());
        assertTrue(shortNote.reason().contains("the full note at line 3 gives the work"), shortNote::reason);
        assertTrue(note.diagnostics().stream().noneMatch(d -> d.code().equals(CitationChecker.WORKS_FROM_NOTES)));
    }

    @Test
    void pinpointAfterTheImprintIsCutOffTheWork() {
        String t = "X, *Y* (Paris: Alcan, 1900), 69: 198–201";
        assertEquals(t.indexOf(')') + 1, NoteWorks.withoutPinpoint(t, 0, t.length()));
        String u = "X, *Y* (Paris: Alcan, 1900), with a preface";
        assertEquals(u.length(), NoteWorks.withoutPinpoint(u, 0, u.length()));
    }
}
