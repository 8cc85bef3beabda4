package org.opis.document;

import org.junit.jupiter.api.Test;

import static org.opis.document.UnseenRealNotesTest.check;

/**
 * Round 26: four more whole real notes opis was not developed on, scored as {@link UnseenRealNotesTest} scores them
 * (hand counts in {@code references/NAME/citations.tsv}, method in each README). The floors are the figures measured
 * after this round's changes; the first run's figures are in the comment above them.
 */
class UnseenRealNotesRound26Test {

    /** Italian author-date against a two-entry list keyed "Serra 2010: …", "(ivi, 319-320)", "(ibidem)", a siglum "(*RR*, I, 319)" the list lacks, occurrence numbers "(7-9)". */
    @Test
    void italianIviIbidemAndSiglum() throws Exception {
        check(UnseenRealNotesTest.score("it-atlante-calvino-dubbio-ivi-ibidem", "note.md"), 20, FLOOR_DUBBIO);
    }

    /** Italian author-date "(Reuschel-Hurni 2011, 296)", "(*RR*, III, 1228-29)" then "(cfr. ivi, 1229)", titles and years of the stories discussed. */
    @Test
    void italianCfrIviAfterSiglum() throws Exception {
        check(UnseenRealNotesTest.score("it-atlante-calvino-luoghi-cfr-ivi", "note.md"), 7, FLOOR_LUOGHI);
    }

    /** A numbered "References" that is the endnotes: works in full with initials and unmarked titles, "Winblad, op. cit., p. 49.", "Ibid.". */
    @Test
    void endnoteListWithOpCitAndIbid() throws Exception {
        check(UnseenRealNotesTest.score("en-usenet-op-cit-ibid-endnote-list", "note.md"), 27, FLOOR_USENET);
    }

    /** Polish endnotes under "**Uwagi:**": "Patrz", "Zob. na przykład", "Por. Katz i Lindell, tamże, s. 3.", "(Londyn, 1999), s. 82-99. Krótki film …". */
    @Test
    void polishTamzeNotes() throws Exception {
        check(UnseenRealNotesTest.score("pl-burgers-kryptografia-tamze-uwagi", "note.md"), 6, FLOOR_BURGERS_PL);
    }

    // round 26 (hN) (found, right, locators right, most false finds). First run at 3b40a62, on notes counted by hand
    // beforehand: DUBBIO 18/15/10 0 false; LUOGHI 6/5/6 5; USENET 0/0/0 8 (27 counted; 0/0/0 8 of the first count's 8);
    // BURGERS_PL 3/3/2 1. After this round (capital roman pages, short keyed lists, SiglumCitations, PlainNoteLinks,
    // "Uwagi", Polish lead words and places, the page of a full note before a sentence of comment, repeat items make a
    // list notes, full notes with initials and unmarked titles) the figures below. Left: LUOGHI — the five "(*Title*,
    // 1953)" dates of the stories discussed read as citations; USENET — the corporate author "Tandem" of two works;
    // BURGERS_PL — the film by Andrew Allen (no citation form), "szczególnie s. 16-23, dla dobrego opisu".
    private static final int[] FLOOR_DUBBIO = {20, 20, 13, 0};
    private static final int[] FLOOR_LUOGHI = {7, 7, 7, 5};
    private static final int[] FLOOR_USENET = {27, 25, 24, 0};
    private static final int[] FLOOR_BURGERS_PL = {5, 5, 4, 0};
}
