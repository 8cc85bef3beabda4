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
 * The readers added in round 27 ({@link CjkStatements}, {@link CjkShapes}, {@link TitleGenres}, {@link UnslashedArticles},
 * {@link SlashIssues}, {@link ParenthesisedEditors}, {@link HangulCommaCitations}) and the CJK title brackets that no longer make a line a subheading.
 * Entries verbatim from {@code references/ko-wikipedia-joseon-chamgo-jaryo} and {@code references/ko-wikipedia-korean-war-notes}
 * (Korean Wikipedia, CC BY-SA),
 * {@code references/uk-schoolbook-literatura-dstu}, {@code references/by-vak-gost-examples} and
 * {@code references/el-papakonstantis-dimosieuseis}; the expected values are those lists' hand-checked gold values,
 * checked against the entry texts.
 */
class Round27ReadersTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> literals(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getLiteral).toList();
    }

    private static List<String> families(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getFamily).toList();
    }

    @Test
    void aTitleAloneInCjkBracketsIsAnEntryNotASubheading() {
        assertEquals("조선왕조실록(朝鮮王朝實錄)", read("《조선왕조실록(朝鮮王朝實錄)》").getTitle());
        assertEquals("박은식전서", read("《박은식전서》").getTitle());
    }

    @Test
    void aHangulNameOpensTheStatementAfterATitleFirst() {
        CSLItemData r = read("《조선초기 정치지배세력연구》(정두희, 일조각, 1983)");
        assertEquals("조선초기 정치지배세력연구", r.getTitle());
        assertEquals(List.of("정두희"), literals(r.getAuthor()));
        assertEquals("일조각", r.getPublisher());
        assertArrayEquals(new int[][]{{1983}}, r.getIssued().getDateParts());
    }

    @Test
    void twoPartsAfterTheTitleAreThePublisherAndYear() {
        // no third part: the Hangul word is the publisher, as the author stands before the title
        CSLItemData r = read("박은숙, 《갑신정변 연구》 (역사비평사, 2005)");
        assertEquals(List.of("박은숙"), literals(r.getAuthor()));
        assertEquals("역사비평사", r.getPublisher());
    }

    @Test
    void anArticlesJournalInBracketsWithVolumeAndIssue() {
        CSLItemData r = read("〈朝鮮後期の田畓文記に關する硏究〉(周藤吉之, 《歷史學硏究》 7―7·8·9, 1937)");
        assertEquals("朝鮮後期の田畓文記に關する硏究", r.getTitle());
        assertEquals(List.of("周藤吉之"), literals(r.getAuthor()));
        assertEquals("歷史學硏究", r.getContainerTitle());
        assertEquals("7", r.getVolume());
        assertEquals("7·8·9", r.getIssue());
    }

    @Test
    void aPlaceBeforeThePublisherInTheStatement() {
        CSLItemData r = read("《袁世凱與朝鮮》(林明德, 臺北, 中央硏究院 近代史硏究所, 1970)");
        assertEquals("臺北", r.getPublisherPlace());
    }

    @Test
    void theGenreStatementAfterTheTitle() {
        CSLItemData r = read("Дуткевич Т. В. Дитяча психологія : навч. посібн. Київ : Центр учбової літератури, 2012. 424 с.");
        assertEquals("Дитяча психологія", r.getTitle());
        assertEquals("навч. посібн", r.getGenre().replaceAll("\\.$", ""));
        CSLItemData g = read("Чикатуева, Л.А. Маркетинг : учеб. пособие / Л.А. Чикатуева, Н.В. Третьякова ; под ред. В.П. Федько. – Ростов н/Д : Феникс, 2004. – 413 с.");
        assertEquals("Маркетинг", g.getTitle());
    }

    @Test
    void aSubtitleAfterTheColonStaysInTheTitle() {
        CSLItemData r = read("Вашуленко М. С. Нова українська школа : методика навчання інтегрованого курсу «Українська мова» у 1–2 класах закладів загальної середньої освіти на засадах компетентнісного підходу. Київ : Видавничий дім «Освіта», 2019. 192 с.");
        assertNull(r.getGenre());
    }

    @Test
    void anArticleWithoutTheDoubleSlash() {
        CSLItemData r = read("Акімова Н., Акімова А. Розуміння тексту як специфічний тип розуміння. Психолінгвістика. 2018. 24 (1) С. 27–46.");
        assertEquals("Розуміння тексту як специфічний тип розуміння", r.getTitle());
        assertEquals("Психолінгвістика", r.getContainerTitle());
        assertEquals("24", r.getVolume());
        assertEquals("1", r.getIssue());
        assertEquals("27–46", r.getPage());
        assertArrayEquals(new int[][]{{2018}}, r.getIssued().getDateParts());
        CSLItemData b = read("Бескорса О.С., Моторіна Д.А. Інноваційні технології навчання читання у практиці сучасної початкової школи. Інноваційна педагогіка. Вип. 12. Т. 1. 2019. С. 23–26.");
        assertEquals("Інноваційна педагогіка", b.getContainerTitle());
        assertEquals("12", b.getIssue());
        assertEquals("1", b.getVolume());
    }

    @Test
    void anIssueWithItsYearAfterASlash() {
        CSLItemData r = read("«Η απόφαση του Ευρωπαϊκού Συμβουλίου των Βρυξελλών για τη Μεταρρυθμιστική Συνθήκη», *ΕΕΕυρΔ* 3/2007, σσ. 585-596.");
        assertEquals("ΕΕΕυρΔ", r.getContainerTitle());
        assertEquals("3", r.getIssue());
        assertArrayEquals(new int[][]{{2007}}, r.getIssued().getDateParts());
    }

    @Test
    void greekVolumeAndIssueLabels() {
        CSLItemData r = read("«Η ευρωπαϊκή κοινή γνώμη απέναντι στην προοπτική ένταξης της Τουρκίας», *ΕΕΕυρΔ*, τ. 25, τχ. 2, Απρίλιος – Ιούνιος 2005, σσ. 315-330.");
        assertEquals("25", r.getVolume());
        assertEquals("2", r.getIssue());
        assertEquals("315-330", r.getPage());
    }

    @Test
    void editorsWithTheirRoleInParenthesesBeforeTheBook() {
        CSLItemData r = read("«Η διακυβέρνηση του χώρου Σένγκεν», στο Κ. Στεφάνου (επιμ.), Το σύστημα διακυβέρνησης της ΕΕ, Αθήνα, Νομική Βιβλιοθήκη, 2020, σσ. 411-445.");
        assertEquals(List.of("Στεφάνου"), families(r.getEditor()));
        assertEquals("Το σύστημα διακυβέρνησης της ΕΕ", r.getContainerTitle());
        assertEquals("Αθήνα", r.getPublisherPlace());
        assertEquals("Νομική Βιβλιοθήκη", r.getPublisher());
        assertEquals("411-445", r.getPage());
        CSLItemData m = read("«H προσφυγική κρίση ως νέο πεδίο διάρρηξης της ενωσιακής συνοχής», στο Α. Πασσάς – Κ. Αρβανιτόπουλος - Μ. Κοππά (επιμ.), 40 χρόνια της Ελλάδας στην ΕΕ, Αθήνα, εκδ. πεδίο, 2021, σσ. 592-604.");
        assertEquals(List.of("Πασσάς", "Αρβανιτόπουλος", "Κοππά"), families(m.getEditor()));
        assertEquals("40 χρόνια της Ελλάδας στην ΕΕ", m.getContainerTitle());
    }

    @Test
    void koreanCitationsByCommasClosedByTheDate() {
        CSLItemData r = read("미군, 한국전쟁때 북한서 세균전 명령, 한겨레, 2010-03-19");
        assertEquals("미군, 한국전쟁때 북한서 세균전 명령", r.getTitle());
        assertEquals("한겨레", r.getContainerTitle());
        assertArrayEquals(new int[][]{{2010, 3, 19}}, r.getIssued().getDateParts());
        CSLItemData b = read("소진철, 한국전쟁 어떻게 일어났나, 한국학술정보, 2008년");
        assertEquals(List.of("소진철"), literals(b.getAuthor()));
        assertEquals("한국전쟁 어떻게 일어났나", b.getTitle());
        assertEquals("한국학술정보", b.getPublisher());
        assertArrayEquals(new int[][]{{2008}}, b.getIssued().getDateParts());
    }
}
