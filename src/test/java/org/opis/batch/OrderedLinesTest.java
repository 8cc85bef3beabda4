package org.opis.batch;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Streaming in input order on several threads gives exactly what one thread gives. */
class OrderedLinesTest {

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String run(String input, int jobs, OrderedLines.Counts[] counts) throws IOException {
        StringWriter out = new StringWriter();
        counts[0] = OrderedLines.run(new BufferedReader(new StringReader(input)), out, LineJob.ARCHIVAL::record, jobs, n -> { });
        return out.toString();
    }

    @Test
    void severalThreadsKeepInputOrderAndGiveTheSameRecords() throws IOException {
        // more than a few blocks, with blank lines between, so block edges and skipped lines are crossed
        List<String> cites = new SyntheticCorpus(RealSeeds.archivalCitations()).make(5 * OrderedLines.BLOCK + 17, 7, 0);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cites.size(); i++) {
            lines.add(cites.get(i));
            if (i % 97 == 0) lines.add("   ");
        }
        String input = join(lines);
        OrderedLines.Counts[] one = new OrderedLines.Counts[1];
        OrderedLines.Counts[] three = new OrderedLines.Counts[1];
        String sequential = run(input, 1, one);
        String parallel = run(input, 3, three);
        assertEquals(sequential, parallel);
        assertEquals(one[0], three[0]);
        assertEquals(lines.size(), one[0].lines());
        assertEquals(cites.size(), one[0].records());
        // the i-th output line is the record of the i-th citation
        String[] out = sequential.split("\n");
        assertEquals(cites.size(), out.length);
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < out.length; i++) {
            assertEquals(cites.get(i), m.readTree(out[i]).get("input").asText(), "line " + i + " is the record of input " + i);
        }
    }

    @Test
    void failuresAreCountedFromTheRecords() throws IOException {
        OrderedLines.Counts[] c = new OrderedLines.Counts[1];
        // a well-formed RGASPI citation, and one with the level numbers missing
        run("RGASPI, f. 495, op. 201, d. 1/1, l. 79\nRGASPI, f. , op. , d.\n", 2, c);
        assertEquals(2, c[0].records());
        assertEquals(1, c[0].failed());
    }

    @Test
    void aBugInTheFunctionIsNotSwallowed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                OrderedLines.run(new BufferedReader(new StringReader("a\nb\n")), new StringWriter(), l -> {
                    throw new IllegalStateException("bug on " + l);
                }, 2, n -> { }));
        assertTrue(e.getMessage().startsWith("bug on"));
    }

    @Test
    void jobsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () ->
                OrderedLines.run(new BufferedReader(new StringReader("")), new StringWriter(), LineJob.ARCHIVAL::record, 0, n -> { }));
    }
}
