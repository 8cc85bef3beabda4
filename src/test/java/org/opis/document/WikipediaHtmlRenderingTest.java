package org.opis.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The HTML of references/wikipedia-whole is the rendering of its Markdown by
 * {@link WikipediaHtmlRendering}: regenerate with {@code -Dopis.regenerate=true}.
 */
class WikipediaHtmlRenderingTest {

    @ParameterizedTest
    @CsvSource({"cold-war, Cold War", "history-of-cuba, History of Cuba", "benito-mussolini, Benito Mussolini"})
    void htmlIsTheRenderingOfTheMarkdown(String folder, String title) throws Exception {
        Path dir = Path.of("references/wikipedia-whole", folder);
        String html = WikipediaHtmlRendering.render(Files.readString(dir.resolve("page.md"), StandardCharsets.UTF_8), title);
        Path out = dir.resolve("page.html");
        if (Boolean.getBoolean("opis.regenerate")) Files.writeString(out, html, StandardCharsets.UTF_8);
        assertEquals(html, Files.readString(out, StandardCharsets.UTF_8));
    }
}
