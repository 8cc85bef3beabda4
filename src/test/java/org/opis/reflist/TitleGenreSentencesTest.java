package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A genre phrase of title-genres.txt standing as the title's last sentence (TitleGenres). */
class TitleGenreSentencesTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    @Test
    void lastSentenceThatIsAGenre() {
        // references/kk-ru-ustoichivoe-razvitie-publikatsii, verbatim
        CSLItemData d = read("Лосев К.С. Экологический вызов и устойчивое развитие. Учебное пособие. – М.: Прогресс-Традиция, 2000, 416 с.");
        assertEquals("Экологический вызов и устойчивое развитие", d.getTitle());
        assertEquals("Учебное пособие", d.getGenre());
    }

    @Test
    void abbreviatedGenreAfterTheColonIsNotCut() {
        // references/by-vak-gost-examples, verbatim: "учеб. пособие" is one phrase, its second word no sentence of its own
        CSLItemData d = read("Чикатуева, Л.А. Маркетинг : учеб. пособие / Л.А. Чикатуева, Н.В. Третьякова ; под ред. В.П. Федько. – Ростов н/Д : Феникс, 2004. – 413 с.");
        assertEquals("учеб. пособие", d.getGenre());
    }
}
