package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Japanese citations read by the rules ({@link CjkCitations}, {@link CjkNames}). Entries verbatim from
 * {@code references/ja-wikipedia-stalin-hihan-notes} and {@code references/ja-wikipedia-soviet-history-bunken} (Japanese
 * Wikipedia, CC BY-SA); expected values checked against the entry texts (they are the lists' gold values).
 */
class CjkCitationsTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> literals(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getLiteral).toList();
    }

    @Test
    void bookWithItsImprintInFullWidthParentheses() {
        CSLItemData r = read("下斗米伸夫『日本冷戦史――帝国の崩壊から55年体制へ』（岩波書店、2011年） ISBN 978-4000242844");
        assertEquals(List.of("下斗米伸夫"), literals(r.getAuthor()));
        assertEquals("日本冷戦史――帝国の崩壊から55年体制へ", r.getTitle());
        assertEquals("岩波書店", r.getPublisher());
        assertArrayEquals(new int[][]{{2011}}, r.getIssued().getDateParts());
        assertEquals("978-4000242844", r.getISBN());
    }

    @Test
    void seriesWithItsNumberTranslatorAndFirstEdition() {
        CSLItemData r = read("徐大粛『金日成』（林茂訳、講談社学術文庫2162、2013年、初出1992年）、p.217 ISBN 978-4062921626");
        assertEquals(List.of("徐大粛"), literals(r.getAuthor()));
        assertEquals("金日成", r.getTitle());
        assertEquals(List.of("林茂"), literals(r.getTranslator()));
        assertEquals("講談社学術文庫", r.getCollectionTitle());
        assertEquals("2162", r.getCollectionNumber());
        assertArrayEquals(new int[][]{{2013}}, r.getIssued().getDateParts());
        CSLItemData b = read("落合信彦『21世紀への演出者たち　CIA vs KGB』 （集英社文庫［お-5-5］、1984年、初出1981年）、p.97 ISBN 4087507645");
        assertEquals("集英社文庫", b.getCollectionTitle());
        assertEquals("お-5-5", b.getCollectionNumber());
    }

    @Test
    void chapterInCornerBracketsAndItsBook() {
        CSLItemData r = read("丸山真男「「スターリン批判」における政治の論理」（『増補版 現代政治の思想と行動』未来社、1964年、初出1956年）、p.336");
        assertEquals(List.of("丸山真男"), literals(r.getAuthor()));
        assertEquals("「スターリン批判」における政治の論理", r.getTitle());
        assertEquals("増補版 現代政治の思想と行動", r.getContainerTitle());
        assertEquals("未来社", r.getPublisher());
        assertArrayEquals(new int[][]{{1964}}, r.getIssued().getDateParts());
    }

    @Test
    void shortFormAndEditorInParentheses() {
        CSLItemData r = read("和田春樹、2016年、pp.288-91");
        assertEquals(List.of("和田春樹"), literals(r.getAuthor()));
        assertArrayEquals(new int[][]{{2016}}, r.getIssued().getDateParts());
        assertNull(r.getTitle());
        CSLItemData e = read("村瀬興雄（責任編集）『世界の歴史15 ファシズムと第二次大戦』（中公文庫［S-1-15］、1975年、初出1962年）、p.165-66 ISBN 4122002281 当該箇所の執筆は岩間。");
        assertEquals(List.of("村瀬興雄"), literals(e.getEditor()));
        assertEquals("世界の歴史15 ファシズムと第二次大戦", e.getTitle());
    }

    @Test
    void westernPunctuationAfterTheTitleAndNamesSharingARole() {
        CSLItemData r = read("『共産主義への移行 フルシチョフ論文集』[高橋勝之](https://ja.wikipedia.org/wiki/高橋勝之 \"wikilink\"),[村田陽一](../Page/村田陽一.md \"wikilink\")編訳 合同出版社, 1958.");
        assertEquals("共産主義への移行 フルシチョフ論文集", r.getTitle());
        assertEquals(List.of("高橋勝之", "村田陽一"), literals(r.getEditor()));
        assertEquals(List.of("高橋勝之", "村田陽一"), literals(r.getTranslator()));
        assertEquals(List.of(), literals(r.getAuthor()));
        assertEquals("合同出版社", r.getPublisher());
        assertNull(r.getURL(), "a wiki link around a name is no URL of the work");
        CSLItemData s = read("『労働運動と共産主義運動 論説選集(1956-1963年) 』駿台社編集部 訳. 駿台社, 1964.");
        assertEquals(List.of("駿台社編集部"), literals(s.getTranslator()));
        assertEquals("駿台社", s.getPublisher());
    }

    @Test
    void foreignAuthorBeforeTheTranslatorAndTheIdeographicSpaceShape() {
        CSLItemData r = read("「スターリンの大テロル - 恐怖政治のメカニズムと抵抗の諸相 -」（O．フレヴニューク、[富田武](../Page/富田武.md \"wikilink\")訳、[岩波書店](../Page/岩波書店.md \"wikilink\")、1998年）");
        assertEquals(List.of("O．フレヴニューク"), literals(r.getAuthor()));
        assertEquals(List.of("富田武"), literals(r.getTranslator()));
        assertEquals("岩波書店", r.getPublisher());
        CSLItemData s = read("「レーニン　二十世紀共産主義運動の父」（世界史リブレット人73）p13　和田春樹　山川出版社　2017年5月30日1版1刷発行");
        assertEquals("レーニン 二十世紀共産主義運動の父", s.getTitle(), "the ideographic space collapsed as any space");
        assertEquals("世界史リブレット人", s.getCollectionTitle());
        assertEquals("73", s.getCollectionNumber());
        assertEquals(List.of("和田春樹"), literals(s.getAuthor()));
        assertEquals("山川出版社", s.getPublisher());
        assertArrayEquals(new int[][]{{2017, 5, 30}}, s.getIssued().getDateParts());
    }

    @Test
    void aWesternEntryWithAJapaneseTranslationIsLeftToTheOtherRules() {
        // the head before the first corner bracket is an English citation, not names: the reader declines
        CSLItemData r = read("Norman A. Graebner, *Cold War Diplomacy: American Foreign Policy, 1945-1960*. (Van Nostrand, 1962)");
        assertEquals("Graebner", r.getAuthor()[0].getFamily());
        CSLItemData h = read("Louis J. Halle, *The Cold War as History*, (Harper & Row, 1967)（太田博訳『歴史としての冷戦――超大国時代の史的構造』（サイマル出版会, 1970年）");
        assertEquals("Halle", h.getAuthor()[0].getFamily());
    }
}
