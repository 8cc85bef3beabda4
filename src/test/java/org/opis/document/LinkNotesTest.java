package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedNote;
import org.opis.model.Reference;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A note whose footnotes are only links to web pages, under a "References" heading (a real article:
 * GitHub {@code parallax-ai-llc/historical-parallax}, {@code content/articles/ho-chi-minh.md}, commit
 * 569bfa07e; two paragraphs of its body and its first four notes, verbatim). Before, with the notes set
 * apart, the body's paragraphs were read as a bare reference list: the article's 109 notes gave 132
 * "references", the prose among them, all uncited, and no note was a citation; now each note cites the web
 * page it links (the article: 109 citations, 109 resolved).
 */
class LinkNotesTest {

    private static final String NOTE = "# Ho Chi Minh\n\n## Summary\n\n" + "Ho Chi Minh (1890-1969) was a Vietnamese revolutionary leader and founding father of the Democratic Republic of Vietnam. Born Nguyen Sinh Cung, he dedicated his life to liberating Vietnam from French colonial rule and achieving national reunification under communist governance. As the founder of the Viet Minh independence movement and the Indochinese Communist Party, he led Vietnam through wars against both French colonial forces and later American intervention. Despite his global recognition as an anti-colonial hero, his legacy remains controversial due to authoritarian policies, political purges, and the violent land reform campaign that claimed thousands of lives in North Vietnam.[^1][^2]" + "\n\n## Early Life\n\n" + "Ho Chi Minh was born Nguyen Sinh Cung on May 19, 1890, in the village of Hoàng Trù in Kim Liên commune, Nam Đàn district, Nghệ An province, in northern Central Vietnam.[^3] His father, Nguyen Sinh Sac, was a Confucian scholar and teacher who eventually resigned from his position in protest against French involvement in Vietnamese affairs, instilling in his son a deep sense of Vietnamese nationalism from an early age.[^4]"
            + "\n\n## References\n\n"
            + "[^1]: [Ho Chi Minh - Wikipedia](https://en.wikipedia.org/wiki/Ho_Chi_Minh)\n"
            + "[^2]: [Ho Chi Minh | Biography, Presidency, & Facts | Britannica](https://www.britannica.com/biography/Ho-Chi-Minh)\n"
            + "[^3]: [Ho Chi Minh Biography - Notable Biographies](https://www.notablebiographies.com/He-Ho/Ho-Chi-Minh.html)\n"
            + "[^4]: [Ho Chi Minh - Alpha History](https://alphahistory.com/vietnamwar/ho-chi-minh/)\n";

    @Test
    void theBodyOfANoteWithLinkNotesIsNoReferenceList() {
        Document doc = DocumentReader.read("ho-chi-minh.md", NOTE.getBytes(StandardCharsets.UTF_8), Optional.empty());
        CheckedNote note = DocumentChecker.check(doc, Library.NONE).checked();
        for (Reference r : note.references()) assertTrue(!r.raw().startsWith("Ho Chi Minh (1890") && !r.raw().startsWith("Ho Chi Minh was born"), r.raw());
        assertEquals(0, note.summary().uncited(), () -> note.references().toString());
    }

    /** Each link-only note gives its web page in full: a citation of that page, its words the title and its address the URL. */
    @Test
    void aLinkOnlyNoteCitesTheWebPageItLinks() {
        Document doc = DocumentReader.read("ho-chi-minh.md", NOTE.getBytes(StandardCharsets.UTF_8), Optional.empty());
        CheckedNote note = DocumentChecker.check(doc, Library.NONE).checked();
        assertEquals(4, note.summary().citations(), () -> note.citations().toString());
        assertEquals(4, note.summary().resolved(), () -> note.citations().toString());
        var wiki = note.references().stream().filter(r -> "https://en.wikipedia.org/wiki/Ho_Chi_Minh".equals(org.opis.model.CslRecords.csl(r).getURL()))
                .findFirst().orElseThrow();
        assertEquals("Ho Chi Minh - Wikipedia", org.opis.model.CslRecords.csl(wiki).getTitle());
        assertEquals(de.undercouch.citeproc.csl.CSLType.WEBPAGE, org.opis.model.CslRecords.csl(wiki).getType());
    }

    /**
     * Paragraphs with a bold lead and a year ("**November 9, 1989:** Zero deaths.") in a section of the body are
     * prose, not entries (the same site's `berlin-wall-fall-1989.md`, its "Death Toll" section and its first note,
     * verbatim): before, the bold lead counted as a title's italics and a name, and the section was read as a list.
     */
    @Test
    void boldLedDatedParagraphsAreNoList() {
        String text = "# Fall of the Berlin Wall\n\nThe Wall opened on the night of 9 November.[^1]\n\n## Death Toll\n\n"
                + "**November 9, 1989:** Zero deaths. The Wall fell peacefully.\n\n"
                + "**The entire GDR Peaceful Revolution (autumn 1989):** No significant casualties.\n\n"
                + "**Berlin Wall era (1961-1989):**\n\n"
                + "- At least 140 people killed trying to escape\n"
                + "- Some estimates higher (900+, including all East German border deaths)\n"
                + "- Peter Fechter (1962), shot and left to bleed at Wall, became symbol\n\n"
                + "## References\n\n[^1]: [Wikipedia - Fall of the Berlin Wall](https://en.wikipedia.org/wiki/Fall_of_the_Berlin_Wall)\n";
        Document doc = DocumentReader.read("berlin.md", text.getBytes(StandardCharsets.UTF_8), Optional.empty());
        CheckedNote note = DocumentChecker.check(doc, Library.NONE).checked();
        assertEquals(0, note.summary().uncited(), () -> note.references().toString());
        assertEquals(1, note.summary().resolved(), () -> note.citations().toString());
    }
}
