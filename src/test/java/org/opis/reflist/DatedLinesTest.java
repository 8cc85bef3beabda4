package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.text.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DatedLines} on real list files' lines (expected entries counted by hand in the files).
 */
class DatedLinesTest {

    /** The pieces {@link DatedLines#split} makes of a text given as one entry. */
    private static List<String> pieces(String text) {
        SourceText src = new SourceText("list", text);
        return DatedLines.split(src, List.of(new int[]{0, text.length()})).stream().map(e -> text.substring(e[0], e[1])).toList();
    }

    @Test
    void eachDatedLineOfAnUnwrappedListIsAnEntry() {
        // references/lt-wikipedia-panevezys-saltiniai: one entry a line, each indented by one space, no blank lines
        String lt = """
                 Aleksandras Vanagas. „Lietuvos miestų vardai“ (antrasis leidimas). – Vilnius, Mokslo ir enciklopedijų leidybos institutas, 2004. // psl. 155–156
                 Algirdas Sabaliauskas. „Iš kur jie?“ – Vilnius, Lietuvių kalbos institutas, 1994. // psl. 249.
                 Istorija, Panevėžio miesto savivaldybė. Nuoroda tikrinta 2025-03-01.
                """.stripTrailing();
        List<String> p = pieces(lt);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(1).startsWith("Algirdas Sabaliauskas."));
        // references/ru-kovalkov-pobeda-nad-vesom-literatura
        String ru = """
                Ковальков А.В. Минус размер. Новая безопасная экспресс-диета. – М.: Эксмо, 2015.
                Ковальков А.В. Диета для гурманов. План питания от доктора Ковалькова. – М.: Эксмо, 2015.
                Ковальков А.В. Худеем интересно. Рецепты вкусной и здоровой жизни. – М.: Эксмо, 2014.""";
        assertEquals(3, pieces(ru).size());
    }

    @Test
    void aQuotationLeftOpenCarriesTheEntryOn() {
        // references/smolansky-ir168-soviet-diplomacy: one entry over three dated lines, a quotation open at each break
        String e = """
                McNeill, W., America, Britain and Russia,  1941-1946 (1953).
                Mosely, P., "Dismemberment of Germany." Foreign Affairs, April, 1950; "The
                Occupation of Germany," ibid., July, 1950; "Hopes and Failures-East Central
                Europe," Review of Politics, Oct.1955.
                Snell, L., Wartime Origins of the East-West Dilemma Over Germany (1959).""";
        List<String> p = pieces(e);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(1).endsWith("Review of Politics, Oct.1955."));
    }

    @Test
    void hangingIndentsAndLowerCaseLinesAreWrappedEntries() {
        // references/nmsu-new-materials-catalogue: a catalogue's hanging indents
        String nmsu = """
                    Gilbert, Felix, 1905-
                    End of the European era : 1890 to the present / Felix Gilbert, David Clay Large.
                               New York : W.W. Norton, c2002.
                    Lee, Stephen J., 1945-
                    European dictatorships, 1918-1945 / Stephen J. Lee.
                               London ;aNew York : Routledge, 2000.""";
        assertEquals(1, pieces(nmsu).size());
        // a wrapped entry whose second line opens in lower case
        String wrapped = """
                Smith, John. The Road to 1914: Diplomacy in the Balkans, 1878-1914, and the
                question of the Straits in 1912. London: Longman, 1990.
                Jones, Anna. Serbia in 1914. Oxford: Clarendon, 1985.""";
        assertEquals(1, pieces(wrapped).size());
    }

    @Test
    void entriesRunTogetherOnALineAreLeftToTheSegmenter() {
        // references/vi-wikipedia-lich-su-nga-doc-them: each line ends one entry and begins the next after " - "
        String vi = """
                *Frederick the Great: A Military Life*, Routledge, 1988. ISBN 0415002761. - Christopher Duffy,
                *The military experience in the age of reason*, Routledge, 1987. ISBN 0710210248. - Donald Quataert,
                *The Ottoman Empire, 1700-1922*, Cambridge University Press, 2005. ISBN 0521839106. - William Young,""";
        SourceText src = new SourceText("list", vi);
        int cut = vi.indexOf("- Christopher Duffy,") + 2;
        int end = vi.indexOf(" - Donald");
        List<int[]> entries = List.of(new int[]{cut, end});
        assertEquals(entries, DatedLines.split(src, entries));
    }

    @Test
    void closedCountsOpeningAndClosingMarks() {
        assertTrue(DatedLines.closed("„Lietuvos miestų vardai“ (antrasis leidimas)"));
        assertTrue(DatedLines.closed("“Bolshevism.” *Encyclopaedia*"));
        assertFalse(DatedLines.closed("W. C. Askew.[ \"The Austro-Italo Antagonism, 1896-1914.\" in _Power, Public"));
        assertFalse(DatedLines.closed("Mosely, P., \"Dismemberment of Germany.\" Foreign Affairs, April, 1950; \"The"));
    }
}
