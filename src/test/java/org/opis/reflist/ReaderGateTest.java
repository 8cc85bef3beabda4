package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;
import org.opis.model.CslRecords;
import org.opis.model.Reference;
import org.opis.reflist.tagger.Tagger;
import org.opis.testing.GoldTexts;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader gate: where it lets an entry through to the rules alone, the record is the one the merge gives when the
 * chooser takes nothing from the tagger; its decision from the trees' numbered cues is the one its named cues give; its
 * cues read what the rules' record shows.
 */
class ReaderGateTest {

    /** On every gold entry the merge leaves to the rules, the gate's record is the merge's, value for value. */
    @Test
    void rulesAloneIsTheMergeThatTakesNothing() throws Exception {
        Tagger tagger = Tagger.bundled();
        int same = 0;
        for (String entry : GoldTexts.all()) {
            Optional<Reference> ref = RuleReader.reference(entry);
            if (ref.isEmpty()) continue;
            CSLItemData rules = CslRecords.csl(ref.get());
            HybridReader.Merge m = HybridReader.merge(rules, ref.get().extra(), tagger.tag(entry));
            if (m.taggerRecord()) continue;
            assertEquals(FieldChooser.json(m.item()), FieldChooser.json(HybridReader.rulesAloneSettled(rules, entry).item()), entry);
            same++;
        }
        assertTrue(same > 2000, "entries the merge left to the rules: " + same);
    }

    /** The numbered cues decide as the named cues' probability does, at every threshold, on every gold entry; never with a note left by the rules. */
    @Test
    void numberedCuesDecideAsTheNamedCues() throws Exception {
        ReaderGate gate = ReaderGate.bundled();
        assertNotNull(gate, "the bundled gate");
        int fired = 0;
        int entries = 0;
        for (String entry : GoldTexts.all()) {
            Optional<Reference> ref = RuleReader.reference(entry);
            if (ref.isEmpty()) continue;
            Reference r = ref.get();
            double p = gate.better(ReaderGate.cues(CslRecords.csl(r), r.raw(), r.defects().size(), r.extra()));
            for (double t : new double[] {0.05, gate.threshold(), 0.5}) {
                assertEquals(ReaderGate.mayPass(CslRecords.csl(r)) && p < t, gate.withThreshold(t).rulesSuffice(CslRecords.csl(r), r.raw(), r.defects().size(), r.extra()), entry);
            }
            entries++;
            if (ReaderGate.mayPass(CslRecords.csl(r)) && p < gate.threshold()) fired++;
        }
        // the gate learned from the rules' readings made before each list was added (round 26) trusts the rules alone less
        // than the one learned from today's readings: about 9% of the gold entries (40% before), so the floor is 5%
        assertTrue(fired > entries / 20 && fired < entries, "entries the gate sends to the rules alone: " + fired + " of " + entries);
    }

    /** "Henry A. Kissinger, A World Restored": the rules read the family Henry and a title opening with "Kissinger,". */
    @Test
    void cuesShowAGivenNameReadAsTheFamily() {
        String entry = "Henry A. Kissinger, A World Restored (Grosset and Dunlap, 1964).";
        Reference r = RuleReader.reference(entry).orElseThrow();
        Map<String, Double> x = ReaderGate.cues(CslRecords.csl(r), r.raw(), r.defects().size(), r.extra());
        assertEquals("Kissinger, A World Restored", CslRecords.csl(r).getTitle());
        assertEquals(1.0, x.get("title:headComma"));
        assertEquals(1.0, x.get("author:initials"));
        assertEquals(1.0, x.get("author:familyFirst"));
        assertEquals(1.0, x.get("years"));
        assertFalse(x.containsKey("yearUnread"));
        // every word of the entry is somewhere in the record
        assertEquals(0.0, x.get("lost"));
    }

    /**
     * An entry whose rules leave part of it in the note ("no. 1" after the typo "no.. 1", betts-war-peace-strategy) is never
     * let through to the rules alone. (The first example, "*Hoxha's <i>Albania</i>*", the rules now read whole: an italic tag
     * inside the text's own emphasis leaves no mark, {@code InlineHtmlTest}.)
     */
    @Test
    void aNoteOfLeftoversKeepsTheTagger() {
        Reference r = RuleReader.reference("Paul Schroeder, \"Historical Reality vs. Neo-realist Theory,\" International Security 19, no.. 1 (Summer 1994).").orElseThrow();
        assertEquals("no. 1", CslRecords.csl(r).getNote());
        assertFalse(ReaderGate.mayPass(CslRecords.csl(r)));
        assertFalse(ReaderGate.bundled().withThreshold(1.01).rulesSuffice(CslRecords.csl(r), r.raw(), r.defects().size(), r.extra()));
    }

    /** Words are runs of letters and digits, lower-cased, in any script; years stand alone. */
    @Test
    void wordsAndYears() {
        Set<String> w = new HashSet<>();
        ReaderGate.words("Хрущёв, N. S. «Воспоминания». Т. 2 (1999)—pp. 12–15", w, null);
        assertEquals(Set.of("хрущёв", "n", "s", "воспоминания", "т", "2", "1999", "pp", "12", "15"), w);
        assertEquals(2, ReaderGate.years("Paris, 1871; 2nd ed. 1999, p. 12345, no. 1499"));
    }
}
