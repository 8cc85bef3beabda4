package org.opis.archival;

import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Random mixtures of citation pieces never reach the engine's internal-error path (fixed seed: reproducible). */
class RandomInputTest {

    private static final String[] PIECES = {"RGASPI", "АВП РФ", "AVP RF", "f.", "F.", "Ф.", "op.", "Оп.", "d.", "Д.", "l.", "ll.",
            "Л.", "p.", "pp.", "ob.", "об.", "ed. khr.", "Ед. хр.", "1", "17", "1/2", "½", "R-", "Р-", "-", "–", "—", ",", ".", ";",
            "(", ")", "[", "]", " ", "ibid.", "g.", "1946", "AQSH", "V.", "fl.", "TNA", "FO 371/135812", "ff.", "«Д»", "'",
            "fond", "delo", "0", "a", "II", "/", "\u00a0", "Картон", "t.", "ch.", "558/11/97", "See"};

    @Test
    void randomPiecesGiveFindingsNotInternalErrors() {
        ArchivalEngine engine = ArchivalEngine.standard();
        Random r = new Random(20170501);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int k = r.nextInt(14);
            for (int i = 0; i < k; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextBoolean()) sb.append(' ');
            }
            String s = sb.toString();
            ArchivalCitation c = engine.parse(s);
            ArchivalCitation next = engine.continueFrom(c, s);
            engine.startsCitation(s);
            for (Diagnostic d : c.diagnostics()) assertFalse(d.message().contains("internal error"), s);
            for (Diagnostic d : next.diagnostics()) assertFalse(d.message().contains("internal error"), s);
        }
    }
}
