package org.opis.lexicon;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {

    private static final Table.Column[] COLUMNS = {
            Table.Column.text("word"), Table.Column.integer("month", 1, 24), Table.Column.text("languages")};

    @Test
    void tableChecksHeaderAndCellsAndNamesTheLine() {
        Table t = Table.parse("t.tsv", "# comment\n\nword\tmonth\tlanguages\njuly\t7\ten\n", COLUMNS);
        assertEquals(1, t.rows().size());
        assertEquals(7, t.rows().get(0).integer("month"));
        assertEquals(4, t.rows().get(0).line());

        IllegalStateException header = assertThrows(IllegalStateException.class,
                () -> Table.parse("t.tsv", "word\tnumber\tlanguages\n", COLUMNS));
        assertTrue(header.getMessage().startsWith("t.tsv:1: header should be word <TAB> month <TAB> languages"), header.getMessage());
        IllegalStateException range = assertThrows(IllegalStateException.class,
                () -> Table.parse("t.tsv", "word\tmonth\tlanguages\njuly\t70\ten\n", COLUMNS));
        assertTrue(range.getMessage().startsWith("t.tsv:2: column month: 70 is outside 1–24"), range.getMessage());
        IllegalStateException count = assertThrows(IllegalStateException.class,
                () -> Table.parse("t.tsv", "word\tmonth\tlanguages\njuly\t7\n", COLUMNS));
        assertTrue(count.getMessage().startsWith("t.tsv:2: 3 columns expected, found 2"), count.getMessage());
        IllegalStateException notNumber = assertThrows(IllegalStateException.class,
                () -> Table.parse("t.tsv", "word\tmonth\tlanguages\njuly\tVII\ten\n", COLUMNS));
        assertTrue(notNumber.getMessage().contains("not a whole number: VII"), notNumber.getMessage());
        assertThrows(IllegalStateException.class, () -> Table.parse("t.tsv", "# only a comment\n", COLUMNS));
    }

    @Test
    void monthWordsInTheLanguagesOfTheField() {
        assertEquals(OptionalInt.of(7), Months.of("July"));
        assertEquals(OptionalInt.of(7), Months.of("jul."));
        assertEquals(OptionalInt.of(7), Months.of("июля"));
        assertEquals(OptionalInt.of(7), Months.of("juillet"));
        assertEquals(OptionalInt.of(7), Months.of("korrik"));
        assertEquals(OptionalInt.of(7), Months.of("ijulja"));
        assertEquals(OptionalInt.of(9), Months.of("Sept."));
        assertEquals(OptionalInt.of(24), Months.of("Winter"));
        assertEquals(OptionalInt.empty(), Months.of("Moscow"));
    }

    /**
     * Each vocabulary is defined once: no other data file of the project holds a copy of it (a file
     * whose cells or quoted strings include at least a third of a vocabulary's words, and at least
     * four of them, is a copy). The old copies (reflist/months.tsv, seasons.tsv, volume-labels.txt,
     * names/roles.tsv, particles.txt, cite/locator-labels.tsv and the scanner's month, connector,
     * particle and editor lines) are gone; {@code LexiconUseTest} shows the readers use these files.
     */
    @Test
    void eachVocabularyIsDefinedInOneDataFile() throws IOException {
        Map<String, Set<String>> vocabularies = new LinkedHashMap<>();
        vocabularies.put("months.tsv", Months.words().keySet());
        vocabularies.put("labels.tsv", lower(Labels.in(Labels.LIST).keySet()));
        vocabularies.put("labels.tsv (citation)", lower(Labels.in(Labels.CITATION).keySet()));
        vocabularies.put("roles.tsv", Roles.in(Roles.LIST).keySet());
        vocabularies.put("particles.tsv", Particles.all());
        vocabularies.put("name-words.tsv", NameWords.all().keySet());
        vocabularies.put("connectors.tsv", lower(Connectors.all()));
        vocabularies.put("section-headings.tsv", SectionHeadings.of(SectionHeadings.REFERENCES, SectionHeadings.NOTES,
                SectionHeadings.FURTHER, SectionHeadings.OTHER, SectionHeadings.CLOSING));
        // files that share words with a vocabulary but hold another convention, each with its reason
        Map<String, String> otherConventions = Map.of(
                "org/opis/archival/labels.json", "archival levels of each scheme (f. = fond, l. = list, d. = delo): the archival labels' one file",
                "org/opis/reflist/language-cues.tsv", "words that point to a language (\"und\" → German), weighted",
                "org/opis/reflist/title-stopwords.txt", "words skipped when choosing a readable id",
                "org/opis/reflist/abbreviations.txt", "every word whose full stop does not end a sentence (vol., Jr., St., initials), labels among them: the sentence splitter's one list",
                "org/opis/reflist/tagger/lexicon.tsv", "the learned tagger's feature dictionary, fixed for the trained model (moving it into the lexicon means retraining: opis train)");
        Path resources = Path.of("src/main/resources");
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = resources.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith("org/opis/lexicon/") || otherConventions.containsKey(rel) || !rel.matches(".*\\.(tsv|txt|json)")) continue;
                Set<String> cells = cells(Files.readString(f, StandardCharsets.UTF_8));
                for (Map.Entry<String, Set<String>> v : vocabularies.entrySet()) {
                    Set<String> words = bare(v.getValue());
                    long shared = words.stream().filter(cells::contains).count();
                    if (shared >= 4 && shared * 3 >= words.size()) copies.add(rel + " copies " + v.getKey() + " (" + shared + " words)");
                }
            }
        }
        assertEquals(List.of(), copies);
    }

    /** One heading vocabulary: the four lists the readers had (reflist, cite, document) are gone. */
    @Test
    void sectionHeadingsAreReadFromTheLexicon() {
        assertEquals(java.util.Optional.of(SectionHeadings.REFERENCES), SectionHeadings.kind("## Список литературы"));
        assertEquals(java.util.Optional.of(SectionHeadings.NOTES), SectionHeadings.kind("**Notes de fin**"));
        assertEquals(java.util.Optional.of(SectionHeadings.FURTHER), SectionHeadings.kind("Further reading:"));
        assertEquals(java.util.Optional.of(SectionHeadings.CLOSING), SectionHeadings.kind("Acknowledgements"));
        assertEquals(java.util.Optional.empty(), SectionHeadings.kind("The Khrushchev Era"));
        assertTrue(SectionHeadings.hatnote("Main article: Cold War"));
        for (String old : List.of("reflist/headings.txt", "reflist/end-headings.txt",
                "cite/section-headings.tsv", "document/back-matter-headings.tsv")) {
            assertTrue(Files.notExists(Path.of("src/main/resources/org/opis", old)), old);
        }
    }

    @Test
    void theCopyFinderFindsACopy() {
        Set<String> cells = cells("# months\nmonth\tjanuary\t1\nmonth\tfebruary\t2\nmonth\tmarch\t3\nmonth\tapril\t4\n");
        assertTrue(cells.containsAll(List.of("january", "february", "march", "april")), cells.toString());
        assertTrue(cells("(Hg.)\teditor\nEds.\teditor\n").containsAll(List.of("hg", "eds")));
    }

    /**
     * A word as a copy may write it: lower case, without enclosing parentheses or a final full stop, so that
     * {@code hg} in another file is a copy of {@code (Hg.)} (a tagger file of bare role words once was).
     */
    private static String bare(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.startsWith("(") && w.endsWith(")")) w = w.substring(1, w.length() - 1);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> bare(java.util.Collection<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(bare(w));
        return out;
    }

    /** A JSON string; possessive, so a long string does not recurse once per character (a stack overflow). */
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"");

    /** The cells of a TSV or text file and the quoted strings of a JSON file, lower case, comments left out. */
    private static Set<String> cells(String text) {
        Set<String> out = new HashSet<>();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("#")) continue;
            for (String c : line.split("\t")) out.add(bare(c));
            Matcher q = QUOTED.matcher(line);
            while (q.find()) out.add(bare(q.group(1)));
        }
        return out;
    }

    private static Set<String> lower(java.util.Collection<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
        return out;
    }
}
