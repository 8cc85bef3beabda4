package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The schema of the hand-checked gold files of the real reference lists
 * ({@code references/<list>/gold.jsonl}, one JSON object a line: {@code text} and {@code csl}).
 *
 * <p>For every line: it parses; its {@code text} occurs verbatim in the list file of its folder
 * (whitespace runs, line breaks included, compared as one space); its CSL type is a CSL 1.0.2 type
 * and every key a CSL variable; every string value, every name part and every date's year occurs in
 * the text once Markdown emphasis ({@code * _}) and backslash escapes are stripped. So a gold value
 * is always a span of its entry, never a normalised or invented one.
 */
class GoldFilesTest {

    private static final Path REFERENCES = Path.of("references");
    private static final List<String> LIST_FILES = List.of("list.md", "list.txt", "note.md");

    /** CSL 1.0.2 item types. */
    static final Set<String> TYPES = Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection",
            "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure",
            "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map",
            "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent", "performance",
            "periodical", "personal_communication", "post", "post-weblog", "regulation", "report",
            "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty",
            "webpage");

    /** The CSL variables a gold item may carry, by kind. */
    private static final Set<String> NAME_VARIABLES = Set.of("author", "editor", "translator",
            "container-author", "collection-editor", "compiler", "director", "interviewer", "recipient",
            "reviewed-author", "editorial-director", "illustrator");
    private static final Set<String> DATE_VARIABLES = Set.of("issued", "accessed", "original-date",
            "event-date");
    private static final Set<String> STRING_VARIABLES = Set.of("title", "title-short",
            "container-title", "collection-title", "collection-number", "volume", "number-of-volumes",
            "issue", "number", "page", "number-of-pages", "edition", "publisher", "publisher-place",
            "genre", "medium", "URL", "DOI", "ISBN", "ISSN", "PMID", "archive", "archive_location",
            "archive-place", "note", "event", "event-place", "section", "chapter-number", "language",
            "original-title", "original-publisher", "original-publisher-place", "call-number",
            "references", "dimensions", "scale", "status", "version", "source", "annote",
            // not an item variable: the pinpoint a syllabus or note gives (a cite's locator)
            "locator");
    private static final Set<String> NAME_PARTS = Set.of("family", "given", "literal", "suffix",
            "non-dropping-particle", "dropping-particle");
    /** Values that describe rather than quote the entry, so need not occur in it. */
    private static final Set<String> UNQUOTED = Set.of("language");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyGoldLineIsASpanOfItsList() throws IOException {
        List<Path> golds = golds();
        return golds.stream().map(g -> DynamicTest.dynamicTest(g.getParent().getFileName().toString(),
                () -> checkGold(g)));
    }

    @Test
    void thereAreGoldFiles() throws IOException {
        assertFalse(golds().isEmpty(), "no references/*/gold.jsonl found");
    }

    /** Leave-one-list-out must never train on a copy of a held-out entry. */
    @Test
    void noEntryIsGoldInTwoLists() throws IOException {
        Map<String, String> owner = new java.util.HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path g : golds()) {
            String list = g.getParent().getFileName().toString();
            for (String line : Files.readAllLines(g, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String text = collapse(JSON.readTree(line).path("text").asText());
                String first = owner.putIfAbsent(text, list);
                if (first != null && !first.equals(list)) {
                    problems.add(list + " repeats an entry of " + first + ": " + text);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aValueThatIsNotASpanOrAnUnknownKeyIsReported() throws IOException {
        List<String> problems = new ArrayList<>();
        String text = strip("Atkinson, Dorothy. *The End of the Russian Land Commune*. Stanford, 1985.");
        checkItem("t", text, JSON.readTree("{\"type\":\"book\",\"title\":\"The End of the Russian Land Commune\","
                + "\"author\":[{\"family\":\"Atkinson\",\"given\":\"Dorothy\"}],\"issued\":{\"date-parts\":[[1985]]}}"), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        checkItem("t", text, JSON.readTree("{\"type\":\"monograph\",\"title\":\"The End of the Commune\","
                + "\"publisher\":\"Stanford University Press\",\"issued\":{\"date-parts\":[[1986]]},\"titel\":\"x\"}"), problems);
        assertEquals(5, problems.size(), problems.toString());
    }

    private static List<Path> golds() throws IOException {
        try (Stream<Path> dirs = Files.list(REFERENCES)) {
            return dirs.map(d -> d.resolve("gold.jsonl")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void checkGold(Path gold) throws IOException {
        Path dir = gold.getParent();
        Path list = LIST_FILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new AssertionError(dir + ": no list file " + LIST_FILES));
        String listText = collapse(Files.readString(list, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String where = gold + ":" + lineNo;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                problems.add(where + ": not JSON: " + e.getMessage());
                continue;
            }
            JsonNode text = node.get("text");
            JsonNode csl = node.get("csl");
            if (text == null || !text.isTextual() || text.asText().isBlank() || csl == null
                    || !csl.isObject()) {
                problems.add(where + ": needs a non-empty \"text\" and a \"csl\" object");
                continue;
            }
            if (!listText.contains(collapse(text.asText()))) {
                problems.add(where + ": text not in " + list.getFileName() + ": " + text.asText());
            }
            // the values occur in the entry as a reader sees it: its inline HTML read (Payot &amp; Rivages → Payot & Rivages)
            checkItem(where, strip(org.opis.text.InlineHtml.plain(text.asText())), csl, problems);
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
        assertTrue(lineNo > 0, gold + " is empty");
    }

    private static void checkItem(String where, String text, JsonNode csl, List<String> problems) {
        JsonNode type = csl.get("type");
        if (type == null || !TYPES.contains(type.asText())) {
            problems.add(where + ": not a CSL type: " + type);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = csl.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            JsonNode value = f.getValue();
            if (key.equals("type")) {
                continue;
            }
            if (NAME_VARIABLES.contains(key)) {
                if (!value.isArray() || value.isEmpty()) {
                    problems.add(where + ": " + key + " must be a non-empty array of names");
                    continue;
                }
                for (JsonNode n : value) {
                    for (Iterator<Map.Entry<String, JsonNode>> parts = n.fields(); parts.hasNext(); ) {
                        Map.Entry<String, JsonNode> p = parts.next();
                        if (!NAME_PARTS.contains(p.getKey())) {
                            problems.add(where + ": " + key + " has unknown name part " + p.getKey());
                        } else {
                            requireSpan(where, key + "." + p.getKey(), p.getValue().asText(), text, problems);
                        }
                    }
                }
            } else if (DATE_VARIABLES.contains(key)) {
                JsonNode parts = value.get("date-parts");
                JsonNode raw = value.get("raw");
                if (parts != null && parts.isArray() && !parts.isEmpty() && parts.get(0).isArray()
                        && !parts.get(0).isEmpty() && parts.get(0).get(0).isInt()) {
                    requireSpan(where, key + ".year", parts.get(0).get(0).asText(), text, problems);
                } else if (raw != null && raw.isTextual()) {
                    requireSpan(where, key + ".raw", raw.asText(), text, problems);
                } else {
                    problems.add(where + ": " + key + " needs date-parts [[Y, M, D]] or raw");
                }
            } else if (STRING_VARIABLES.contains(key)) {
                if (!value.isTextual() || value.asText().isBlank()) {
                    problems.add(where + ": " + key + " must be a non-empty string");
                } else if (!UNQUOTED.contains(key)) {
                    requireSpan(where, key, value.asText(), text, problems);
                }
            } else {
                problems.add(where + ": not a CSL variable: " + key);
            }
        }
    }

    private static void requireSpan(String where, String key, String value, String text,
                                    List<String> problems) {
        if (!text.contains(strip(value))) {
            problems.add(where + ": " + key + " \"" + value + "\" does not occur in the entry");
        }
    }

    /** Markdown emphasis and backslash escapes removed, whitespace collapsed. */
    static String strip(String s) {
        return collapse(s.replaceAll("\\\\(.)", "$1").replaceAll("[*_]", ""));
    }

    static String collapse(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }
}
