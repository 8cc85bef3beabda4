package org.opis.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue of findings ({@code findings.tsv}) is the one list of codes: the main sources emit
 * exactly the declared codes, the tests exercise them, and README.md's code tables agree with it.
 */
class FindingCatalogueTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TESTS = Path.of("src/test/java");
    /** A string literal shaped like a code, {@code "area/name"}. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*/[a-z][a-z0-9-]*)\"");
    /** Literals of that shape that are not finding codes. */
    private static final Set<String> NOT_CODES = Set.of("n/m");
    private static final Set<String> MIME_AREAS = Set.of("text", "application", "image", "audio", "video", "multipart");

    /**
     * Declared codes that no test names yet (by its literal, the constant holding it, or its rule
     * class). Shrink it: the test fails when a code listed here is tested, so the list stays true.
     */
    private static final Set<String> NOT_YET_TESTED = Set.of(
            "archival/unknown-scheme",
            "citation/ambiguous", // tested through CitationStatus.AMBIGUOUS, not by its code
            "bibtex/date", "bibtex/key", "bibtex/latex", "bibtex/name", "bibtex/not-carried",
            "csl-json/bad-item", "csl-json/duplicate-id",
            "format/citation-failed", "format/duplicate-id", "format/entry-failed",
            "format/sort-failed", "format/year-suffix",
            "reference/no-title", "reflist/empty-section",
            // declared by the document, tagger and RIS work of this round; their tests check counts, not these codes yet
            "document/citation-field", "document/library-duplicate", "document/library-format", "reference/low-confidence",
            "ris/empty", "ris/not-a-tag", "ris/repeated");

    @Test
    void catalogueLoadsAndHasNoDuplicates() {
        assertTrue(FindingCodes.all().size() >= 70, "codes declared: " + FindingCodes.all().size());
        FindingCode c = FindingCodes.get("archival/vulgar-fraction");
        assertEquals(Severity.ERROR, c.severity());
        assertEquals("archival", c.area());
        assertTrue(c.example().contains("½"), c.example());
        assertEquals(Severity.INFO, FindingCodes.get("zotero/extra").severity());
        assertTrue(FindingCodes.find("archival/no-such-rule").isEmpty());
    }

    @Test
    void everyCodeTheSourcesWriteIsDeclared() throws IOException {
        Map<String, List<String>> written = literals(MAIN);
        List<String> undeclared = written.keySet().stream()
                .filter(code -> FindingCodes.find(code).isEmpty())
                .map(code -> code + " (" + String.join(", ", written.get(code)) + ")")
                .collect(Collectors.toList());
        assertEquals(List.of(), undeclared, "declare these codes in src/main/resources" + FindingCodes.RESOURCE
                + " (area, name, severity, summary, example) and list them in README.md's code tables");
    }

    @Test
    void everyDeclaredCodeIsWrittenBySomeSource() throws IOException {
        Set<String> written = literals(MAIN).keySet();
        List<String> unused = FindingCodes.all().stream().map(FindingCode::code)
                .filter(code -> !written.contains(code)).collect(Collectors.toList());
        assertEquals(List.of(), unused, "declared codes that no main source emits (a code is never reused: "
                + "remove it only if no release emitted it)");
    }

    @Test
    void everyDeclaredCodeIsExercisedByATest() throws IOException {
        String tests = readAll(TESTS);
        Map<String, Set<String>> handles = handles();
        Set<String> untested = new TreeSet<>();
        for (FindingCode c : FindingCodes.all()) {
            boolean named = handles.getOrDefault(c.code(), Set.of()).stream()
                    .anyMatch(h -> Pattern.compile(h.startsWith("\"")
                                    // the code as a whole token: "x/y" in a literal, or [x/y] in an expected message
                                    ? "(?<![a-z0-9/-])" + Pattern.quote(h.substring(1, h.length() - 1)) + "(?![a-z0-9/-])"
                                    : "\\b" + Pattern.quote(h) + "\\b")
                            .matcher(tests).find());
            if (!named) untested.add(c.code());
        }
        Set<String> newlyUntested = new TreeSet<>(untested);
        newlyUntested.removeAll(NOT_YET_TESTED);
        assertEquals(Set.of(), newlyUntested, "codes no test names (by literal, constant or rule class): add a test");
        Set<String> nowTested = new TreeSet<>(NOT_YET_TESTED);
        nowTested.removeAll(untested);
        assertEquals(Set.of(), nowTested, "these codes are tested now: remove them from NOT_YET_TESTED");
    }

    @Test
    void readmeCodeTablesAgreeWithTheCatalogue() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        Pattern code = Pattern.compile("`([a-z][a-z0-9-]*/[a-z][a-z0-9-]*)`");
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("| `")) continue;
            String[] cells = line.substring(1).split("\\|");
            if (cells.length < 3) continue;
            String severity = cells[1].trim().split("\\s+")[0];
            if (!Set.of("error", "warning", "info").contains(severity)) continue;
            Matcher m = code.matcher(cells[0]);
            while (m.find()) listed.merge(m.group(1), severity, (a, b) -> a.equals(b) ? a : a + "|" + b);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : listed.entrySet()) {
            FindingCodes.find(e.getKey()).ifPresentOrElse(
                    c -> {
                        if (!c.severity().word().equals(e.getValue())) {
                            problems.add(e.getKey() + ": README says " + e.getValue() + ", catalogue " + c.severity().word());
                        }
                    },
                    () -> problems.add(e.getKey() + ": in README, not in the catalogue"));
        }
        for (FindingCode c : FindingCodes.all()) {
            if (!listed.containsKey(c.code())) problems.add(c.code() + ": in the catalogue, in no README code table");
        }
        assertEquals(List.of(), problems);
    }

    /** Code literals in the sources under {@code root}, each with the files that write it. */
    private static Map<String, List<String>> literals(Path root) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (Path p : javaFiles(root)) {
            Matcher m = LITERAL.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) {
                String lit = m.group(1);
                if (NOT_CODES.contains(lit) || MIME_AREAS.contains(lit.substring(0, lit.indexOf('/')))) continue;
                List<String> files = out.computeIfAbsent(lit, k -> new ArrayList<>());
                String f = p.getFileName().toString();
                if (!files.contains(f)) files.add(f);
            }
        }
        return out;
    }

    /**
     * How a test can name each code: its literal, the constants that hold it
     * ({@code FUZZY = "citation/fuzzy"}) and the rule class that declares it ({@code VulgarFractionRule}).
     */
    private static Map<String, Set<String>> handles() throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Pattern constant = Pattern.compile("(\\w+)\\s*=\\s*\"([a-z][a-z0-9-]*/[a-z][a-z0-9-]*)\"");
        for (Path p : javaFiles(MAIN)) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String cls = p.getFileName().toString().replace(".java", "");
            Matcher m = LITERAL.matcher(text);
            while (m.find()) {
                Set<String> h = out.computeIfAbsent(m.group(1), k -> new TreeSet<>());
                h.add("\"" + m.group(1) + "\"");
                if (cls.endsWith("Rule")) h.add(cls);
            }
            Matcher k = constant.matcher(text);
            while (k.find()) {
                // a rule's CODE constant is named through its class: FuzzyCitationRule.CODE
                out.computeIfAbsent(k.group(2), x -> new TreeSet<>()).add(k.group(1).equals("CODE") ? cls : k.group(1));
            }
        }
        return out;
    }

    private static String readAll(Path root) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Path p : javaFiles(root)) {
            if (p.getFileName().toString().equals("FindingCatalogueTest.java")) continue;
            b.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
        }
        return b.toString();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}
