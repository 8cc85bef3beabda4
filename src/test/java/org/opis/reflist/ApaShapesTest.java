package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * APA and political-science author-date shapes of the eighth batch of real lists, read by the rules
 * ({@link ApaArticle}, {@link TrailingPages}, {@link HoldingRemarks}, the lone APA publisher and the
 * {@code 42, 3: 427-460} issue). Entries verbatim from {@code references/fisher-interactive-conflict-resolution},
 * {@code references/lutsky-psychology-holocaust} and {@code references/canedo-war-middle-east}; each was
 * misread before (names run into the title, the journal taken for the title, pages in the publisher).
 */
class ApaShapesTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> families(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getFamily).toList();
    }

    @Test
    void aRomanArticleTitleBeforeTheItalicJournal() {
        CSLItemData d = read("Doob, L.W. & Foltz, W.J. (1973). The Belfast Workshop: An Application of Group Techniques to a "
                + "Destructive Conflict. _Journal of Conflict Resolution_ , 17, pp. 489-512.");
        assertEquals(List.of("Doob", "Foltz"), families(d.getAuthor()));
        assertEquals("The Belfast Workshop: An Application of Group Techniques to a Destructive Conflict", d.getTitle());
        assertEquals("Journal of Conflict Resolution", d.getContainerTitle());
        assertEquals("17", d.getVolume());
        assertEquals("489-512", d.getPage());
        assertEquals(1973, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aChapterWithItsEditorsIntroducedByIn() {
        CSLItemData d = read("Wedge, B. (1987). Mediating Intergroup Conflict in the Dominican Republic.  In J.W. McDonald & "
                + "D.B. Bendahmane (Eds.), _Conflict Resolution: Track Two Diplomacy_. Washington, DC: Foreign Service "
                + "Institute, Department of State, pp. 35-52.");
        assertEquals(List.of("Wedge"), families(d.getAuthor()));
        assertEquals("Mediating Intergroup Conflict in the Dominican Republic", d.getTitle());
        assertEquals(List.of("McDonald", "Bendahmane"), families(d.getEditor()));
        assertEquals("Conflict Resolution: Track Two Diplomacy", d.getContainerTitle());
        assertEquals("Washington, DC", d.getPublisherPlace());
        assertEquals("Foreign Service Institute, Department of State", d.getPublisher());
        assertEquals("35-52", d.getPage());
    }

    @Test
    void aSpanishChapterIntroducedByEnAfterAFullStop() {
        // references/bo-historia-economica-bibliografia: APA in Spanish, "En" where English has "In"; the title's own
        // lower-case "en" ("en el siglo XIX", "en Bolivia entre") is no intro
        CSLItemData d = read("Contreras, M. E. (1993). La minería de la plata en el siglo XIX. En *Los bolivianos en el tiempo* "
                + "(pp. 218–223). INDEAA / UASB.");
        assertEquals(List.of("Contreras"), families(d.getAuthor()));
        assertEquals("La minería de la plata en el siglo XIX", d.getTitle());
        assertEquals("Los bolivianos en el tiempo", d.getContainerTitle());
        assertEquals("218–223", d.getPage());
        assertEquals("INDEAA / UASB", d.getPublisher());
        CSLItemData h = read("Huber Abendroth, H. (1997). Comercio, manufactura y hacienda pública en Bolivia entre 1825 y 1870. "
                + "En *El siglo XIX Bolivia y América Latina* (pp. 329–371). Muela del Diablo.");
        assertEquals(List.of("Huber Abendroth"), families(h.getAuthor()));
        assertEquals("Comercio, manufactura y hacienda pública en Bolivia entre 1825 y 1870", h.getTitle());
        assertEquals("El siglo XIX Bolivia y América Latina", h.getContainerTitle());
        assertEquals("Muela del Diablo", h.getPublisher());
    }

    @Test
    void inPressAndNoYearStillReadTheImprint() {
        CSLItemData d = read("Fisher, R.J. (In Press). Third Party Consultation Applied to the Cyprus Conflict. In N.N. Rouhana "
                + "(Ed.), _Innovation in Unofficial Third Party Intervention in International Conflict_. Syracuse, NY: "
                + "Syracuse University Press.");
        assertEquals("In Press", d.getStatus());
        assertEquals("Third Party Consultation Applied to the Cyprus Conflict", d.getTitle());
        assertEquals("Syracuse, NY", d.getPublisherPlace());
        assertEquals("Syracuse University Press", d.getPublisher());
    }

    @Test
    void aBindingRemarkAfterTheImprintIsANote() {
        CSLItemData d = read("Rothman, J. (1997).  _Resolving Identity-Based Conflict_.   San Francisco: Jossey-Bass.  (hardcover)");
        assertEquals("San Francisco", d.getPublisherPlace());
        assertEquals("Jossey-Bass", d.getPublisher());
        assertTrue(d.getNote() != null && d.getNote().contains("hardcover"), d.getNote());
    }

    @Test
    void aLoneNameAfterAnApaTitleIsThePublisherUnlessItIsAPlace() {
        CSLItemData d = read("Browning, C. (1992). _Ordinary Men_. Harper Collins.");
        assertEquals("Harper Collins", d.getPublisher());
        assertNull(d.getPublisherPlace());
        CSLItemData c = read("Staub, E. (1989). _The Roots of Evil_. Cambridge.");
        assertEquals("Cambridge", c.getPublisherPlace());
    }

    @Test
    void closingPagesAreASpanAfterARomanTitleAndNoPlaceAfterAnItalicOne() {
        CSLItemData d = read("Brown, R. (1965). The Authoritarian Personality and the Organization of Attitudes, pp. 477-526.");
        assertEquals("The Authoritarian Personality and the Organization of Attitudes", d.getTitle());
        assertEquals("477-526", d.getPage());
        CSLItemData b = read("Marrus, M. R. (1987). _The Holocaust in History_ , pp. 1-202.");
        assertEquals("The Holocaust in History", b.getTitle());
        assertNull(b.getPublisherPlace());
        assertNull(b.getPage());
    }

    @Test
    void volumeIssueAndPagesPoliticalScienceStyle() {
        CSLItemData d = read("Putnam, Robert D. 1988. \"Diplomacy and domestic politics: the logic of two- level games\" "
                + "_International Organization_ 42, 3: 427-460.");
        assertEquals("International Organization", d.getContainerTitle());
        assertEquals("42", d.getVolume());
        assertEquals("3", d.getIssue());
        assertEquals("427-460", d.getPage());
    }

    @Test
    void pagesAfterTheImprintLeaveThePublisherClean() {
        CSLItemData d = read("Vasquez, John A. 1993. _The War Puzzle_. Cambridge: Cambridge University Press, 14-50 (ch. 1).");
        assertEquals("Cambridge", d.getPublisherPlace());
        assertEquals("Cambridge University Press", d.getPublisher());
    }
}
