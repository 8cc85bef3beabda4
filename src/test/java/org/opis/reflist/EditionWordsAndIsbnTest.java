package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;
import org.opis.model.CslRecords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Edition statements opened by a word ({@link EditionWords}), an edition or number of volumes closing the title after a
 * comma ({@link TitleEditions}), ISBNs read as their own characters only ({@link IsbnValues}) and a word closing the names
 * kept out of the title ({@link NameClosings}), read by the rules on real entries of the gold lists (betts-war-peace-strategy, en-rutgers-early-america-field-list, en-kamp-russian-revolution-4030,
 * lentner-us-foreign-policy, wikipedia-cold-war-sources, ja-wikipedia-soviet-history-bunken,
 * usf-his4936-student-bibliographies, smolansky-ir168-soviet-diplomacy, ru-khlevniuk-stalin-zhizn-notes); expected values read off the entries.
 */
class EditionWordsAndIsbnTest {
    private static CSLItemData rules(String entry) {
        return CslRecords.csl(RuleReader.reference(entry).orElseThrow());
    }

    @Test
    void anOrdinalWordEditionAfterTheTitlesComma() {
        CSLItemData d = rules("Hans Morgenthau, Politics Among Nations, Fifth Edition (Knopf, 1973).");
        assertEquals("Politics Among Nations", d.getTitle());
        assertEquals("5", d.getEdition());
        assertEquals("Knopf", d.getPublisher());
    }

    @Test
    void aLowerCaseOrdinalWithItsAbbreviation() {
        CSLItemData d = rules("James A. Henretta, The Evolution of American Society, 1700-1815: An Interdisciplinary Analysis, first ed. (Boston, 1973).");
        assertEquals("The Evolution of American Society, 1700-1815: An Interdisciplinary Analysis", d.getTitle());
        assertEquals("1", d.getEdition());
        assertEquals("Boston", d.getPublisherPlace());
    }

    @Test
    void aNumberOfVolumesAfterTheTitlesComma() {
        CSLItemData d = rules("Norman Rich, Hitler's War Aims, 2 volumes (Norton, 1973-74).");
        assertEquals("Hitler's War Aims", d.getTitle());
        assertEquals("2", d.getNumberOfVolumes());
    }

    @Test
    void anEditionSentenceOfItsOwn() {
        CSLItemData d = rules("Fitzpatrick, Sheila, _The Russian Revolution_. Second Edition. Oxford: Oxford University Press 1994.");
        assertEquals("The Russian Revolution", d.getTitle());
        assertEquals("2", d.getEdition());
        assertEquals("Oxford", d.getPublisherPlace());
    }

    @Test
    void aWordThatIsNoOrdinalKeepsAStatementSpelledOutAndDropsAnAbbreviation() {
        assertEquals("Updated Edition", rules("Lawrence S. Kaplan, _NATO and the United States: the Enduring Alliance_ , Updated Edition "
                + "(New York: Twayne Publishers, 1994)").getEdition());
        assertEquals("updated", rules("Grandin, Greg (2011). _The Last Colonial Massacre: Latin America in the Cold War_ (updated ed.). "
                + "University of Chicago Press. ISBN 978-0-226-30690-2.").getEdition());
    }

    @Test
    void aFirstEditionWithItsYearIsAPublicationHistoryNotTheEdition() {
        CSLItemData d = rules("Crane Brinton, _The Anatomy of Revolution_. New York: Vintage Books: 1965. [First edition 1932, subsequent editions 1952, 1965].");
        assertNull(d.getEdition());
        assertEquals("The Anatomy of Revolution", d.getTitle());
    }

    @Test
    void anIsbnStopsWhereItsCharactersStop() {
        assertEquals("4004302560", rules("三浦元博・山崎博康『東欧革命-権力の内側で何が起きたか-』（[岩波新書](../Page/岩波新書.md \"wikilink\") 1992年 ISBN 4004302560)P3-4").getISBN());
        assertEquals("978-0-8133-2633-7", rules("Shearman, Peter (1995). _Russian foreign policy since 1990_. Westview Press. "
                + "ISBN 978-0-8133-2633-7.[_permanent dead link_]").getISBN());
    }

    @Test
    void anIsbnLabelWrittenTwiceAndASpaceAfterAHyphen() {
        assertEquals("830511080X", rules("Jerzy Kirchmayer, Powstanie Warszawskie, Warszawa 1978, ISBN ISBN 830511080X, p. 576").getISBN());
        assertEquals("0-313-26007- 9", rules("Richard J. Kozicki, Piotr Wróbel (eds), Historical Dictionary of Poland, 966–1945, Greenwood Press, 1996, "
                + "ISBN 0-313-26007- 9, Google Print, p. 34").getISBN());
    }

    @Test
    void aClosingWordOfTheNamesIsNoWordOfTheTitle() {
        CSLItemData d = rules("Goncharov, S. et al., Uncertain Partners: Stalin, Mao and the Korean War (1993).");
        assertEquals("Uncertain Partners: Stalin, Mao and the Korean War", d.getTitle());
        assertEquals("Goncharov", d.getAuthor()[0].getFamily());
        assertEquals("Московский Кремль в годы Великой Отечественной войны",
                rules("Девятов С. В. и др. Московский Кремль в годы Великой Отечественной войны. М., 2010. С. 113–114.").getTitle());
    }

    @Test
    void aSuffixAfterTheNameGoesToTheName() {
        CSLItemData d = rules("Joseph S. Nye, Jr., Nuclear Ethics (Free Press, 1985).");
        assertEquals("Nuclear Ethics", d.getTitle());
        assertEquals("Nye", d.getAuthor()[0].getFamily());
        assertEquals("Jr.", d.getAuthor()[0].getSuffix());
        assertEquals("Free Press", d.getPublisher());
    }
}
