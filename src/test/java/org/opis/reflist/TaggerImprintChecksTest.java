package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 19's checks that give the tagger an edition or a publisher the rules left empty ({@link EditionStatements},
 * {@link ColonPublishers}), on real entries of the gold lists with the tagger's span written out as the fold model read it
 * (expected values checked against the entry and the list's gold).
 */
class TaggerImprintChecksTest {

    /** A tagging holding one field, its span found in the entry. */
    private static Tagger.Tagged tagged(String entry, Label label, String span) {
        int s = entry.indexOf(span);
        return new Tagger.Tagged(entry, List.of(), new int[0], List.of(new Field(label, span, s, s + span.length(), 0.8, List.of())));
    }

    private static FieldChooser.Readings readings(String field, String taggerValue) {
        Map<String, String> t = new HashMap<>();
        t.put(field, org.opis.reflist.tagger.Evaluation.comparableText(taggerValue));
        return new FieldChooser.Readings(Map.of(), t, Map.of());
    }

    @Test
    void anEditionWrittenWithItsWordIsTheTaggers() {
        // references/de-wiesbaden-widerstand-literatur: gold edition 4
        String e = "Axel Ulrich: Politischer Widerstand gegen das „Dritte Reich\" im Rhein-Main-Gebiet. 4., unveränderte Aufl., Wiesbaden 2015.";
        assertEquals(List.of("edition"), EditionStatements.mend(List.of(), e, readings("edition", "4"), tagged(e, Label.EDITION, "4")));
        // references/br-ufabc-bibliografias: gold edition 3
        e = "CASTRO, Antonio Barros; PIRES DE SOUZA, Francisco E. A economia brasileira em marcha forçada. 3. ed., Rio de Janeiro: Paz & Terra, 2004.";
        assertEquals(List.of("edition"), EditionStatements.mend(List.of(), e, readings("edition", "3"), tagged(e, Label.EDITION, "3")));
        // references/eckenstaler-open-science-notes: a chapter's number is no edition (gold: none)
        e = "Nietzel, Handeln und Überleben, 2012, Kapitel II.2 Erwartungen, Anpassung und Selbstbehauptung, S. 99-150";
        assertEquals(List.of(), EditionStatements.mend(List.of(), e, readings("edition", "2 Erwartungen"), tagged(e, Label.EDITION, "2 Erwartungen")));
        // references/ransel-peasantry: "Trans. and ed. Reginald E. Zelnik" — the fold model read "and" as the edition (gold: none)
        e = "Kanatchikov, S. *A Radical Worker in Tsarist Russia: The Autobiography of Semen Ivanovich Kanatchikov*. Trans. and ed. Reginald E. Zelnik. Stanford: Stanford University Press, 1986.";
        assertEquals(List.of(), EditionStatements.mend(List.of(), e, readings("edition", "and"), tagged(e, Label.EDITION, "and")));
    }

    @Test
    void aNumberOfVolumesWrittenWithItsWordIsTheTaggers() {
        // references/betts-war-peace-strategy: gold number-of-volumes 4
        String e = "F.H. Hinsley, et al., British Intelligence in the Second World War, 4 volumes (Cambridge University Press, 1979-90).";
        assertEquals(List.of("number-of-volumes"), EditionStatements.mend(List.of(), e, readings("number-of-volumes", "4"), tagged(e, Label.NUMBER_OF_VOLUMES, "4")));
        // a number not followed by a volume word is left to the chooser
        e = "Smith, John. Collected Papers, 4 (Norton, 1970).";
        assertEquals(List.of(), EditionStatements.mend(List.of(), e, readings("number-of-volumes", "4"), tagged(e, Label.NUMBER_OF_VOLUMES, "4")));
    }

    @Test
    void aPublisherAfterAPlaceAndAColonIsTheTaggers() {
        // references/br-ufabc-bibliografias: gold publisher "Vozes", "Cultrix"
        String e = "FIORI, José Luis. O Poder Americano. 3. ed. Petrópolis: Vozes, 2007. ISBN: 9788532630971";
        assertEquals(List.of("publisher"), ColonPublishers.mend(List.of(), e, readings("publisher", "Vozes"), tagged(e, Label.PUBLISHER, "Vozes")));
        e = "CHANG, H-J. 23 Coisas que não nos Contaram sobre o Capitalismo. São Paulo: Cultrix";
        assertEquals(List.of("publisher"), ColonPublishers.mend(List.of(), e, readings("publisher", "Cultrix"), tagged(e, Label.PUBLISHER, "Cultrix")));
        // a subtitle after a title's colon is no publisher
        e = "Smith, John. The war of 1812: essays in memory. Boston, 1990.";
        assertEquals(List.of(), ColonPublishers.mend(List.of(), e, readings("publisher", "essays in memory"), tagged(e, Label.PUBLISHER, "essays in memory")));
    }
}
