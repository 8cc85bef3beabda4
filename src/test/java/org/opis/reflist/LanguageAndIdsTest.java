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
}
