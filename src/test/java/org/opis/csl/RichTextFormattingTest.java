package org.opis.csl;

import org.junit.jupiter.api.Test;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * CSL rich text in a record is formatted, not printed as tags. The expected entries are citeproc-js's
 * (1.4.61, through ../shared/tools/interop/render-citeproc-js.mjs, styles 25.10) for the same two
 * items: in HTML, italics in a title set in italics are upright (CSL's flip-flop); citeproc-java
 * writes its own italics as {@code <span style="font-style: italic">} where citeproc-js writes {@code <i>}.
 */
class RichTextFormattingTest {

    private static final String JSON = """
            [{"id":"kozlov2013","type":"book","title":"The Readers of <i>Novyi Mir</i>: Coming to Terms with the Stalinist Past",
              "author":[{"family":"Kozlov","given":"Denis"}],"publisher":"Harvard University Press","issued":{"date-parts":[[2013]]}},
             {"id":"davies2003","type":"article-journal","title":"Soviet Cinema and the Early Cold War: Pudovkin's <i>Admiral Nakhimov</i>",
              "author":[{"family":"Davies","given":"Sarah"}],"container-title":"Cold War History","volume":"4","issue":"1",
              "page":"49-70","issued":{"date-parts":[[2003]]}}]
            """;

    private static List<String> entries(OutputFormat format) throws Exception {
        List<Reference> refs = CslJson.read(new SourceText("rich.json", JSON)).references();
        CslFormatter f = new CslFormatter(CslStyle.load("chicago-author-date"), Optional.empty(), format);
        return f.render(refs, List.of()).bibliography().stream().map(FormattedEntry::text).toList();
    }

    @Test
    void plainTextHasNoTags() throws Exception {
        assertEquals(List.of(
                "Davies, Sarah. 2003. “Soviet Cinema and the Early Cold War: Pudovkin’s Admiral Nakhimov.” Cold War History 4 (1): 49–70.",
                "Kozlov, Denis. 2013. The Readers of Novyi Mir: Coming to Terms with the Stalinist Past. Harvard University Press."),
                entries(OutputFormat.TEXT));
    }

    @Test
    void htmlItalicsFlipInsideAnItalicTitle() throws Exception {
        List<String> html = entries(OutputFormat.HTML);
        assertEquals("<div class=\"csl-entry\">Davies, Sarah. 2003. &ldquo;Soviet Cinema and the Early Cold War: Pudovkin&rsquo;s <i>Admiral Nakhimov</i>.&rdquo; "
                + "<span style=\"font-style: italic\">Cold War History</span> 4 (1): 49&ndash;70.</div>", html.get(0));
        assertEquals("<div class=\"csl-entry\">Kozlov, Denis. 2013. <span style=\"font-style: italic\">The Readers of <span style=\"font-style:normal;\">Novyi Mir</span>: "
                + "Coming to Terms with the Stalinist Past</span>. Harvard University Press.</div>", html.get(1));
    }

    @Test
    void rtfAndMarkdownUseTheirOwnItalics() throws Exception {
        assertEquals("Kozlov, Denis. 2013. {\\i The Readers of {\\i0 Novyi Mir}: Coming to Terms with the Stalinist Past}. Harvard University Press.",
                entries(OutputFormat.RTF).get(1));
        List<String> md = entries(OutputFormat.MARKDOWN);
        assertEquals("Davies, Sarah. 2003. “Soviet Cinema and the Early Cold War: Pudovkin’s *Admiral Nakhimov*.” *Cold War History* 4 (1): 49–70.", md.get(0));
        // Markdown cannot set text upright inside italics: the title stays one italic run
        assertEquals("Kozlov, Denis. 2013. *The Readers of Novyi Mir: Coming to Terms with the Stalinist Past*. Harvard University Press.", md.get(1));
    }
}
