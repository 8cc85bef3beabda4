package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link OpeningNames}: names the rules read at the entry's start stay theirs where the tagger read fewer. */
class OpeningNamesTest {
    // references/de-ki-agile-kurzbelege/note.md
    private static final String KHARMA = "Kharma, Mohammed F., Choi, Soohyeon, Alkhanafseh, Mohammad, Mohaisen, David (LLM-Generated Code, 2026):"
            + " Security and Quality in LLM-Generated Code";

    @Test
    void theTaggersFirstNamesOfTheRulesAreNotTaken() {
        var rd = new FieldChooser.Readings(Map.of("author", "kharma,m|choi,s|alkhanafseh,m|mohaisen,d"), Map.of("author", "kharma,m"), Map.of());
        assertEquals(List.of(), OpeningNames.mend(List.of("author"), KHARMA, rd));
    }

    @Test
    void noNamesAtAllAgainstNamesWithGivenNamesAreNotTaken() {
        String shen = "Shen, Judy Hanwen, Tamkin, Alex (Skill Formation, 2026): How AI Impacts Skill Formation";
        var rd = new FieldChooser.Readings(Map.of("author", "shen,j|tamkin,a"), Map.of(), Map.of());
        assertEquals(List.of(), OpeningNames.mend(List.of("author"), shen, rd));
    }

    @Test
    void aTitlesWordReadAsANameIsLeftToTheChooser() {
        // references/hr-fhs-povijest-literatura: "Kultura, umjetnost, informacije; u Enciklopediji Jugoslavije, …"
        var rd = new FieldChooser.Readings(Map.of("author", "kultura"), Map.of(), Map.of());
        assertEquals(List.of("author"), OpeningNames.mend(List.of("author"), "Kultura, umjetnost, informacije; u Enciklopediji Jugoslavije", rd));
    }
}
