package org.opis.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void scriptTagsAmpersandsAndQuotesBecomeCharacterReferences() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Neill",
                Html.escape("<script>alert(\"x\")</script> & O'Neill"));
    }

    @Test
    void plainTextCyrillicAndAstralCharactersPassThrough() {
        assertEquals("Хрущёв, л. 106 \uD835\uDC9C", Html.escape("Хрущёв, л. 106 \uD835\uDC9C"));
    }

    @Test
    void characterReferencesAreEscapedNotDecoded() {
        assertEquals("&amp;lt;b&amp;gt;", Html.escape("&lt;b&gt;"));
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\uFFFDc\td\n", Html.escape("a\u0001b\uD800c\td\n"));
    }
}
