package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageAndIdsTest {

    @Test
    void transliteratedRussianTitles() {
        assertEquals(Optional.of("ru"), LanguageGuesser.guess("Sovetskij Sojuz i v'etnamskaja vojna", ""));
        assertEquals(Optional.of("ru"), LanguageGuesser.guess("Zapiski diplomata", "Moskva"));
    }

    @Test
    void cyrillicScriptIsRussianOrUkrainian() {
        assertEquals(Optional.of("ru"), LanguageGuesser.guess("Холодная война и Албания", ""));
        assertEquals(Optional.of("uk"), LanguageGuesser.guess("Історія України", ""));
    }

    @Test
    void albanianFrenchVietnameseEnglish() {
        assertEquals(Optional.of("sq"), LanguageGuesser.guess("Marrëdhëniet shqiptaro-sovjetike", ""));
        assertEquals(Optional.of("fr"), LanguageGuesser.guess("La guerre d'Indochine et les relations franco-soviétiques", ""));
        assertEquals(Optional.of("vi"), LanguageGuesser.guess("Lịch sử Đảng Cộng sản Việt Nam", ""));
        assertEquals(Optional.of("en"), LanguageGuesser.guess("The Soviet Union and the Vietnam War", ""));
    }

    @Test
    void germanPolishCzechHungarianItalianSpanishRomanianTitles() {
        // titles of real works (Wiesbaden 1990; Wrocław 2009; the others standard national histories)
        assertEquals(Optional.of("de"), LanguageGuesser.guess("Verfolgung und Widerstand in Wiesbaden 1933–1945. Eine Dokumentation", ""));
        assertEquals(Optional.of("de"), LanguageGuesser.guess("Lenin. Eine Biographie", ""));
        assertEquals(Optional.of("pl"), LanguageGuesser.guess("Twierdza Wrocław w okresie fryderycjańskim. Fortyfikacje, garnizon i działania wojenne w latach 1740–1806", ""));
        assertEquals(Optional.of("cs"), LanguageGuesser.guess("Dějiny Československa v datech", ""));
        assertEquals(Optional.of("hu"), LanguageGuesser.guess("Magyarország története 1918–1990", ""));
        assertEquals(Optional.of("it"), LanguageGuesser.guess("Storia della guerra fredda", ""));
        assertEquals(Optional.of("es"), LanguageGuesser.guess("Historia de la guerra civil española", ""));
        assertEquals(Optional.of("ro"), LanguageGuesser.guess("Istoria românilor în secolul al XX-lea", ""));
        // Polish shares i, na, o with transliterated Russian: its letters decide
        assertEquals(Optional.of("ru"), LanguageGuesser.guess("Istorija Sovetskogo Sojuza i vojna", ""));
    }

    @Test
    void vietnameseSyllablesOpeningWithNgOrNhAreVietnameseNotFrench() {
        // â and ê alone are French cues as much as Vietnamese ones
        assertEquals(Optional.of("vi"), LanguageGuesser.guess("Tây Nguyên", ""));
    }

    @Test
    void aRecordWhoseTitlesTheTaggerChangedIsGuessedAgain() {
        // the rules took a short note for a title and guessed Russian from its "S."; the combined record has no title
        var rules = new de.undercouch.citeproc.csl.CSLItemDataBuilder().id("n").title("Nietzel 2009, S. 561").language("ru").build();
        var merged = new de.undercouch.citeproc.csl.CSLItemDataBuilder().id("n").language("ru").note("S. 561").build();
        assertEquals(null, MergedLanguage.settle(rules, merged, "Nietzel 2009, S. 561").getLanguage());
        var titled = new de.undercouch.citeproc.csl.CSLItemDataBuilder().id("m").title("Lenin. Eine Biographie").language("ru").build();
        var rulesM = new de.undercouch.citeproc.csl.CSLItemDataBuilder().id("m").title("Eine Biographie, Berlin: Aufbau 2011, 512 S").language("ru").build();
        assertEquals("de", MergedLanguage.settle(rulesM, titled, "Moser, Karl: Lenin. Eine Biographie, Berlin: Aufbau 2011, 512 S.").getLanguage());
        // a stated language stays whatever the titles
        var stated = new de.undercouch.citeproc.csl.CSLItemDataBuilder().id("s").title("Zapiski").build();
        assertEquals("ru", MergedLanguage.settle(rulesM, stated, "Ivanov I. Zapiski (In Russian).").getLanguage());
    }

    @Test
    void placeDecidesOnlyWhenTitlesGiveNoCue() {
        assertEquals(Optional.of("sq"), LanguageGuesser.guess("Zëri", "Tirana"));
        assertEquals(Optional.of("en"), LanguageGuesser.guess("Memoirs", "Moscow"));
        assertEquals(Optional.empty(), LanguageGuesser.guess("XYZ", ""));
    }

    @Test
    void idsUseAsciiFamilyYearAndTitleWord() {
        Ids ids = new Ids();
        CSLName hoxha = new CSLNameBuilder().family("Hoxha").given("Enver").build();
        assertEquals("hoxha1974vepra", ids.next(List.of(hoxha), 1974, "Vepra", null, false));
        assertEquals("hoxha1974vepraa", ids.next(List.of(hoxha), 1974, "Vepra", null, false));
        assertEquals("hoxha1974veprab", ids.next(List.of(hoxha), 1974, "Vepra", null, false));
        CSLName ho = new CSLNameBuilder().literal("Hồ Chí Minh").build();
        assertEquals("ho1962tuyen", ids.next(List.of(ho), 1962, "Tuyển tập", null, false));
        // ICU's Cyrillic-Latin (ISO 9) then ASCII: Хрущёв → Hruŝëv → hrusev, Время → Vremâ → vrema
        CSLName kh = new CSLNameBuilder().family("Хрущёв").build();
        assertEquals("hrusev1999vrema", ids.next(List.of(kh), 1999, "Время. Люди. Власть", null, false));
        assertEquals("garf", ids.next(List.of(), 0, "Gosudarstvennyj arhiv", "GA RF", true));
        assertEquals("livre1978noir", ids.next(List.of(), 1978, "Le livre noir", null, false));
    }

    @Test
    void aTransliterationRememberedOrEvictedGivesTheSameId() throws Exception {
        // ICU's Cyrillic-Latin then ASCII (as above): Хрущёв → hrusev, Время → vrema; 1956年 → 1956nian (Han-Latin: nián)
        CSLName kh = new CSLNameBuilder().family("Хрущёв").build();
        String[] got = new String[4];
        Thread t = new Thread(() -> {
            got[0] = new Ids().next(List.of(kh), 1999, "Время. Люди. Власть", null, false); // none remembered yet
            got[1] = new Ids().next(List.of(kh), 1999, "Время. Люди. Власть", null, false); // both words remembered
            Ids many = new Ids();
            for (int i = 0; i < 5000; i++) many.next(List.of(), 0, "Дорога" + Integer.toString(i, 36).replace('0', 'я'), null, false);
            got[2] = new Ids().next(List.of(kh), 1999, "Время. Люди. Власть", null, false); // evicted, read again
            got[3] = new Ids().next(List.of(), 0, "1956年 история", null, false);
        });
        t.start();
        t.join();
        assertEquals("hrusev1999vrema", got[0]);
        assertEquals("hrusev1999vrema", got[1]);
        assertEquals("hrusev1999vrema", got[2]);
        assertEquals("1956nianistoria", got[3]);
    }
}
