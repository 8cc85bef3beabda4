package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.reflist.RulesReading.names;
import static org.opis.reflist.RulesReading.rules;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * GB/T 7714 references read by the rules ({@link GbtCitations}). Entries verbatim from
 * {@code references/zh-gbt-image-vector-cankao-wenxian} and {@code references/zh-gbt-daojiao-cankao-wenxian}; expected
 * values checked by hand against the entry texts (they are the lists' gold values).
 */
class GbtCitationsTest {

    @Test
    void chineseBook() {
        CSLItemData r = rules("刘勰. 文心雕龙[M]. 北京: 人民文学出版社, 1958.");
        assertEquals(List.of("刘勰"), names(r.getAuthor()));
        assertEquals("文心雕龙", r.getTitle());
        assertEquals("北京", r.getPublisherPlace());
        assertEquals("人民文学出版社", r.getPublisher());
        assertArrayEquals(new int[][]{{1958}}, r.getIssued().getDateParts());
    }

    @Test
    void capitalisedFamilyNamesInitialsWithoutStopsAndAPartOfABook() {
        CSLItemData r = rules("ELIOT T S. Hamlet and his problems[M]//The sacred wood: essays on poetry and criticism. London: Methuen, 1920.");
        assertEquals(CSLType.CHAPTER, r.getType());
        assertEquals(List.of("ELIOT|T S"), names(r.getAuthor()));
        assertEquals("Hamlet and his problems", r.getTitle());
        assertEquals("The sacred wood: essays on poetry and criticism", r.getContainerTitle());
        assertEquals("London", r.getPublisherPlace());
        assertEquals("Methuen", r.getPublisher());
    }

    @Test
    void journalWithVolumeIssueAndPagesAfterEtAl() {
        CSLItemData r = rules("VAN DE CRUYS S, FRASCAROLI J, FRISTON K. Order and change in art: towards an active inference account of aesthetic experience[J]. Philosophical Transactions of the Royal Society B: Biological Sciences, 2024, 379(1895): 20220411.");
        assertEquals(List.of("VAN DE CRUYS|S", "FRASCAROLI|J", "FRISTON|K"), names(r.getAuthor()));
        assertEquals("Philosophical Transactions of the Royal Society B: Biological Sciences", r.getContainerTitle());
        assertEquals("379", r.getVolume());
        assertEquals("1895", r.getIssue());
        assertEquals("20220411", r.getPage());
    }

    @Test
    void editorRoleEditionRemarkAndNewspaperDate() {
        CSLItemData ed = rules("丁常云（主编）. 道教中国化研究[M]. 上海: 上海三联书店, 2020.");
        assertEquals(List.of("丁常云"), names(ed.getEditor()));
        assertNull(ed.getAuthor());
        CSLItemData rev = rules("陈耀庭. 道教神学概论（修订本）[M]. 北京: 宗教文化出版社, 2016.");
        assertEquals("道教神学概论", rev.getTitle());
        assertEquals("修订本", rev.getEdition());
        CSLItemData n = rules("卢国龙. 发挥\"道教之真精神\"，推进道教的\"中国化\"进程[N]. 中国民族报, 2019-04-09.");
        assertEquals(CSLType.ARTICLE_NEWSPAPER, n.getType());
        assertEquals("中国民族报", n.getContainerTitle());
        assertArrayEquals(new int[][]{{2019, 4, 9}}, n.getIssued().getDateParts());
    }

    @Test
    void issueOnlyJournalAndTranslator() {
        CSLItemData j = rules("高丽杨. 坚持道教中国化方向的五个着力点[J]. 世界宗教文化, 2023(5).");
        assertEquals("世界宗教文化", j.getContainerTitle());
        assertEquals("5", j.getIssue());
        assertNull(j.getVolume());
        CSLItemData t = rules("MERLEAU-PONTY M. Phenomenology of perception[M]. SMITH C, 译. London: Routledge, 1962.");
        assertEquals(List.of("SMITH|C"), names(t.getTranslator()));
        assertEquals("Routledge", t.getPublisher());
    }
}
