package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.junit.jupiter.api.Test;
import org.opis.reflist.tagger.Tagger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chooser's records as trees built directly ({@link ItemTrees#of}) are the trees their CSL-JSON
 * text parses to ({@link ItemTrees#viaText}), the way used before: on every hand-checked gold record
 * under {@code references/} and on the tagger's reading of each of those entries.
 */
class ItemTreesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyGoldRecordAndItsTaggedReadingGiveTheTextsTree() throws Exception {
        Tagger tagger = Tagger.bundled();
        List<Path> golds;
        try (Stream<Path> s = Files.list(Path.of("references"))) {
            golds = s.map(d -> d.resolve("gold.jsonl")).filter(Files::isRegularFile).sorted().toList();
        }
        int compared = 0;
        int nonEmpty = 0;
        for (Path g : golds) {
            for (String line : Files.readAllLines(g, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode row = JSON.readTree(line);
                @SuppressWarnings("unchecked")
                Map<String, Object> csl = JSON.convertValue(row.get("csl"), Map.class);
                csl.putIfAbsent("id", "x");
                List<CSLItemData> items = new ArrayList<>();
                items.add(CSLItemData.fromJson(csl));
                items.add(tagger.tag(row.get("text").asText()).item("x"));
                for (CSLItemData d : items) {
                    JsonNode direct = ItemTrees.of(d);
                    assertEquals(ItemTrees.viaText(d), direct, g + ": " + line);
                    compared++;
                    if (direct.size() > 1) nonEmpty++;
                }
            }
        }
        assertTrue(compared > 4_000, "records compared: " + compared);
        assertTrue(nonEmpty > compared * 9 / 10, "records with fields: " + nonEmpty + " of " + compared);
    }

    @Test
    void namesDatesNumbersAndEscapesGiveTheTextsTree() {
        CSLItemData d = new CSLItemDataBuilder().id("a\"b\\c").title("it's \u2028 \u0001 \uD83D\uDE00 Жук")
                .author(new CSLNameBuilder().family("Белов").given("И. П.").build(),
                        new CSLNameBuilder().literal("Institute \"X\"").isInstitution(true).build())
                .issued(1982, 6).accessed(new de.undercouch.citeproc.csl.CSLDateBuilder().dateParts(new int[][] {{2020, 1, 2}, {2021}}).season("2").build()).volume(41).page("210–232").build();
        assertEquals(ItemTrees.viaText(d), ItemTrees.of(d));
        assertTrue(ItemTrees.of(d).get("author").get(1).has("literal"));
    }
}
