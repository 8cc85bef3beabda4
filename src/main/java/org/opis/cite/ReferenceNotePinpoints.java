package org.opis.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * The pinpoint of a note that gives a work in full in Wikipedia's citation style (CS1): a labelled locator standing as a
 * sentence of its own among the work's facts — {@code Rodriguez, Junius P. (1997). _The Historical Encyclopedia of World
 * Slavery_. ABC-CLIO. p. 449. ISBN …} (page 449), {@code … _Œuvres_ (in French). Vol. 3. p. 51. "…"} (volume 3, page 51).
 * A locator inside a sentence, or one not closed by a full stop, is not taken; nor a volume with no page after it
 * ({@code … Research Series, "The Glory Years" of 1805-1807. Vol. 1. ISBN …}: the series' volume is the work itself).
 */
final class ReferenceNotePinpoints {

    private static final int LOOK = 60;

    private ReferenceNotePinpoints() {
    }

    /** The locators standing as sentences of their own in {@code t[from, to)}, in order. */
    static List<Locator> of(Locators locators, String t, int from, int to) {
        List<Locator> out = new ArrayList<>();
        for (int i = Math.max(from, 2); i < to; i++) {
            if (t.charAt(i - 1) != ' ' || t.charAt(i - 2) != '.') continue;
            if (!LabelledPinpoint.at(locators, t, i, to)) continue;
            Locators.Reading r = locators.read(t.substring(i, Math.min(to, i + LOOK)));
            int e = i + r.consumed();
            while (e < to && t.charAt(e) == ' ') e++;
            // Markdown's escaped full stop ("pp. 77–80\\. ISBN …", as converters write a stop after a number) closes it too
            if (e + 1 < to && t.charAt(e) == '\\' && t.charAt(e + 1) == '.') e++;
            if (e < to && t.charAt(e) != '.') continue; // "p. 449" must close its sentence
            out.addAll(r.locators());
            i = Math.max(i, e);
        }
        if (out.stream().allMatch(l -> l.label().equals("volume"))) return List.of();
        return out;
    }
}
