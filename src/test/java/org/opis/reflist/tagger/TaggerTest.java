package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tagger's parts on entries in the shapes the issue names (hand-written gold), and its model files. */
class TaggerTest {

    @Test
    void tokensCarryItalicsQuotesAndParentheses() {
        List<Token> t = Tokenizer.tokens("Smith, Anna. “On Rumours.” *Kritika* 14 (2): 301–35. https://doi.org/10.1/x.");
        Token rumours = t.stream().filter(x -> x.text().equals("Rumours")).findFirst().orElseThrow();
        assertTrue(rumours.quoted());
        Token kritika = t.stream().filter(x -> x.text().equals("Kritika")).findFirst().orElseThrow();
        assertTrue(kritika.italic());
        assertFalse(kritika.quoted());
        Token two = t.stream().filter(x -> x.text().equals("2")).findFirst().orElseThrow();
        assertTrue(two.paren());
        assertEquals("https://doi.org/10.1/x", t.get(t.size() - 2).text());
        assertTrue(t.stream().noneMatch(x -> x.text().equals("*")));
    }

    @Test
    void alignerLabelsEachFieldFromTheGoldRecord() throws Exception {
        String text = "Белов, И. П., и С. Н. Ершов. «Торговля и кредит». Сибирский исторический журнал, т. 4, вып. 2 (2009): 15–29.";
        var csl = new ObjectMapper().readTree("{\"author\":[{\"family\":\"Белов\",\"given\":\"И. П.\"},{\"family\":\"Ершов\",\"given\":\"С. Н.\"}],"
                + "\"title\":\"Торговля и кредит\",\"container-title\":\"Сибирский исторический журнал\",\"volume\":\"4\",\"issue\":\"2\","
                + "\"issued\":{\"date-parts\":[[2009]]},\"page\":\"15-29\"}");
        List<Token> t = Tokenizer.tokens(text);
        Label[] l = Aligner.align(t, csl);
        StringBuilder authors = new StringBuilder();
        for (int i = 0; i < t.size(); i++) if (l[i] == Label.AUTHOR) authors.append(t.get(i).text());
        assertEquals("Белов,И.П.,иС.Н.Ершов", authors.toString());
        assertEquals(Label.VOLUME, l[indexOf(t, "4")]);
        assertEquals(Label.ISSUE, l[indexOf(t, "2")]);
        assertEquals(Label.DATE, l[indexOf(t, "2009")]);
        assertEquals(Label.PAGE, l[indexOf(t, "29")]);
        assertEquals(Label.OTHER, l[indexOf(t, "вып")]);
    }

    private static int indexOf(List<Token> t, String s) {
        for (int i = 0; i < t.size(); i++) if (t.get(i).text().equals(s)) return i;
        throw new AssertionError(s);
    }

    @Test
    void decoderReadsDatesAndNumbersOutOfTheirLabels() {
        assertArrayEquals(new int[]{1982, 6}, Decoder.date("Jun., 1982"));
        assertArrayEquals(new int[]{1977, 7, 8}, Decoder.date("8 July 1977"));
        assertEquals("41", Decoder.number("Vol. 41"));
        assertEquals("The Soviet Navy", Decoder.clean("*The Soviet Navy*.", Label.TITLE));
        assertEquals("On Rumours", Decoder.clean("“On Rumours.”", Label.TITLE));
    }

    @Test
    void tinyTrainingRunWritesAModelThatReadsAgainAndTags(@TempDir Path dir) throws Exception {
        Corpus.GoldList gold = Corpus.read(Path.of("src/test/resources/org/opis/reflist/tagger/issue-shapes.jsonl"), "issue-shapes");
        assertEquals(4, gold.entries().size());
        Tagger t = Training.train(List.of(gold), Training.Options.TINY, null);
        Path file = dir.resolve("m.bin.gz");
        t.save(file);
        Tagger back = Tagger.load(file);
        Tagger.Tagged a = t.tag(gold.entries().get(2).text());
        Tagger.Tagged b = back.tag(gold.entries().get(2).text());
        assertArrayEquals(a.labels(), b.labels());
        // the same seed and data give the same model
        Tagger again = Training.train(List.of(gold), Training.Options.TINY, null);
        Path file2 = dir.resolve("m2.bin.gz");
        again.save(file2);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(file2));
    }

    @Test
    void missingOrCorruptModelFileIsAClearErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("none.bin.gz");
        Tagger.ModelException e = assertThrows(Tagger.ModelException.class, () -> Tagger.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        Path junk = dir.resolve("junk.bin.gz");
        Files.writeString(junk, "not a model");
        e = assertThrows(Tagger.ModelException.class, () -> Tagger.load(junk));
        assertTrue(e.getMessage().contains("junk.bin.gz") && e.getMessage().contains("not an opis tagger model"), e.getMessage());
        Path cut = dir.resolve("cut.bin.gz");
        byte[] whole = Tagger.class.getResourceAsStream(Tagger.BUNDLED).readAllBytes();
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        e = assertThrows(Tagger.ModelException.class, () -> Tagger.load(cut));
        assertTrue(e.getMessage().contains("cut.bin.gz"), e.getMessage());
    }

    @Test
    void bundledModelReadsTheIssueShapes() throws Exception {
        Corpus.GoldList gold = Corpus.read(Path.of("src/test/resources/org/opis/reflist/tagger/issue-shapes.jsonl"), "issue-shapes");
        Tagger t = Tagger.bundled();
        Tagger.Tagged smith = t.tag(gold.entries().get(2).text());
        var item = smith.item("x");
        assertEquals("On Rumours", item.getTitle());
        assertEquals("Kritika", item.getContainerTitle());
        assertEquals("Smith", item.getAuthor()[0].getFamily());
        assertEquals("14", item.getVolume());
        assertEquals("2", item.getIssue());
        Tagger.Tagged li = t.tag(gold.entries().get(3).text());
        assertEquals("Title of the Book", li.item("y").getTitle());
        for (Field f : smith.fields()) assertTrue(f.confidence() > 0 && f.confidence() <= 1.0000001, f.toString());
        Evaluation.Score s = Evaluation.score(gold, e -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        assertEquals(0, s.f1());
        assertEquals(4, s.entries());
    }
}
