package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link ColonHead}: German-humanities entries read by the rules, on real entries (expected values from the entry text). */
class ColonHeadTest {

    @Test
    void namesJoinedBySlashesTheTitleWithItsSubtitleAndTheSuperscriptEdition() {
        // references/de-darmstadt-literaturhinweise
        CSLItemData d = RuleReader.read("Freytag, Nils/ Piereth, Wolfgang: Kursbuch Geschichte. Tipps und Regeln für wissenschaftliches "
                + "Arbeiten, Paderborn <sup>5</sup>2011.").orElseThrow();
        assertEquals(2, d.getAuthor().length);
        assertEquals("Freytag", d.getAuthor()[0].getFamily());
        assertEquals("Piereth", d.getAuthor()[1].getFamily());
        assertEquals("Wolfgang", d.getAuthor()[1].getGiven());
        assertEquals("Kursbuch Geschichte. Tipps und Regeln für wissenschaftliches Arbeiten", d.getTitle());
        assertEquals("Paderborn", d.getPublisherPlace());
        assertEquals("5", d.getEdition());
        assertEquals(2011, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void anEditorsRoleAndPlacesJoinedByASlash() {
        // references/de-darmstadt-literaturhinweise
        CSLItemData d = RuleReader.read("Lange, Thomas (Hg.): Geschichte – selbst erforschen. Schülerarbeit im Archiv, Weinheim/ Basel 1993.")
                .orElseThrow();
        assertNull(d.getAuthor());
        assertEquals("Lange", d.getEditor()[0].getFamily());
        assertEquals("Geschichte – selbst erforschen. Schülerarbeit im Archiv", d.getTitle());
        assertEquals("Weinheim/ Basel", d.getPublisherPlace());
    }

    @Test
    void aChapterWithItsBooksEditors() {
        // references/de-wiesbaden-widerstand-literatur
        CSLItemData d = RuleReader.read("Klaus-Jürgen Müller: Generaloberst Ludwig Beck -- Zentralfigur des national-konservativen "
                + "Widerstandes, in: Renate Knigge-Tesche, Axel Ulrich (Hrsg.): Verfolgung und Widerstand in Hessen 1933--1945. "
                + "Frankfurt/M. 1996, S. 538--547.").orElseThrow();
        assertEquals("Müller", d.getAuthor()[0].getFamily());
        assertEquals("Generaloberst Ludwig Beck -- Zentralfigur des national-konservativen Widerstandes", d.getTitle());
        assertEquals(2, d.getEditor().length);
        assertEquals("Knigge-Tesche", d.getEditor()[0].getFamily());
        assertEquals("Verfolgung und Widerstand in Hessen 1933--1945", d.getContainerTitle());
        assertEquals("Frankfurt/M.", d.getPublisherPlace());
        assertEquals(1996, d.getIssued().getDateParts()[0][0]);
        // pages with a doubled hyphen (TeX's en dash) are a range
        assertEquals("538--547", d.getPage());
    }

    @Test
    void anOrdinalDateInTheTitleIsNotTheImprint() {
        // references/juedisches-basel-literatur and de-wiesbaden-widerstand-literatur: "im 19. Jahrhundert", "20. Juli 1944"
        CSLItemData d = RuleReader.read("Pfister, Willy: Die Einbürgerung der Ausländer in der Stadt Basel im 19. Jahrhundert, Basel 1976.").orElseThrow();
        assertEquals("Die Einbürgerung der Ausländer in der Stadt Basel im 19. Jahrhundert", d.getTitle());
        assertEquals("Basel", d.getPublisherPlace());
        CSLItemData u = RuleReader.read("Axel Ulrich: 20. Juli 1944 -- Versuch eines Militärputsches sowie einer politisch-sozialen Revolution. "
                + "Verbindungen zum politischen Widerstand im Rhein-Main-Gebiet. Wiesbaden 1997.").orElseThrow();
        assertEquals("20. Juli 1944 -- Versuch eines Militärputsches sowie einer politisch-sozialen Revolution. Verbindungen zum politischen "
                + "Widerstand im Rhein-Main-Gebiet", u.getTitle());
        assertEquals("Wiesbaden", u.getPublisherPlace());
        assertEquals(1997, u.getIssued().getDateParts()[0][0]);
    }

    @Test
    void anEnglishTitleWithASubtitleAfterTheNamesIsNotAColonHead() {
        // references/betts-war-peace-strategy: the same head shape, but "(Publisher, Year)" and no "Place Year"
        CSLItemData d = RuleReader.read("Richard K. Betts, Military Readiness: Concepts, Choices, Consequences (Brookings Institution, 1995).")
                .orElseThrow();
        assertEquals(1, d.getAuthor().length);
        assertEquals("Military Readiness: Concepts, Choices, Consequences", d.getTitle());
        assertEquals(-1, ColonHead.colon("Richard K. Betts, Military Readiness: Concepts, Choices, Consequences (Brookings Institution, 1995).", 0));
    }

    @Test
    void anArticleInAPeriodicalAfterIn() {
        // references/juedisches-basel-literatur: no place and year, the periodical and its year after "in:"
        CSLItemData d = RuleReader.read("Guth-Dreyfus, Katia: 175 Jahre Israelitische Gemeinde Basel, in: Basler Stadtbuch 1980, S. 153-162.")
                .orElseThrow();
        assertEquals("Guth-Dreyfus", d.getAuthor()[0].getFamily());
        assertEquals("175 Jahre Israelitische Gemeinde Basel", d.getTitle());
        assertEquals("153-162", d.getPage());
        assertEquals(1980, d.getIssued().getDateParts()[0][0]);
    }
}
