package org.opis.reflist.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exact rules the segmenter applies over the model's tags: note numbers on their own lines, trailing {@code <br>}. */
class SegmenterRulesTest {

    @Test
    void noteNumbersOnTheirOwnLinesOpenTheNoteBelowThem() {
        // endnotes 498–502 of references/ru-khrushcheva-vozhd-notes as the web library lays them out
        List<String> lines = List.of(
                "498",
                "Письмо А. Пашкова в редакцию газеты «Правда» // РГАНИ. Ф. 5. Оп. 30. Д. 141. Л. 107, 109, 110, 141–145.",
                "499",
                "Правда. 1956. 6 нояб.",
                "500",
                "Аксютин Ю. Хрущевская «оттепель» и общественные настроения в СССР в 1953–1964 гг. С. 196.",
                "501",
                "Kozlov D. The Readers of Novyi Mir: Coming to Terms with the Stalinist Past. Cambridge, Mass.; London, 2013. Р. 89, 91.");
        Lines l = Lines.pieces(lines, 1, lines.size());
        LineTag[] tags = new LineTag[l.size()];
        java.util.Arrays.fill(tags, LineTag.INSIDE);
        tags[0] = LineTag.BEGIN;
        NoteNumberLines.apply(l, tags);
        assertEquals(List.of(new Segmenter.Entry(2, 2, 0), new Segmenter.Entry(4, 4, 0), new Segmenter.Entry(6, 6, 0),
                new Segmenter.Entry(8, 8, 0)), Segmenter.entries(l, tags));
    }

    @Test
    void aYearEndingAWrappedEntryOrALoneNumberIsNoNoteNumber() {
        // references/pl-wroclaw-fortress-bibliografia: "Hamburg" / "1961." is the end of one entry
        List<String> lines = List.of(
                "G.Gieraths, Breslau als Festung und Garnison 1241 – 1941, Hamburg",
                "1961.",
                "S. Kolouszek, Fortyfikacje Festung Breslau, Jelenia Góra 2014.",
                "12",
                "S. Kolouszek, Lazaret rezerwowy XIII [w:] Sztolnie, nr 2 / 2011.");
        Lines l = Lines.pieces(lines, 1, lines.size());
        LineTag[] tags = {LineTag.BEGIN, LineTag.INSIDE, LineTag.BEGIN, LineTag.INSIDE, LineTag.BEGIN};
        NoteNumberLines.apply(l, tags);
        assertEquals(List.of(LineTag.BEGIN, LineTag.INSIDE, LineTag.BEGIN, LineTag.INSIDE, LineTag.BEGIN), List.of(tags));
    }

    @Test
    void aTrailingHtmlLineBreakIsNoPartOfTheEntry() {
        // references/de-darmstadt-literaturhinweise: one entry a line, each ending in <br>
        List<String> lines = List.of(
                "Engels, Peter: Darmstadt. Kleine Stadtgeschichte, Regensburg 2019.<br>",
                "Mink, Marion: Kleine Geschichte der Stadt Darmstadt, Karlsruhe 2015.<br />",
                "Geschichtsverein Eberstadt (Hg.): Lesebuch zur Eberstädter Geschichte, Darmstadt 2017.");
        Lines l = Lines.pieces(lines, 1, lines.size());
        LineTag[] tags = {LineTag.BEGIN, LineTag.BEGIN, LineTag.BEGIN};
        List<Segmenter.Entry> e = Segmenter.entries(l, tags);
        assertEquals(List.of(
                "Engels, Peter: Darmstadt. Kleine Stadtgeschichte, Regensburg 2019.",
                "Mink, Marion: Kleine Geschichte der Stadt Darmstadt, Karlsruhe 2015.",
                "Geschichtsverein Eberstadt (Hg.): Lesebuch zur Eberstädter Geschichte, Darmstadt 2017."),
                SegmenterTraining.texts(lines, e));
        assertEquals(-1, LineBreakTags.trailing("Ein Titel <br> mitten im Satz"));
    }
}
