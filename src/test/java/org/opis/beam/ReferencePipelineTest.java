package org.opis.beam;

import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.batch.LineJob;
import org.opis.batch.RealSeeds;
import org.opis.batch.SyntheticCorpus;
import org.opis.cli.Main;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The Beam pipeline (DirectRunner) writes the same records as the command line for the same lines. */
class ReferencePipelineTest {

    @TempDir
    Path dir;

    private List<String> cli(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int status = cl.execute(args);
        assertTrue(status == Main.OK || status == Main.FINDINGS, "exit " + status);
        return new ArrayList<>(Arrays.asList(out.toString().split("\n")));
    }

    private List<String> pipeline(Path input, LineJob job) throws IOException {
        ReferencePipeline.Options o = PipelineOptionsFactory.create().as(ReferencePipeline.Options.class);
        o.setInput(input.toString());
        o.setOutput(dir.resolve("out").toString());
        o.setJob(job);
        // the DirectRunner's per-element checks (encode and compare every element) cost more than opis's work here
        org.apache.beam.runners.direct.DirectOptions direct = o.as(org.apache.beam.runners.direct.DirectOptions.class);
        direct.setEnforceImmutability(false);
        direct.setEnforceEncodability(false);
        direct.setTargetParallelism(2);
        ReferencePipeline.build(o).run().waitUntilFinish();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.filter(p -> p.getFileName().toString().startsWith("out"))::iterator) {
                out.addAll(Files.readAllLines(p));
            }
        }
        return out;
    }

    private static void assertSameRecords(List<String> expected, List<String> actual) {
        assertEquals(expected.size(), actual.size());
        Collections.sort(expected);
        Collections.sort(actual);
        assertEquals(expected, actual);
    }

    @Test
    void hundredThousandArchivalCitationsGiveTheCliRecords() throws IOException {
        List<String> lines = new SyntheticCorpus(RealSeeds.archivalCitations()).make(Integer.getInteger("opis.beamTestLines", 100_000), 11, 0);
        Path input = dir.resolve("citations.txt");
        Files.write(input, lines);
        List<String> viaCli = cli("archival", "--input", input.toString(), "--format", "json", "--jobs", "2");
        assertEquals(lines.size(), viaCli.size());
        assertSameRecords(viaCli, pipeline(input, LineJob.ARCHIVAL));
    }

    @Test
    void referenceStringsGiveTheCliRecords() throws IOException {
        List<String> lines = new SyntheticCorpus(RealSeeds.referenceEntries()).make(2_000, 12, 0.2);
        Path input = dir.resolve("entries.txt");
        Files.write(input, lines);
        List<String> viaCli = cli("parse", input.toString(), "--lines", "--jobs", "2");
        assertEquals(2_000, viaCli.size());
        assertSameRecords(viaCli, pipeline(input, LineJob.REFERENCES));
    }
}
