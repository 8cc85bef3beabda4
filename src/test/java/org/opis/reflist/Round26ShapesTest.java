package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.reflist.RulesReading.names;
import static org.opis.reflist.RulesReading.rules;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 26's shapes from lists opis had not seen: plain journals closing an entry ({@link PlainJournalTails}), ABNT's
 * {@code 2. ed.} before the imprint, Spanish and Portuguese dates and access dates, link intros ({@link LinkIntros}),
 * {@code (s.f.)} for the year, a body's name before {@code (Year).}, Dutch imprints in brackets and role words. Entries
 * verbatim from {@code references/ca-catcola-fonts}, {@code es-co-mincultura-bibliografia}, {@code pt-outros-biblia-referencias},
 * {@code nl-knaw-sport-literatuur} and {@code tr-trabzon-kaynakca}; expected values are their hand-checked gold.
 */
class Round26ShapesTest {

    @Test
    void catalanJournalWithPlaceAndIsoLabels() {
        CSLItemData d = rules("Abrines, Bartomeu (2011). Els verbs de canvi d’estat en català: la participació en l’alternança"
                + " causativa. Caplletra (València), n. 50, p. 35-65.");
        assertEquals("Els verbs de canvi d’estat en català: la participació en l’alternança causativa", d.getTitle());
        assertEquals("Caplletra", d.getContainerTitle());
        assertEquals("València", d.getPublisherPlace());
        assertEquals("50", d.getIssue());
        assertEquals("35-65", d.getPage());
    }

    @Test
    void abntJournalVolumeIssuePagesYear() {
        CSLItemData d = rules("BENDER, André Luis. O código de Hammurabi e o Antigo Testamento. Vox Concordiana, vol. 10, n.1,"
                + " p. 37-80, 1995.");
        assertEquals("O código de Hammurabi e o Antigo Testamento", d.getTitle());
        assertEquals("Vox Concordiana", d.getContainerTitle());
        assertEquals("10", d.getVolume());
        assertEquals("1", d.getIssue());
        assertEquals("37-80", d.getPage());
        assertEquals(1995, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void apaJournalInRomanWithSpanishMonth() {
        CSLItemData d = rules("Miñana, C. (Octubre de 1987). Músicas y métodos pedagógicos: algunas tesis y su génesis."
                + " A Contratiempo: Música y Danza, 1(2), 78-83.");
        assertEquals(1987, d.getIssued().getDateParts()[0][0]);
        assertEquals("Músicas y métodos pedagógicos: algunas tesis y su génesis", d.getTitle());
        assertEquals("A Contratiempo: Música y Danza", d.getContainerTitle());
        assertEquals("1", d.getVolume());
        assertEquals("2", d.getIssue());
        assertEquals("78-83", d.getPage());
    }

    @Test
    void anImprintWithPagesIsNoJournal() {
        CSLItemData d = rules("Mascaró, Joan et al. (1984) Estudis gramaticals. Bellaterra: Universitat Autònoma de Barcelona,"
                + " p. 109-148.");
        assertEquals("Estudis gramaticals", d.getTitle());
        assertNull(d.getContainerTitle());
        assertEquals("Universitat Autònoma de Barcelona", d.getPublisher());
    }

    @Test
    void abntEditionNumberBeforeTheImprint() {
        CSLItemData d = rules("CAIRNS, Earle Edwin. O cristianismo através dos séculos: uma história da igreja cristã. 3. ed."
                + " São Paulo: Vida Nova, 2008.");
        assertEquals("O cristianismo através dos séculos: uma história da igreja cristã", d.getTitle());
        assertEquals("3", d.getEdition());
        assertEquals("Vida Nova", d.getPublisher());
        assertEquals("São Paulo", d.getPublisherPlace());
        assertNull(d.getEditor());
    }

    @Test
    void portugueseLinkIntroAndAccessDate() {
        CSLItemData d = rules("AGOSTINHO. Confissões. Disponível em:"
                + " <https://sumateologica.files.wordpress.com/2009/07/santo_agostinho_-_confissoes.pdf>. Acesso em: 19 jun. 2018.");
        assertEquals("Confissões", d.getTitle());
        assertEquals("https://sumateologica.files.wordpress.com/2009/07/santo_agostinho_-_confissoes.pdf", d.getURL());
        assertEquals(List.of(2018, 6, 19), Arrays.stream(d.getAccessed().getDateParts()[0]).boxed().toList());
    }

    @Test
    void spanishVideoWithVisitedDate() {
        CSLItemData d = rules("Briceño, J. (2009, abr 6). Gavan. Disponible en: <a href=\"https://www.youtube.com/watch?v=eCFxrL5A1nM\""
                + " target=\"blank\"> https://www.youtube.com/watch?v=eCFxrL5A1nM </a>(Visitado el 22 de mayo de 2021).");
        assertEquals("Gavan", d.getTitle());
        assertEquals(List.of(2009, 4, 6), Arrays.stream(d.getIssued().getDateParts()[0]).boxed().toList());
        assertEquals(List.of(2021, 5, 22), Arrays.stream(d.getAccessed().getDateParts()[0]).boxed().toList());
    }

    @Test
    void noDateWhereTheYearGoes() {
        CSLItemData d = rules("Trehub, S. (s.f.). Los bebés comprenden la música.");
        assertEquals(List.of("Trehub|S."), names(d.getAuthor()));
        assertEquals("Los bebés comprenden la música", d.getTitle());
        assertNull(d.getIssued());
    }

    @Test
    void bodyNameClosedByAFullStopBeforeTheDate() {
        CSLItemData d = rules("Ministerio de Cultura. (2018). Cuerpo sonoro: expresiones artísticas y primera infancia. Bogotá:"
                + " Crisol de Culturas Ltda.");
        assertEquals(List.of("Ministerio de Cultura"), names(d.getAuthor()));
        assertEquals(2018, d.getIssued().getDateParts()[0][0]);
        assertEquals("Cuerpo sonoro: expresiones artísticas y primera infancia", d.getTitle());
        assertEquals("Bogotá", d.getPublisherPlace());
    }

    @Test
    void dutchPlaceAndYearInParenthesesAndInBrackets() {
        CSLItemData d = rules("Stokvis, R., <em>Strijd over sport. Organisatorische en ideologische ontwikkelingen</em> (Deventer 1979).");
        assertEquals("Deventer", d.getPublisherPlace());
        assertNull(d.getPublisher());
        CSLItemData b = rules("Gilhaus, Paul, <em>Hockeyend door 100 jaar. Een eeuw Nijmeegsche Mixed Hockey Club &#8220;Nijmegen&#8221;"
                + " 1906-2006 </em>[Nijmegen 2006].");
        assertEquals("Nijmegen", b.getPublisherPlace());
        assertEquals(2006, b.getIssued().getDateParts()[0][0]);
    }

    @Test
    void dutchRoleWordsAndEtAl() {
        CSLItemData d = rules("Kuurstra, Erik (eindred.), <em>105 Jaar Koninklijke Nederlandse Hockey Bond. 308 Clubs in vogelvlucht</em>"
                + " (Utrecht 2003).");
        assertEquals(List.of("Kuurstra|Erik"), names(d.getEditor()));
        assertNull(d.getAuthor());
        CSLItemData e = rules("Daalen, Karst van, Rudi van Maanen e.a. (red.), <em>Leiden zoals het was.</em> Deel 15: Sporters en hun"
                + " clubs (Zwolle 1994).");
        assertEquals(2, e.getEditor().length);
        assertEquals("Maanen", e.getEditor()[1].getFamily());
    }

    @Test
    void turkishAccessDateWithATurkishMonth() {
        CSLItemData d = rules("Ergin, Recep. 2024. “Harşit Savunması”. Wikipedi Özgür Ansiklopedi. Geliş tarihi 01 Nisan 2024"
                + " (https://w.wiki/9dew).");
        assertEquals("Harşit Savunması", d.getTitle());
        assertEquals(List.of(2024, 4, 1), Arrays.stream(d.getAccessed().getDateParts()[0]).boxed().toList());
    }
}
