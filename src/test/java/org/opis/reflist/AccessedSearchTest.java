package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link EntryLinks#findAccessed} (the access-date pattern searched from just before the first access word) finds what a
 * plain search finds — whether there is a match, where it starts and ends and its groups — on every gold entry and on
 * 60,000 random texts made of access words in several cases, brackets, spaces and dates.
 */
class AccessedSearchTest {
    private static final String[] PIECES = {
            "(accessed", "[Accessed", "accessed", "ACCESSED", "Retrieved", "retrieved", "last accessed", "Viewed", "consulted", "Stand:",
            "abgerufen am", "consulté le", "Consulté le", "дата обращения:", "(дата обращения:", "Nuoroda tikrinta", "truy cập ngày", "acesso em:",
            "Erişim tarihi:", "geraadpleegd op", "(", ")", "[", "]", " ", " ", " ", "  ", ".", ",", "3 May 2015", "12.03.2020", "2025-05-04",
            "06.08.2020", "May", "mai", "2015", "15", "Smith", "https://x.org/a", "Title", "\n"};

    @Test
    void findsWhatAPlainSearchFinds() throws IOException {
        List<String> texts = new ArrayList<>(org.opis.testing.GoldTexts.all());
        Random r = new Random(23);
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(9);
            for (int k = 0; k < n; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
            texts.add(b.toString());
        }
        int found = 0;
        for (String t : texts) {
            Matcher plain = EntryLinks.ACCESSED.matcher(t);
            Matcher from = EntryLinks.ACCESSED.matcher(new StringBuilder(t));
            boolean p = plain.find();
            assertEquals(p, EntryLinks.findAccessed(new StringBuilder(t), from), t);
            if (!p) continue;
            found++;
            assertEquals(plain.start(), from.start(), t);
            assertEquals(plain.end(), from.end(), t);
            for (int g = 1; g <= plain.groupCount(); g++) assertEquals(plain.group(g), from.group(g), t);
        }
        assertTrue(found > 1000, "found " + found);
    }
}
