package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opis.reflist.RulesReading.names;
import static org.opis.reflist.RulesReading.rules;

/**
 * Vancouver-style articles and chapters read by the rules ({@link VancouverArticles}), and an access date in
 * parentheses after an address ({@link EntryLinks}). Entries verbatim from
 * {@code references/ru-kovalkov-pobeda-nad-vesom-literatura} and {@code references/kk-ntfast-paidalanylgan-adebietter};
 * expected values checked by hand against the entry texts (they are the lists' gold values).
 */
class VancouverArticlesTest {

    @Test
    void yearVolumeAndPagesRunTogether() {
        CSLItemData r = rules("Must A., Spadano J., Coakley E., Field A., Colditz G., Dietz W.: The disease burden associated with overweight and obesity. JAMA 1999;282:1523–1529.");
        assertEquals(CSLType.ARTICLE_JOURNAL, r.getType());
        assertEquals(List.of("Must|A.", "Spadano|J.", "Coakley|E.", "Field|A.", "Colditz|G.", "Dietz|W."), names(r.getAuthor()));
        assertEquals("The disease burden associated with overweight and obesity", r.getTitle());
        assertEquals("JAMA", r.getContainerTitle());
        assertArrayEquals(new int[][]{{1999}}, r.getIssued().getDateParts());
        assertEquals("282", r.getVolume());
        assertEquals("1523–1529", r.getPage());
    }

    @Test
    void theTailFollowedByTheRecordsIdentifiers() {
        // references/co-areandina-contexto-salud-bibliografia and co-areandina-seminario-investigacion-bibliografia:
        // a DOI, PubMed numbers or a link after the tail (values checked by hand; they are the lists' gold values)
        CSLItemData r = rules("Porter D. How did social medicine evolve, and where is it heading? PLoS Med. 2006;3:e399. doi: 10.1271/journal.pmed.0030399");
        assertEquals(CSLType.ARTICLE_JOURNAL, r.getType());
        assertEquals(List.of("Porter|D"), names(r.getAuthor()));
        assertEquals("How did social medicine evolve, and where is it heading?", r.getTitle());
        assertArrayEquals(new int[][]{{2006}}, r.getIssued().getDateParts());
        assertEquals("3", r.getVolume());
        assertEquals("e399", r.getPage());
        assertEquals("10.1271/journal.pmed.0030399", r.getDOI());
        CSLItemData q = rules("Mann CJ. (2003). Observational research methods. Research design II: cohort, cross sectional, and case-control studies. Emerg Med J. 20(1):54-60. Disponible en: https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1726024/");
        assertEquals("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1726024/", q.getURL());
    }

    @Test
    void abbreviatedJournalAfterAQuestionAndAnIssue() {
        CSLItemData r = rules("Findling J.W., Raff H.: Newer diagnostic techniques and problems in Cushing's Disease. Endocrinol. Metabol. Clin. North Am. 1999,28(1):191–210.");
        assertEquals("Endocrinol. Metabol. Clin. North Am.", r.getContainerTitle());
        assertEquals("28", r.getVolume());
        assertEquals("1", r.getIssue());
        CSLItemData q = rules("Foster GD, Wadden TA, Vogt RA, Brewer G: What is a reasonable weight loss? Patient's expectations and evaluations of obesity treatment outcomes. J Consulting and Clin Psychol 1997, 65: 79–85.");
        assertEquals(List.of("Foster|GD", "Wadden|TA", "Vogt|RA", "Brewer|G"), names(q.getAuthor()));
        assertEquals("J Consulting and Clin Psychol", q.getContainerTitle());
        assertEquals("79–85", q.getPage());
    }

    @Test
    void chapterInABookWithEditors() {
        CSLItemData r = rules("Stuncard AJ, Sobal J: Psychosocial consequences of obesity. In: Brownell KD and Fairburn CG (eds): Eating Disorders and Obesity: A Comprehensive Handbook. New York, Guilford Press; 1995, pp. 417–421.");
        assertEquals(CSLType.CHAPTER, r.getType());
        assertEquals(List.of("Brownell|KD", "Fairburn|CG"), names(r.getEditor()));
        assertEquals("Eating Disorders and Obesity: A Comprehensive Handbook", r.getContainerTitle());
        assertEquals("New York", r.getPublisherPlace());
        assertEquals("Guilford Press", r.getPublisher());
        assertEquals("417–421", r.getPage());
    }

    @Test
    void accessDateInParenthesesAfterTheAddress() {
        CSLItemData r = rules("React Documentation. — URL: https://react.dev (15.01.2026).");
        assertEquals("React Documentation", r.getTitle());
        assertEquals("https://react.dev", r.getURL());
        assertArrayEquals(new int[][]{{2026, 1, 15}}, r.getAccessed().getDateParts());
    }
}
