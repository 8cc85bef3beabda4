package org.opis.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link Regexes} gives what the {@code String} methods give, with the expressions the list reader passes it (round 20),
 * on every gold entry under {@code references/} and on the comma-separated pieces of some.
 */
class RegexesTest {
    /** Expressions of the list reader's calls (the entry readers EntryParser calls, CatalogueRecord, the tagger's mending rules, …). */
    private static final List<String> EXPRESSIONS = List.of("[.,]?", "(?:[Ii]n|В|V)\\b.*", "\\s+", "(?i)in:?", "(?<=\\s)", ",\\s",
            ",\\s?", "[.,;]?", "^\\[(.*)\\]$", "[,.:]+$", "\\d.*", "^[,;]\\s*", "[\\p{L}][\\p{L}\\d .'’:;,&/-]*", "[.\\s]+$",
            ",\\s*", "^and\\s+", "[\\s,]+", "^[\\s.,;:()\\[\\]–—/-]+", "[\\s.,;:()\\[\\]–—/-]+$", "\\s?([.,;:])(?:\\s?[.,;:])+",
            "\\s*\\.\\.\\. \\[et al\\.\\]", "\\s*\\[[a-z]+\\]", ",? Jr\\.?(?=,| and|$)", ",? and |, | & ", "[\\s.]+", "; ", ", ",
            "[|,]", "[\\s-]+", "[\\s/,;]+", "[^\\p{L}\\p{N}]+", "[\\s,/-]+", "\\s+|\\s*,\\s*(?:and\\s+)?|\\s+and\\s+",
            "\\s?([–—-])\\s?", "\\d{1,4}|[IVXLC]+\\d*|\\.|(?i)no|nr|vol|bd|nº|n°", ".*\\d.*", "\\d{1,3}", "\\d{4}", "\\p{P}",
            "\\d{1,2}", "1[5-9]\\d\\d|20\\d\\d", "\\d+", "[\\d–-]+", "\r\n|\r|\n", " +", "\r?\n", " ; ", "\t");

    @Test
    void sameAsStringMethodsOnGoldEntries() throws Exception {
        List<String> texts = new ArrayList<>();
        int entries = 0;
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> s = Files.list(Path.of("references"))) {
            for (Path d : s.sorted().toList()) {
                Path g = d.resolve("gold.jsonl");
                if (!Files.exists(g)) continue;
                for (String l : Files.readAllLines(g)) {
                    if (l.isBlank()) continue;
                    String e = json.readTree(l).get("text").asText();
                    texts.add(e);
                    if (entries++ % 10 == 0) texts.addAll(List.of(e.split(","))); // some entries' comma-separated pieces too
                }
            }
        }
        int matched = 0;
        for (String t : texts) {
            for (String re : EXPRESSIONS) {
                boolean m = t.matches(re);
                assertEquals(m, Regexes.matches(t, re), re + " on " + t);
                if (m) matched++;
                assertEquals(t.replaceAll(re, "<$0>"), Regexes.replaceAll(t, re, "<$0>"), re + " on " + t);
                assertEquals(t.replaceFirst(re, "#"), Regexes.replaceFirst(t, re, "#"), re + " on " + t);
                assertArrayEquals(t.split(re), Regexes.split(t, re), re + " on " + t);
                assertArrayEquals(t.split(re, -1), Regexes.split(t, re, -1), re + " on " + t);
            }
        }
        assertEquals(true, texts.size() > 5_000 && matched > 500, texts.size() + " texts, " + matched + " whole matches");
    }

    @Test
    void compiledOnce() {
        assertSame(Regexes.of("[.,;]?"), Regexes.of("[.,;]?"));
        assertEquals("[.,;]?", Regexes.of("[.,;]?").pattern());
    }
}
