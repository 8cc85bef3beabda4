package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.csl.CslJson;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.Markup;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every word written in an entry ends up somewhere in its record (a CSL variable, the note, the
 * annotation or an extra field), apart from the labels the parser reads (no., T., accessed …).
 */
class NothingDroppedTest {

    /** Labels and connecting words that are read, not stored. */
    private static final Set<String> LABELS = Set.of("no", "t", "v", "vol", "vols", "pp", "p", "accessed", "in", "edited", "by",
            "ed", "eds", "red", "translated", "trans", "and", "nd", "http", "https", "с", "№", "issue", "sup", "i");

    private static List<String> lost(Reference r) {
        String record = Normalizer.normalize(CslJson.item(r).toString() + " " + r.extra().values(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : Markup.clean(r.raw().replace('*', ' ').replace("http", " http")).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+|(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N})")) {
            if (w.isEmpty() || LABELS.contains(w) || Data.months().containsKey(w)) continue; // months become date numbers
            if (!record.contains(w)) out.add(w);
        }
        return out;
    }

    private static void assertNothingLost(ParsedRecords parsed) {
        for (Reference r : parsed.references()) {
            assertEquals(List.of(), lost(r), "words of \u201C" + r.raw() + "\u201D missing from its record");
        }
    }

    @Test
    void bundledNoteLosesNoWord() throws Exception {
        assertNothingLost(ReferenceListParser.parse(SourceReader.read("references/selivanov-2017/note.md").source()));
    }

    @Test
    void moiseListLosesNoWord() throws Exception {
        assertNothingLost(ReferenceListParser.parse(SourceReader.read("references/moise-soviet/list.txt").source()));
    }

    @Test
    void mangledEntriesNeverThrowAndLoseNoWord() {
        String[] pieces = {"Smith, J.", "*", "“", "”", "«", "»", "(", ")", "[", "]", "<<", ">>", ". ", ", ", ": ", "1999", "2008a", "1971–1982",
                "T. 2", "no. 5", "vols. 1–3", "Moscow", "Tirana: Naim Frashëri", "12 March 1953", "http://x.org/a", "(accessed 1 May 2020)",
                "Vepra", "Kreml’", "sovetско", "In ", "edited by A. B. Cole", "pp. 5–9", "———.", ". ", "\n", "   ", "Hồ Chí Minh"};
        Random rnd = new Random(20170601);
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder("## References\n\n- ");
            int n = 1 + rnd.nextInt(14);
            for (int k = 0; k < n; k++) sb.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextInt(3) == 0 ? "" : " ");
            String text = sb.toString();
            ParsedRecords p = ReferenceListParser.parse(new SourceText("fuzz.md", text));
            for (Reference r : p.references()) {
                assertTrue(r.defects().stream().noneMatch(d -> d.message().startsWith("opis could not read")),
                        "parser failed on: " + text);
                assertEquals(List.of(), lost(r), "words lost from: " + text);
            }
        }
    }
}
