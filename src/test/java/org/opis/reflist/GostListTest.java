package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real Cyrillic list in GOST 7.1 style (references/gost-early-modern/list.md, 14 entries, one a
 * line, no markup): {@code Фамилия И. О. Заглавие. М. : Издательство, Год.}, publishers with full
 * stops inside ({@code Новое лит. обозрение}), {@code / под ред.}, {@code Т. 3}, {@code 2-е изд.}
 * Expected values were read from the list by hand.
 */
class GostListTest {

    private static ParsedRecords parsed;

    @BeforeAll
    static void parse() throws Exception {
        parsed = ReferenceListParser.parse(SourceReader.read("references/gost-early-modern/list.md").source());
    }

    private static CSLItemData item(int i) {
        return parsed.references().get(i).csl();
    }

    private static void name(CSLName n, String family, String given) {
        assertEquals(family, n.getFamily());
        assertEquals(given, n.getGiven());
    }

    @Test
    void everyLineIsARussianBookWithPlacePublisherAndYear() {
        assertEquals(14, parsed.references().size());
        assertFalse(parsed.hasErrors());
        assertTrue(parsed.references().stream().allMatch(r -> r.defects().isEmpty()));
        for (int i = 0; i < 14; i++) {
            CSLItemData c = item(i);
            assertEquals("book", c.getType().toString(), "entry " + (i + 1));
            assertEquals("ru", c.getLanguage(), "entry " + (i + 1));
            assertTrue(c.getPublisherPlace() != null && c.getPublisher() != null && c.getIssued() != null, "entry " + (i + 1));
        }
    }

    @Test
    void familyInitialsThenTitleThenAbbreviatedPlace() {
        CSLItemData c = item(0);
        name(c.getAuthor()[0], "Анисимов", "Е. В.");
        assertEquals("Петр Великий. Личность и реформы", c.getTitle());
        assertEquals("СПб.", c.getPublisherPlace());
        assertEquals("Питер", c.getPublisher());
        assertArrayEquals(new int[][]{{2009}}, c.getIssued().getDateParts());
    }

    @Test
    void publisherNameWithFullStops() {
        CSLItemData c = item(1);
        assertEquals(2, c.getAuthor().length);
        name(c.getAuthor()[1], "Беляев", "Л. А.");
        assertEquals("Сакральное пространство средневековой Москвы", c.getTitle());
        assertEquals("М.", c.getPublisherPlace());
        assertEquals("Дизайн. Информация. Картография", c.getPublisher());
        assertEquals("Новое лит. обозрение", item(4).getPublisher());
        assertEquals("Штурмуя цитадель науки", item(4).getTitle());
    }

    @Test
    void twoPublishersAndATitleEndingInAnAbbreviation() {
        CSLItemData c = item(3);
        assertEquals("Естественное право и добродетель. Интеграция европейского влияния в российскую политическую культуру XVIII в.", c.getTitle());
        assertEquals("Екатеринбург", c.getPublisherPlace());
        assertEquals("Изд-во Урал. ун-та : Университет. изд-во", c.getPublisher());
        assertArrayEquals(new int[][]{{2016}}, c.getIssued().getDateParts());
    }

    @Test
    void guillemetsInsideATitleDoNotMakeItAnArticle() {
        CSLItemData c = item(5);
        name(c.getAuthor()[0], "Вишленкова", "Е. А.");
        assertEquals("Визуальное имперское народоведение, или «Увидеть русского дано не каждому»", c.getTitle());
        assertNull(c.getContainerTitle());
        assertArrayEquals(new int[][]{{2011}}, c.getIssued().getDateParts());
    }

    @Test
    void scientificEditorAfterTheSlash() {
        CSLItemData c = item(6);
        name(c.getAuthor()[0], "Воскресенский", "Н. А.");
        assertEquals(1, c.getEditor().length);
        name(c.getEditor()[0], "Серова", "Д. О.");
        assertEquals("Петр Великий как законодатель. Исследование законодательного процесса в России в эпоху реформ первой четверти XVIII века", c.getTitle());
    }

    @Test
    void titleFirstCollectionUnderAnEditor() {
        CSLItemData c = item(7);
        assertNull(c.getAuthor());
        name(c.getEditor()[0], "Редина", "Д. А.");
        assertEquals("Границы и маркеры социальной стратификации России XVII–XX вв.: векторы исследования", c.getTitle());
        assertEquals("СПб.", c.getPublisherPlace());
        assertEquals("Алетейя", c.getPublisher());
    }

    @Test
    void volumeAndEditionAfterTheTitle() {
        CSLItemData c = item(11);
        assertNull(c.getAuthor());
        assertEquals("Из истории русской культуры", c.getTitle());
        assertEquals("3", c.getVolume());
        assertEquals("2", c.getEdition());
        assertEquals("Языки русской культуры", c.getPublisher());
        assertArrayEquals(new int[][]{{2000}}, c.getIssued().getDateParts());
    }

    @Test
    void threeAuthorsAndAYearRangeInsideTheTitle() {
        CSLItemData c = item(13);
        assertEquals(3, c.getAuthor().length);
        name(c.getAuthor()[2], "Лазарев", "Я. Л.");
        assertEquals("Патроны, слуги и друзья. Русско-украинские неформальные связи и управление Гетманщиной в 1700–1760-х гг. Исследование и источники", c.getTitle());
        assertEquals("Изд-во Урал. ун-та", c.getPublisher());
        assertArrayEquals(new int[][]{{2022}}, c.getIssued().getDateParts());
    }
}
