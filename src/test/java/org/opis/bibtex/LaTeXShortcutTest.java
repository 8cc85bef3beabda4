package org.opis.bibtex;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shortcut of {@link LaTeX#decode(String, boolean)} for values of text and brace groups only
 * gives exactly what decoding through JBibTeX's LaTeX parser gives: on every field value of the
 * real .bib files of these tests, and on random text mixing braces, dashes, quotes and accents.
 */
class LaTeXShortcutTest {

    private static final String[] FILES = {"bbt-1921-language.biblatex.bib", "bbt-2413-russian.biblatex.bib",
            "bbt-384-names.bibtex.bib", "jabref-2.10-saved.bib", "jabref-authors.bib", "roundtrip-10.bib"};

    private final LaTeX latex = LaTeX.standard();

    @Test
    void realFieldValuesDecodeAsThroughTheParser() throws Exception {
        List<String> values = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = LaTeXShortcutTest.class.getResourceAsStream(f)) {
                BibTeXDatabase db = new BibTeXParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (BibTeXEntry e : db.getEntries().values()) {
                    for (Value v : e.getFields().values()) values.add(v.toUserString());
                }
            }
        }
        assertTrue(values.size() > 500, "field values read: " + values.size());
        for (String v : values) same(v);
    }

    @Test
    void randomBracedTextDecodesAsThroughTheParser() {
        String alphabet = "ab AB{}{}--``''.,:;()0 \n\té üšč–—«»ëAБв";
        SplittableRandom r = new SplittableRandom(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(30);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            same(sb.toString());
        }
    }

    private void same(String v) {
        for (boolean keep : new boolean[]{false, true}) {
            if (v.isEmpty() || LaTeX.braceDepth(v) > 20) continue;
            assertEquals(latex.decodeThroughParser(v, keep), latex.decode(v, keep), (keep ? "keepGroups: " : "") + v);
        }
    }
}
