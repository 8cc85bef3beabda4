package org.opis.names;

import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class NameParserTest {

    private static void name(CSLName n, String family, String given) {
        assertEquals(family, n.getFamily());
        assertEquals(given, n.getGiven());
        assertNull(n.getLiteral());
    }

    @Test
    void invertedNameWithInitialsKeepsTheirFullStops() {
        List<CSLName> n = NameParser.parseNames("Smirnova, N.D.");
        assertEquals(1, n.size());
        name(n.get(0), "Smirnova", "N.D.");
    }

    @Test
    void invertedThenNaturalOrderCoauthor() {
        List<CSLName> n = NameParser.parseNames("Zubok, V.M., and Constantine Pleshakov.");
        assertEquals(2, n.size());
        name(n.get(0), "Zubok", "V.M.");
        name(n.get(1), "Pleshakov", "Constantine");
    }

    @Test
    void givenNameWithMiddleInitialStaysGiven() {
        name(NameParser.parseNames("Prifti, Peter R.").get(0), "Prifti", "Peter R.");
    }

    @Test
    void chineseNameAfterAnInvertedOneIsFamilyFirst() {
        List<CSLName> n = NameParser.parseNames("Kapo, Hysni, and Deng Xiaoping");
        assertEquals(2, n.size());
        name(n.get(0), "Kapo", "Hysni");
        name(n.get(1), "Deng", "Xiaoping");
    }

    @Test
    void westernNameIsNotMistakenForChinese() {
        name(NameParser.parseNames("Li Williams").get(0), "Williams", "Li");
    }

    @Test
    void vietnameseNamesAreKeptWhole() {
        assertEquals("Nguyễn Văn Linh", NameParser.parseNames("Nguyễn Văn Linh").get(0).getLiteral());
        assertEquals("Trường Chinh", NameParser.parseNames("Trường Chinh").get(0).getLiteral());
        assertEquals("Pham Van Dong", NameParser.parseNames("Pham Van Dong").get(0).getLiteral());
    }

    @Test
    void corporateAuthorIsKeptWhole() {
        List<CSLName> n = NameParser.parseNames("Central Committee of the Party of Labour of Albania, Institute of Marxist-Leninist Studies");
        assertEquals(1, n.size());
        assertEquals("Central Committee of the Party of Labour of Albania, Institute of Marxist-Leninist Studies", n.get(0).getLiteral());
    }

    @Test
    void gostFamilyThenInitials() {
        List<CSLName> n = NameParser.parseNames("Иванов И.И., Петров П.П.");
        assertEquals(2, n.size());
        name(n.get(0), "Иванов", "И.И.");
        name(n.get(1), "Петров", "П.П.");
    }

    @Test
    void particleBeforeFamilyName() {
        CSLName n = NameParser.parseNames("Ludwig von Mises").get(0);
        assertEquals("Mises", n.getFamily());
        assertEquals("von", n.getNonDroppingParticle());
        assertEquals("Ludwig", n.getGiven());
    }

    @Test
    void capitalisedParticleAfterAGivenNameBelongsToTheFamily() {
        // references/betts-war-peace-strategy: "Stephen Van Evera, \"Primed for Peace …\"" — the family is Van Evera
        CSLName n = NameParser.parseNames("Stephen Van Evera").get(0);
        assertEquals("Evera", n.getFamily());
        assertEquals("Van", n.getNonDroppingParticle());
        assertEquals("Stephen", n.getGiven());
        // a lone capitalised first word is a given name, not a particle ("Van Morrison")
        assertEquals("Morrison", NameParser.parseNames("Van Morrison").get(0).getFamily());
        assertEquals("Van", NameParser.parseNames("Van Morrison").get(0).getGiven());
    }

    @Test
    void vietnameseNamesBodiesAndTheirAnd() {
        // references/vi-wikipedia-nam-tien: two-word names are family first; "Viện …" (institute) is a body; "và" is "and"
        CSLName n = NameParser.parseNames("Lâm Giang").get(0);
        assertEquals("Lâm", n.getFamily());
        assertEquals("Giang", n.getGiven());
        assertEquals("Đông", NameParser.parseNames("Đông Hồ").get(0).getFamily());
        assertEquals("Viện dân tộc học", NameParser.parseNames("Viện dân tộc học").get(0).getLiteral());
        var two = NameParser.parseNames("Rie Nakamura và Claire Sutherland");
        assertEquals(2, two.size());
        assertEquals("Sutherland", two.get(1).getFamily());
        // a western two-word name stays given-family
        assertEquals("Lockhart", NameParser.parseNames("Bruce Lockhart").get(0).getFamily());
    }

    @Test
    void aNoDateMarkIsNoPartOfTheName() {
        // references/hughes-history-wars: "The Harry S. Truman Library and Museum. n.d. “Presidential Years …”"
        assertEquals("The Harry S. Truman Library and Museum", NameParser.parseNames("The Harry S. Truman Library and Museum. n.d").get(0).getLiteral());
    }

    @Test
    void roleMarkersMakeEditorsAndTranslators() {
        assertEquals("editor", NameParser.parseList("Ostermann, Christian F., ed.").role());
        assertEquals("editor", NameParser.parseList("Kramer, M. (red.)").role());
        assertEquals("translator", NameParser.parseList("Petrovich, Michael B., trans.").role());
        assertEquals("author", NameParser.parseList("Djilas, Milovan.").role());
        name(NameParser.parseList("Ostermann, Christian F., eds.").names().get(0), "Ostermann", "Christian F.");
    }

    /** Reading-order names joined by commas (German and French lists, the Wiesbaden and Programming Historian lists). */
    @Test
    void namesInReadingOrderJoinedByCommasAreSeveralNames() {
        List<CSLName> n = NameParser.parseNames("Lothar Bembenek, Axel Ulrich");
        assertEquals(2, n.size());
        name(n.get(0), "Bembenek", "Lothar");
        name(n.get(1), "Ulrich", "Axel");
        n = NameParser.parseNames("Klaus-Dieter Grunwald, Hermann Otto Geißler, Sigurd Rink");
        assertEquals(3, n.size());
        name(n.get(1), "Geißler", "Hermann Otto");
    }

    @Test
    void anInvertedNameWithAOneWordOrParticleFamilyStaysOneName() {
        List<CSLName> n = NameParser.parseNames("Gaddis, John Lewis");
        assertEquals(1, n.size());
        name(n.get(0), "Gaddis", "John Lewis");
        // a Spanish double surname opening with a particle is family-first
        n = NameParser.parseNames("De Paz Sánchez, Manuel Antonio");
        assertEquals(1, n.size());
        assertEquals("Manuel Antonio", n.get(0).getGiven());
        n = NameParser.parseNames("Schlesinger, Arthur M.");
        assertEquals(1, n.size());
    }

    /** Reading-order names with a middle initial (the Lentner syllabus) are not GOST's {@code Family I.}: a family name and a comma or "and" follow the initial. */
    @Test
    void aGivenNameAndInitialFollowedByAFamilyNameIsReadingOrder() {
        assertTrue(NameParser.givenInitialFamily(" Patterson, J. Garry Gifford, and Kenneth J. Hagan, _American Foreign Policy_"));
        assertTrue(NameParser.givenInitialFamily(" Scott and Stephen M. Garrison, _The Political Science Student Writer's Manual_"));
        assertTrue(NameParser.givenInitialFamily(" Franck and Edward Weisband, _Foreign Policy By Congress_"));
        // GOST: the title follows the initials
        assertFalse(NameParser.givenInitialFamily(" Петр Великий. Личность и реформы. СПб. : Питер, 2009."));
        assertFalse(NameParser.givenInitialFamily(" War and Peace in the Nuclear Age. M., 1990."));
        assertFalse(NameParser.givenInitialFamily(" Россия и Европа в XIX веке. М., 1999."));
        // a GOST title opening with a word and a comma (the early-modern list)
        assertFalse(NameParser.givenInitialFamily(" Патроны, слуги и друзья. Русско-украинские неформальные связи"));
        assertTrue(NameParser.givenInitialFamily(" Ross, \"U.S. Policy Toward China,\" in Art and Brown"));
        assertTrue(NameParser.givenInitialFamily(" Nye, Jr., _Bound to Lead_"));
    }

    /** Family names in capitals, as a French reading list writes them (references/fr-davion-relations-internationales). */
    @Test
    void familyNamesInCapitalsAreFamilyNamesAtEitherEnd() {
        name(NameParser.natural("BONIFACE Pascal"), "BONIFACE", "Pascal");
        name(NameParser.natural("MOREAU-DEFARGES Philippe"), "MOREAU-DEFARGES", "Philippe");
        name(NameParser.natural("WEIGLEY Russel F"), "WEIGLEY", "Russel F");
        name(NameParser.natural("NÉRARD F-X"), "NÉRARD", "F-X");
        name(NameParser.natural("CHANNON J"), "CHANNON", "J");
        name(NameParser.natural("Pierre MÉLANDRI"), "MÉLANDRI", "Pierre");
        // a Roman numeral is no family name in capitals, nor are names without one
        assertNull(NameParser.capitalisedFamily("Louis XIV".split(" ")));
        assertNull(NameParser.capitalisedFamily("Pierre Mélandri".split(" ")));
        List<CSLName> two = NameParser.parseNames("BONIFACE Pascal et VÉDRINE Hubert");
        assertEquals(2, two.size());
        name(two.get(1), "VÉDRINE", "Hubert");
    }

    /**
     * A family that is also a word of bodies, written family first with a given name, is a person
     * ({@code Service, Robert. _Stalin: A Biography_}, a real Spanish bibliography); a body written
     * inverted around a body word stays one literal name.
     */
    @Test
    void aFamilyThatIsABodyWordBeforeAGivenNameIsAPerson() {
        List<CSLName> n = NameParser.parseNames("Service, Robert");
        assertEquals("Service", n.get(0).getFamily());
        assertEquals("Robert", n.get(0).getGiven());
        assertEquals("Congress, Library of", NameParser.parseNames("Congress, Library of").get(0).getLiteral());
    }

    @Test
    void aGivenNameAndACorporateWordIsAPerson() {
        // Chicago notes write the historian of the Soviet Union in reading order: "Robert Service, Stalin: A Biography
        // (London: Macmillan, 2004)"; the inverted form is in references/wikipedia-cold-war-sources
        CSLName n = NameParser.parseNames("Robert Service").get(0);
        assertEquals("Service", n.getFamily());
        assertEquals("Robert", n.getGiven());
        assertNull(n.getLiteral());
        // bodies keep their corporate word: not a given name before it, or more than two words
        assertEquals("Secret Service", NameParser.parseNames("Secret Service").get(0).getLiteral());
        assertEquals("Foreign Broadcast Information Service", NameParser.parseNames("Foreign Broadcast Information Service").get(0).getLiteral());
        assertEquals("Robert Schuman Foundation", NameParser.parseNames("Robert Schuman Foundation").get(0).getLiteral());
    }

    /** Hungarian historians of 1956 as Hungarian lists write them, family first without a comma; English order untouched. */
    @Test
    void hungarianNamesAreFamilyFirst() {
        for (String[] n : new String[][]{{"Romsics Ignác", "Romsics", "Ignác"}, {"Borhi László", "Borhi", "László"},
                {"Standeisky Éva", "Standeisky", "Éva"}, {"Ungváry Krisztián", "Ungváry", "Krisztián"}, {"Békés Csaba", "Békés", "Csaba"}}) {
            CSLName c = NameParser.natural(n[0]);
            assertEquals(n[1], c.getFamily(), n[0]);
            assertEquals(n[2], c.getGiven(), n[0]);
        }
        // with a middle initial, as Rainer M. János writes himself
        CSLName rainer = NameParser.natural("Rainer M. János");
        assertEquals("Rainer", rainer.getFamily());
        assertEquals("János M.", rainer.getGiven());
        // a given name first stays given: "Péter Kende" as an English list writes him
        assertEquals("Kende", NameParser.natural("Péter Kende").getFamily());
        assertEquals("Service", NameParser.natural("Robert Service").getFamily());
    }
}
