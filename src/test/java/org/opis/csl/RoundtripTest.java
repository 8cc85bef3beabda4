package org.opis.csl;

import org.opis.model.CslRecords;
import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The house style against the printed entries of references/selivanov-2017/note.md (lines 331–376). */
class RoundtripTest {

    /** The entries as printed in the note (copied from the note's lines). */
    static final Map<String, String> PRINTED = Map.ofEntries(
            Map.entry("bovin2003", "- Bovin, A.E. *Moj XX vek. Vospominaniya*. Moscow, 2003."),
            Map.entry("buharkin1998", "- Buharkin, I.V. “Kreml’ i Ho Shi Min, 1945–1969”. *Novaja i novejšaja istorija*, no. 3 (1998)."),
            Map.entry("burlatskii1989", "- Burlatskii, Fedor M. *Vozhdi i sovetniki*. Moscow: Politizdat Moskva, 1989."),
            Map.entry("griffith1963", "- Griffith, William E. *Albania and Sino-Soviet Rift*. Cambridge: The MIT Press, 1963."),
            Map.entry("hoxha1981ditar", "- . *Ditar per ceshtje nderkombetare*. T. 1–14. Tirana, 1981–1985."),
            Map.entry("hoxha1984superpowers", "- . *Superpowers. 1959–1984*. Tirana, 1984."),
            Map.entry("konoreva2008iz", "- Konoreva, I.A. “Iz istorii sovetско-v'etnamskih otnoshenij. Pervoe posol'stvo DRV v Moskve”. *Vostok*, no. 6 (2008a)."),
            Map.entry("konoreva2008nekotorye", "- . “Nekotorye shtrihi politicheskoy biografii Ho Shi Mina”. *Voprosy istorii*, no. 10 (2008b)."),
            Map.entry("konoreva2016dokumental", "- Konoreva, I.A., and Igor N. Selivanov. *Dokumental'naja istorija sovetско-v'etnamskih otnoshenij. 1945–1955*. Kursk, 2016."),
            Map.entry("selivanov2012moskva", "- Selivanov, Igor N. “Moskva-Ho Shi Min. Kontakty v 1950–1952 gg”. *Voprosy istorii*, no. 8 (2012)."),
            Map.entry("hoxha1961telegram", "- Hoxha, Enver. “Telegram from the Enver Hoxha to Ho Chi Minh via Gac Mazi, the Albanian Ambassador to Moscow”. "
                    + "*Woodrow Wilson Center. Digital Archive: International History Declassified*, 15 August 1961 "
                    + "<<http://digitalarchive.wilsoncenter.org/document/110158>> (accessed 10 May 2017)."));

    static List<Reference> withPrinted() {
        List<Reference> out = new ArrayList<>();
        for (Reference r : CslFormatterTest.sample()) {
            List<Diagnostic> defects = r.id().startsWith("konoreva2008iz") || r.id().startsWith("konoreva2016")
                    ? List.of(Diagnostic.warning("text/mixed-script", Span.START, "Cyrillic letters in a Latin word"))
                    : List.of();
            out.add(CslRecords.reference(r.id(), CslRecords.csl(r), r.span(), PRINTED.get(r.id()), defects, false, Map.of()));
        }
        return out;
    }

    @Test
    void houseStyleReproducesTheHandWrittenSampleExceptMixedScriptWords() throws Exception {
        Roundtrip.Result r = Roundtrip.run(withPrinted(), CslStyle.load(CslFormatterTest.HOUSE), Optional.empty());
        assertEquals(11, r.total());
        // the two entries whose printed text has Cyrillic "ско" inside a Latin word differ; the data was typed in Latin
        List<String> differ = r.comparisons().stream().filter(c -> !c.same()).map(c -> c.reference().id()).sorted().toList();
        assertEquals(List.of("konoreva2008iz", "konoreva2016dokumental"), differ);
        assertEquals(9, r.same());
        assertTrue(r.comparisons().stream().filter(c -> !c.same()).allMatch(c -> !c.defects().isEmpty()));
    }

    @Test
    void differenceIsLocatedAtItsFirstColumn() throws Exception {
        Roundtrip.Result r = Roundtrip.run(withPrinted(), CslStyle.load(CslFormatterTest.HOUSE), Optional.empty());
        Roundtrip.Comparison c = r.comparisons().stream().filter(x -> x.reference().id().equals("konoreva2008iz")).findFirst().orElseThrow();
        assertFalse(c.same());
        assertEquals("Konoreva, I.A. \"Iz istorii sovet".length() + 1, c.firstDifference());
    }
}
