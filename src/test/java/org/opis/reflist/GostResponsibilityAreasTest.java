package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * GOST 7.0.100 / DSTU 8302 statements of responsibility and areas (round 29): co-authors the statement adds to the heading
 * (StatementCoauthors), a heading the statement repeats (RepeatedHeadings), the "— Текст : электронный" area
 * (ContentAccessAreas), a material designation closing the title (TitleMaterials), Ukrainian et-al, access-date and role
 * words. Every entry is verbatim from a gold list; expected values checked by hand against it.
 */
class GostResponsibilityAreasTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> families(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(n -> n.getFamily() != null ? n.getFamily() : n.getLiteral()).toList();
    }

    @Test
    void theStatementAddsTheCoauthorsOfTheHeading() {
        // references/ru-gost2018-ddos-vkr-literatura
        CSLItemData d = read("Олифер, В. Г. Компьютерные сети. Принципы, технологии, протоколы / В. Г. Олифер, Н. А. Олифер. — 5-е изд. — Санкт-Петербург : Питер, 2016. — 992 с. — Текст : непосредственный.");
        assertEquals(List.of("Олифер", "Олифер"), families(d.getAuthor()));
        assertEquals("Н. А.", d.getAuthor()[1].getGiven());
        assertEquals("Компьютерные сети. Принципы, технологии, протоколы", d.getTitle());
        // the same before a "//" part, with "[и др.]" closing the statement
        d = read("Antonakakis, M. Understanding the Mirai Botnet / M. Antonakakis, T. April, M. Bailey [и др.]. — Текст : электронный // 26th USENIX Security Symposium. — 2017. — P. 1093–1110. — URL: https://www.usenix.org/conference/usenixsecurity17/technical-sessions/presentation/antonakakis (дата обращения: 08.04.2026).");
        assertEquals(List.of("Antonakakis", "April", "Bailey"), families(d.getAuthor()));
        assertEquals("26th USENIX Security Symposium", d.getContainerTitle());
    }

    @Test
    void aStatementNamingAnotherFirstPersonAddsNobody() {
        // references/ru-fitnes-tsentr-otchet-literatura: one author, named again in the statement
        CSLItemData d = read("Полякова, Л. Н. Основы SQL : учебное пособие / Л. Н. Полякова. — 3-е изд. — Москва : ИНТУИТ, 2020. — 273 c.");
        assertEquals(List.of("Полякова"), families(d.getAuthor()));
        assertEquals("учебное пособие", d.getGenre());
    }

    @Test
    void aHeadingTheStatementRepeatsIsTheAuthor() {
        // references/ru-gost2018-ddos-vkr-literatura
        CSLItemData d = read("Cloudflare. 2025 Q2 DDoS threat report: Hyper-volumetric DDoS attacks skyrocket / Cloudflare. — Текст : электронный // Cloudflare Blog. — 2025. — URL: https://blog.cloudflare.com/ddos-threat-report-for-2025-q2/ (дата обращения: 08.04.2026).");
        assertEquals("Cloudflare", d.getAuthor()[0].getLiteral());
        assertEquals("2025 Q2 DDoS threat report: Hyper-volumetric DDoS attacks skyrocket", d.getTitle());
        assertEquals("Cloudflare Blog", d.getContainerTitle());
    }

    @Test
    void theContentAndAccessAreaIsNeitherNameNorTitle() {
        // references/ru-gost2018-ddos-vkr-literatura: "— Текст : электронный" before "//"
        CSLItemData d = read("Alharby, M. Evaluating machine learning approaches for multiple attack classification with improved computational efficiency in IoT networks / M. Alharby. — Текст : электронный // Scientific Reports. — 2025. — Vol. 15. — P. 39914. — URL: https://pmc.ncbi.nlm.nih.gov/articles/PMC12618690/ (дата обращения: 08.04.2026).");
        assertEquals(List.of("Alharby"), families(d.getAuthor()));
        assertEquals("Scientific Reports", d.getContainerTitle());
        assertEquals("15", d.getVolume());
    }

    @Test
    void aMaterialDesignationClosingTheTitleIsNotTitle() {
        // references/ru-orderflow-otchet-istochniki
        CSLItemData d = read("NestJS Documentation [Электронный ресурс]. – URL: https://docs.nestjs.com/.");
        assertEquals("NestJS Documentation", d.getTitle());
    }

    @Test
    void ukrainianAccessDateIsNotTheDateOfTheWork() {
        // references/uk-dstu8302-odesa-dodatok-d: "(дата звернення: …)" is the access date
        CSLItemData d = read("Олійник А. О. Методи синтезу діагностичних моделей на основі обчислювального інтелекту : автореф. дис… докт. техн. наук. Харків: ХНУРЕ, 2021. 44 c. URL: https://nure.ua/wp-content/uploads/2021/Disertation/aref_oliinyk_06.pdf (дата звернення: 12.09.2023).");
        assertEquals(2021, d.getIssued().getDateParts()[0][0]);
        assertEquals("Методи синтезу діагностичних моделей на основі обчислювального інтелекту", d.getTitle());
    }

    @Test
    void ukrainianEtAlClosesTheNames() {
        // references/uk-dstu8302-odesa-dodatok-d: "та ін." is "and others", not a name
        CSLItemData d = read("Вища математика : конспект лекцій / Ткачук Т.С. та ін. Київ, 2015. 82 с.");
        assertEquals(List.of("Ткачук"), families(d.getAuthor()));
        assertEquals("конспект лекцій", d.getGenre());
        assertEquals("Вища математика", d.getTitle());
    }

    @Test
    void ukrainianEditorialBoardIsEditors() {
        // references/uk-dstu8302-odesa-dodatok-d: "/ редкол.: …" names editors, not authors
        CSLItemData d = read("Енциклопедія рослин / редкол.: І. М. Деркач та ін. Київ : ЦУЛ, 2016. Т. 8. 812 с.");
        assertEquals(List.of("Деркач"), families(d.getEditor()));
    }
}
