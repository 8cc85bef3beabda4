package org.opis.csl;

import org.junit.jupiter.api.Test;
import org.opis.text.SourceText;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * CSL 1.0.2, "Name" ({@code initialize-with}; Cyrillic is a "given-name family-name" script, as Latin)
 * and "Hyphenation of Initialized Names": Cyrillic given names are initialized as Latin ones. The
 * expected GOST entries are what gost-r-7-0-5-2008's author macro ({@code initialize-with=". "})
 * prescribes and what citeproc-js 1.4.61 prints for these records (render-citeproc-js.mjs).
 */
class NonLatinInitialsTest {

    static final String ITEMS = """
            [{"id":"ivanov","type":"book","author":[{"family":"Иванов","given":"Иван Иванович"}],"title":"История дипломатии","issued":{"date-parts":[[1985]]},"publisher-place":"Москва","language":"ru"},
             {"id":"sidorov","type":"book","author":[{"family":"Сидоров","given":"Пётр-Павел"}],"title":"Очерки","issued":{"date-parts":[[1987]]},"publisher-place":"Москва","language":"ru"}]
            """;

    @Test
    void gostInitializesCyrillicGivenNames() throws Exception {
        Rendering r = new CslFormatter(CslStyle.load("gost-r-7-0-5-2008"), Optional.empty(), OutputFormat.TEXT)
                .bibliography(CslJson.read(new SourceText("items.json", ITEMS)).references());
        List<String> texts = r.bibliography().stream().map(FormattedEntry::text).toList();
        assertEquals("1. Иванов И. И. История дипломатии. Москва: , 1985.", texts.get(0));
        assertEquals("2. Сидоров П.-П. Очерки. Москва: , 1987.", texts.get(1));
    }

    @Test
    void initials() {
        assertEquals("И. И.", NonLatinInitials.initials("Иван Иванович", ". ", true));
        assertEquals("П. П.", NonLatinInitials.initials("П.П.", ". ", true));
        assertEquals("П.-П.", NonLatinInitials.initials("Пётр-Павел", ". ", true));
        assertEquals("П.П.", NonLatinInitials.initials("Пётр Павел", ".", true));
    }
}
