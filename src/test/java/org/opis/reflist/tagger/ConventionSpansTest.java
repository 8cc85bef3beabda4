package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.opis.reflist.tagger.HandLabels.fields;
import static org.opis.reflist.tagger.HandLabels.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Round 18's span rules, on real entries of the gold lists with the labels their leave-one-list-out fold models gave
 * them written out by hand (expected values checked against the entry text and the list's gold): a French series in
 * guillemets after the publisher, a series with its number in parentheses, a genre standing alone, an edition's number
 * the model left unlabelled.
 */
class ConventionSpansTest {

    @Test
    void aSeriesInGuillemetsAfterThePublisher() {
        // references/fr-davion-relations-internationales: the fold model left "Hachette « Carré »" unlabelled
        String e = "MILZA Pierre,Les Relations internationales de 1973 à nos jours, Hachette « Carré », 2001";
        List<Field> f = fields(e, "MILZA Pierre", Label.AUTHOR, "Les Relations internationales de 1973 à nos jours", Label.TITLE, "2001", Label.DATE);
        assertEquals("Hachette", text(f, Label.PUBLISHER));
        assertEquals("Carré", text(f, Label.COLLECTION_TITLE));
        assertEquals("Les Relations internationales de 1973 à nos jours", text(f, Label.TITLE));
        // the same list: the publisher run into the title ("…, La Découverte « Repères »")
        e = "BOZO Frédéric,La Politique étrangère de la France depuis 1945, La Découverte « Repères », 1997";
        f = fields(e, "BOZO Frédéric", Label.AUTHOR, "La Politique étrangère de la France depuis 1945, La Découverte", Label.TITLE, "1997", Label.DATE);
        assertEquals("La Politique étrangère de la France depuis 1945", text(f, Label.TITLE));
        assertEquals("La Découverte", text(f, Label.PUBLISHER));
        assertEquals("Repères", text(f, Label.COLLECTION_TITLE));
        // an article's title in guillemets right after a comma is not a series
        e = "Dupont, Jean, « Les ports de la Baltique », Revue historique, 1990";
        f = fields(e, "Dupont, Jean", Label.AUTHOR, "Les ports de la Baltique", Label.TITLE, "Revue historique", Label.CONTAINER_TITLE, "1990", Label.DATE);
        assertNull(text(f, Label.COLLECTION_TITLE));
    }

    @Test
    void aSeriesWithItsNumberInParentheses() {
        // references/de-wiesbaden-widerstand-literatur: series and "Bd. 50" after place and year
        String e = "Jürgen Steen, Gabriele Weiden: Toni Sender 1888 – 1964. Rebellin, Demokratin, Weltbürgerin. Ausstellungskatalog. Frankfurt/M. 1992 (Kleine Schriften des Historischen Museums, Bd. 50).";
        List<Field> f = fields(e, "Jürgen Steen, Gabriele Weiden", Label.AUTHOR, "Toni Sender 1888 – 1964", Label.TITLE,
                "Frankfurt/M", Label.PUBLISHER_PLACE, "1992", Label.DATE, "Kleine Schriften des Historischen Museums", Label.PUBLISHER);
        assertEquals("Kleine Schriften des Historischen Museums", text(f, Label.COLLECTION_TITLE));
        assertNull(text(f, Label.PUBLISHER));
        // references/de-darmstadt-literaturhinweise: "(= Reihe N)"
        e = "Bunnenberg, Christian/ Steffen, Nils (Hgg.): Geschichte auf YouTube. Neue Herausforderungen für Geschichtsvermittlung und historische Bildung, Berlin/Boston 2019 (= Medien der Geschichte 2).";
        f = fields(e, "Bunnenberg, Christian/ Steffen, Nils", Label.EDITOR, "Geschichte auf YouTube", Label.TITLE,
                "Berlin/Boston", Label.PUBLISHER_PLACE, "2019", Label.DATE);
        assertEquals("Medien der Geschichte", text(f, Label.COLLECTION_TITLE));
        assertNull(text(f, Label.VOLUME));
        // references/betts-war-peace-strategy: a publisher and a year in parentheses are the imprint
        e = "Hedley Bull, The Control of the Arms Race, Second Edition (Praeger, 1965).";
        f = fields(e, "Hedley Bull", Label.AUTHOR, "The Control of the Arms Race", Label.TITLE, "Second Edition", Label.EDITION,
                "Praeger", Label.PUBLISHER, "1965", Label.DATE);
        assertNull(text(f, Label.COLLECTION_TITLE));
        assertEquals("Praeger", text(f, Label.PUBLISHER));
    }

    @Test
    void aGenreStandingAlone() {
        // references/wikipedia-cold-war-sources: CS1's "(Report)" after the title, left unlabelled
        String e = "Pomeranz, William E. (4 February 2010). The Legacy and Consequences of Jackson-Vanik: Reassessing Human Rights in 21st Century Russia (Report). Woodrow Wilson International Center for Scholars. Retrieved 21 October 2021.";
        List<Field> f = fields(e, "Pomeranz, William E", Label.AUTHOR, "4 February 2010", Label.DATE,
                "The Legacy and Consequences of Jackson-Vanik: Reassessing Human Rights in 21st Century Russia", Label.TITLE,
                "Woodrow Wilson International Center for Scholars", Label.PUBLISHER);
        assertEquals("Report", text(f, Label.GENRE));
        // references/koenker-history-328: the kind of work as the entry's last sentence
        e = "Andrei Kurkov, _Death and the Penguin_ , 2001, Harvill paper. Novel.";
        f = fields(e, "Andrei Kurkov", Label.AUTHOR, "Death and the Penguin", Label.TITLE, "2001", Label.DATE);
        assertEquals("Novel", text(f, Label.GENRE));
        // a word of the list inside the title is the title's
        e = "Ginzburg, Eugenia. Memoir of a Red Guard. Harcourt, 1967.";
        f = fields(e, "Ginzburg, Eugenia", Label.AUTHOR, "Memoir of a Red Guard", Label.TITLE, "Harcourt", Label.PUBLISHER, "1967", Label.DATE);
        assertNull(text(f, Label.GENRE));
    }

    @Test
    void aGenreOpeningTheEntryIsReadApart() throws Exception {
        // references/koenker-history-328: "Fiction:" before the author; the rest is read as an entry of its own
        String e = "Fiction: Fedor Gladkov, _Cement_ (1925)";
        assertEquals(2, GenreLabels.lead(Tokenizer.tokens(e)));
        assertEquals(0, GenreLabels.lead(Tokenizer.tokens("Film and History: Soviet Cinema, 1990")));
        Tagger.Tagged t = Tagger.bundled().tag(e);
        assertEquals("Fiction", text(t.fields(), Label.GENRE));
        for (Field x : t.fields()) if (x.label() != Label.GENRE) assertEquals(-1, x.text().indexOf("Fiction"), x.toString());
    }

    @Test
    void anEditionTheModelLeftUnlabelled() {
        // references/de-darmstadt-literaturhinweise: the superscript edition before the year, read as one date
        String e = "Freytag, Nils/ Piereth, Wolfgang: Kursbuch Geschichte. Tipps und Regeln für wissenschaftliches Arbeiten, Paderborn <sup>5</sup>2011.";
        List<Field> f = fields(e, "Freytag, Nils/ Piereth, Wolfgang", Label.AUTHOR, "Kursbuch Geschichte", Label.TITLE,
                "Paderborn <sup>5</sup>2011", Label.DATE);
        assertEquals("5", text(f, Label.EDITION));
        assertEquals("2011", text(f, Label.DATE));
        assertEquals("Paderborn", text(f, Label.PUBLISHER_PLACE));
        // references/br-ufabc-bibliografias: ABNT's "34. ed." left unlabelled
        e = "FURTADO, Celso. Formação Econômica do Brasil. 34. ed. São Paulo: Cia das Letras, 2007.";
        f = fields(e, "FURTADO, Celso", Label.AUTHOR, "Formação Econômica do Brasil", Label.TITLE, "São Paulo", Label.PUBLISHER_PLACE,
                "Cia das Letras", Label.PUBLISHER, "2007", Label.DATE);
        assertEquals("34", org.opis.reflist.tagger.Editions.normal(text(f, Label.EDITION)));
        assertEquals("2007", text(f, Label.DATE));
        // a number the model read as the page, before an editor's "ed.", stays the page
        e = "Smith, John. Chapter. In Essays, 12. ed. Jane Doe. London, 1990.";
        f = fields(e, "Smith, John", Label.AUTHOR, "Chapter", Label.TITLE, "Essays", Label.CONTAINER_TITLE, "12", Label.PAGE, "London", Label.PUBLISHER_PLACE, "1990", Label.DATE);
        assertNull(text(f, Label.EDITION));
    }

    @Test
    void aSubtitleAfterAFullStopIsNotAContainer() {
        // references/de-darmstadt-literaturhinweise: the fold model read the subtitle as a container
        String e = "Lange, Thomas (Hg.): Geschichte – selbst erforschen. Schülerarbeit im Archiv, Weinheim/ Basel 1993.";
        List<Field> f = fields(e, "Lange, Thomas", Label.AUTHOR, "Geschichte – selbst erforschen", Label.TITLE,
                "Schülerarbeit im Archiv", Label.CONTAINER_TITLE, "Weinheim/ Basel", Label.PUBLISHER_PLACE, "1993", Label.DATE);
        assertEquals("Geschichte – selbst erforschen. Schülerarbeit im Archiv", text(f, Label.TITLE));
        assertNull(text(f, Label.CONTAINER_TITLE));
        assertEquals("Lange, Thomas", text(f, Label.EDITOR));
        // a journal's article (a volume and pages) keeps its container
        e = "Smith, John. The Baltic Trade. Journal of Economic History 12 (1990): 3-40.";
        f = fields(e, "Smith, John", Label.AUTHOR, "The Baltic Trade", Label.TITLE, "Journal of Economic History", Label.CONTAINER_TITLE,
                "12", Label.VOLUME, "1990", Label.DATE, "3-40", Label.PAGE);
        assertEquals("Journal of Economic History", text(f, Label.CONTAINER_TITLE));
        assertEquals("The Baltic Trade", text(f, Label.TITLE));
    }

    @Test
    void aRoleWordAfterAnInitialsFullStopOrAnEscapedParenthesis() {
        // references/smolansky-ir168-soviet-diplomacy: "S" read as the name's end, ". , ed ." after it
        String e = "Kertesz, S., ed., The Fate of East Central Europe (1956).";
        List<Field> f = fields(e, "Kertesz, S", Label.AUTHOR, "The Fate of East Central Europe", Label.TITLE, "1956", Label.DATE);
        assertEquals("Kertesz, S", text(f, Label.EDITOR).replace(".", ""));
        assertNull(text(f, Label.AUTHOR));
        // references/fontenot-twentieth-century-russia: "Red" opening the title after an initial is no editor's "red."
        e = "Daniels, R. _Red October; The Bolshevik Revolution of 1917._ New York: Scribner, 1967. An excellent general treatment.";
        f = fields(e, "Daniels, R", Label.AUTHOR, "Red October; The Bolshevik Revolution of 1917.", Label.TITLE, "New York", Label.PUBLISHER_PLACE,
                "Scribner", Label.PUBLISHER, "1967", Label.DATE);
        assertEquals("Daniels, R", text(f, Label.AUTHOR).replace(".", ""));
        assertNull(text(f, Label.EDITOR));
        // references/fr-davion-relations-internationales: Markdown's escaped "\(dir.\)"
        e = "LACOSTE Yves \\(dir.\\),Dictionnaire de géopolitique, Flammarion, 1995";
        f = fields(e, "LACOSTE Yves", Label.AUTHOR, "Dictionnaire de géopolitique", Label.TITLE, "Flammarion", Label.PUBLISHER, "1995", Label.DATE);
        assertEquals("LACOSTE Yves", text(f, Label.EDITOR));
        assertNull(text(f, Label.AUTHOR));
    }
}
