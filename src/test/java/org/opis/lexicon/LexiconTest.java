package org.opis.lexicon;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

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
     * Until the reference-list reader and the citation scanner read lexicon/months.tsv, their own
     * copies must agree with it: every month word they know is there, with the same number.
     */
    @Test
    void theOldCopiesOfTheMonthsAgreeWithTheLexicon() throws IOException {
        List<String> disagree = new ArrayList<>();
        for (String line : lines("/org/opis/reflist/months.tsv")) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            if (Months.of(f[0]).orElse(-1) != Integer.parseInt(f[1].strip())) disagree.add("reflist/months.tsv: " + line);
        }
        int scannerMonths = 0;
        for (String line : lines("/org/opis/cite/scanner-words.tsv")) {
            if (!line.startsWith("month\t")) continue;
            scannerMonths++;
            String[] f = line.split("\t");
            if (Months.of(f[1]).orElse(-1) != Integer.parseInt(f[2].strip())) disagree.add("cite/scanner-words.tsv: " + line);
        }
        assertTrue(scannerMonths > 0, "the scanner's month lines are gone: remove this check");
        assertEquals(List.of(), disagree);
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = LexiconTest.class.getResourceAsStream(resource)) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
