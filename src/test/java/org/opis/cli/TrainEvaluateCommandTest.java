package org.opis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code opis train --tiny} writes a model {@code opis parse --model} uses; {@code opis evaluate} prints its tables. */
class TrainEvaluateCommandTest {
    private static final String GOLD = "src/test/resources/org/opis/reflist/tagger/issue-shapes.jsonl";

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void tinyTrainThenParseWithTheModel(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m.bin.gz");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "train", "--tiny", "--lists", dir.resolve("none").toString(), "--gold", GOLD, "-o", model.toString()), err.toString());
        assertTrue(Files.size(model) > 0);
        assertTrue(err.toString().contains("model written to"), err.toString());
        Path list = dir.resolve("list.txt");
        Files.writeString(list, "Smith, Anna. 2012. “On Rumours.” *Kritika* 14 (2): 301–35.\n");
        out = new StringWriter();
        err = new StringWriter();
        assertEquals(0, run(out, err, "parse", "--model", model.toString(), "--format", "json", list.toString()), err.toString());
        assertTrue(out.toString().contains("\"tagger\""), out.toString());
        assertTrue(out.toString().contains("\"confidence\""), out.toString());
    }

    @Test
    void evaluatePrintsRulesTaggerAndHybridPerList(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "evaluate", "--tiny", "--lists", dir.toString(), "--gold", GOLD), err.toString());
        String s = out.toString();
        assertTrue(s.contains("| issue-shapes | 4 |"), s);
        assertTrue(s.contains("rules (all lists): field precision / recall / F1"), s);
        assertTrue(s.contains("tagger (all lists)"), s);
    }

    @Test
    void missingModelOrGoldIsAUsageError(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("list.txt");
        Files.writeString(list, "Ivanov, P., The Soviet Navy in the Pacific (1975).\n");
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "parse", "--model", dir.resolve("no.bin").toString(), list.toString()));
        assertTrue(err.toString().contains("no.bin"), err.toString());
        err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "evaluate", "--lists", dir.toString()));
        assertTrue(err.toString().contains("no hand-checked lists"), err.toString());
    }
}
