package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.opis.reflist.tagger.HandLabels.fields;
import static org.opis.reflist.tagger.HandLabels.text;

/**
 * Round 19's span rules on real entries of the gold lists, with hand-written labels of the shapes the fold models gave
 * (expected values checked against the entry text and the list's gold): a series in a sentence of its own after the
 * title, a series between an italic title and the imprint, the number of volumes.
 */
class SeriesSentencesTest {

    @Test
    void aSeriesSentenceTheTitleRanInto() {
        // references/br-ufabc-bibliografias: gold title "Terceiro mundo: conceito e história", collection "Série princípios"
        String e = "VIGEVANI, Tullo. Terceiro mundo: conceito e história. Série princípios. São Paulo: Ática, 1990.";
        List<Field> f = fields(e, "VIGEVANI, Tullo", Label.AUTHOR, "Terceiro mundo: conceito e história. Série princípios", Label.TITLE,
                "São Paulo", Label.PUBLISHER_PLACE, "Ática", Label.PUBLISHER, "1990", Label.DATE);
        assertEquals("Terceiro mundo: conceito e história", text(f, Label.TITLE));
        assertEquals("Série princípios", text(f, Label.COLLECTION_TITLE));
        // references/humboldt-goddesses-bibliography: the series' own number is not part of its name
        e = "Kerenyi, C.. Eleusis. Bollingen Series LXV4.New York: Pantheon Books, Inc., 1967.";
        f = fields(e, "Kerenyi, C", Label.AUTHOR, "Eleusis. Bollingen Series LXV4", Label.TITLE, "New York", Label.PUBLISHER_PLACE,
                "Pantheon Books, Inc", Label.PUBLISHER, "1967", Label.DATE);
        assertEquals("Eleusis", text(f, Label.TITLE));
        assertEquals("Bollingen Series", text(f, Label.COLLECTION_TITLE));
        // references/rice-poli464-development: "Studies" as the series' second word, the run left unlabelled
        e = "Keohane, R. and H. Milner, Eds. (1996). Internationalization and domestic politics. Cambridge Studies in Comparative Politics. Cambridge, Cambridge University Press.";
        f = fields(e, "Keohane, R. and H. Milner", Label.EDITOR, "1996", Label.DATE, "Internationalization and domestic politics", Label.TITLE,
                "Cambridge, Cambridge University Press", Label.PUBLISHER);
        assertEquals("Cambridge Studies in Comparative Politics", text(f, Label.COLLECTION_TITLE));
    }

    @Test
    void aSubtitleOrAPaperIsNoSeries() {
        // a subtitle after a full stop keeps its place in the title
        String e = "Klaus-Jürgen Müller: Generaloberst Ludwig Beck. Eine Biographie. Paderborn 2008.";
        List<Field> f = fields(e, "Klaus-Jürgen Müller", Label.AUTHOR, "Generaloberst Ludwig Beck. Eine Biographie", Label.TITLE,
                "Paderborn", Label.PUBLISHER_PLACE, "2008", Label.DATE);
        assertNull(text(f, Label.COLLECTION_TITLE));
        assertEquals("Generaloberst Ludwig Beck. Eine Biographie", text(f, Label.TITLE));
        // "Paper" opening the sentence is the kind of work, not a series
        e = "Smith, John. Soviet Grain Policy. Paper presented at the Annual Meeting of the AAASS, Boston, 1987.";
        f = fields(e, "Smith, John", Label.AUTHOR, "Soviet Grain Policy", Label.TITLE, "Boston", Label.PUBLISHER_PLACE, "1987", Label.DATE);
        assertNull(text(f, Label.COLLECTION_TITLE));
    }

    @Test
    void aSeriesBetweenAnItalicTitleAndTheImprint() {
        // references/wikipedia-gilles-de-rais (CS1 series=): gold collection-title "Vérités et légendes"
        String e = "Heers, Jacques (1994), _Gilles de Rais_ , Vérités et légendes (in French), Paris: Perrin, ISBN 2-262-01066-8.";
        List<Field> f = fields(e, "Heers, Jacques", Label.AUTHOR, "1994", Label.DATE, "Gilles de Rais", Label.TITLE,
                "Paris", Label.PUBLISHER_PLACE, "Perrin", Label.PUBLISHER);
        assertEquals("Vérités et légendes", text(f, Label.COLLECTION_TITLE));
        assertEquals("Gilles de Rais", text(f, Label.TITLE));
        // references/vi-wikipedia-gorbachev-nguon: gold collection-title "Profiles in Power"
        e = "McCauley, Martin (1998). *Gorbachev*. Profiles in Power. London và New York: Longman. ISBN 978-0-58221597-9.";
        f = fields(e, "McCauley, Martin", Label.AUTHOR, "1998", Label.DATE, "Gorbachev", Label.TITLE,
                "London và New York", Label.PUBLISHER_PLACE, "Longman", Label.PUBLISHER);
        assertEquals("Profiles in Power", text(f, Label.COLLECTION_TITLE));
        // a title not in italics: the run after it is left as read
        e = "McCauley, Martin (1998). Gorbachev. Profiles in Power. London: Longman.";
        f = fields(e, "McCauley, Martin", Label.AUTHOR, "1998", Label.DATE, "Gorbachev", Label.TITLE,
                "London", Label.PUBLISHER_PLACE, "Longman", Label.PUBLISHER);
        assertNull(text(f, Label.COLLECTION_TITLE));
    }

    @Test
    void aNumberBeforeAPluralVolumeWordIsTheNumberOfVolumes() {
        // references/betts-war-peace-strategy: gold number-of-volumes 2, no edition
        String e = "Norman Rich, Hitler's War Aims, 2 volumes (Norton, 1973-74).";
        List<Field> f = fields(e, "Norman Rich", Label.AUTHOR, "Hitler's War Aims", Label.TITLE, "2", Label.EDITION,
                "Norton", Label.PUBLISHER, "1973-74", Label.DATE);
        assertEquals("2", text(f, Label.NUMBER_OF_VOLUMES));
        assertNull(text(f, Label.EDITION));
        // references/de-darmstadt-literaturhinweise: "2 Bde." left unlabelled
        e = "Haupt, Georg: Darmstadt. Die Bau- und Kunstdenkmäler der Stadt, 2 Bde., Darmstadt 1952–1954.";
        f = fields(e, "Haupt, Georg", Label.AUTHOR, "Darmstadt. Die Bau- und Kunstdenkmäler der Stadt", Label.TITLE,
                "1952–1954", Label.DATE);
        assertEquals("2", text(f, Label.NUMBER_OF_VOLUMES));
        // "Vol. 2" names one volume
        e = "Smith, John. Collected Papers, Vol. 2 (Norton, 1970).";
        f = fields(e, "Smith, John", Label.AUTHOR, "Collected Papers", Label.TITLE, "Vol. 2", Label.VOLUME, "Norton", Label.PUBLISHER);
        assertNull(text(f, Label.NUMBER_OF_VOLUMES));
        assertEquals("2", Decoder.item("x", f).getVolume());
    }
}
