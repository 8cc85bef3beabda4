package org.opis.csl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole bibliographies rendered in one pass ({@link OnePassEntries}, opis's sort without
 * citeproc-java's sorted registration) give exactly what the per-item way gave: each entry by a
 * bibliography filtered to it, citeproc-java's sorted registration before opis's sort. Compared on
 * the first 10 hand-checked records of every real list ({@code references/}{@code *}{@code /gold.jsonl};
 * Russian, Albanian, German and French among them; over 200 records), in several styles and every
 * output format, with and without citations: entries, citations and findings.
 */
class OnePassFormattingTest {

    private static final int PER_LIST = 10;
    private static final int LISTS = 100;

    @Test
    void chicagoAuthorDateInEveryFormatIsTheSameBothWays() throws Exception {
        List<Reference> refs = goldRecords();
        assertTrue(refs.size() >= 200, "records read: " + refs.size());
        same("chicago-author-date", OutputFormat.TEXT, refs, true);
        for (OutputFormat f : OutputFormat.values()) {
            if (f != OutputFormat.TEXT) same("chicago-author-date", f, refs, false);
        }
    }

    @Test
    void otherStylesAreTheSameBothWays() throws Exception {
        List<Reference> refs = goldRecords();
        for (String style : List.of("apa", "ieee", "gost-r-7-0-5-2008")) {
            same(style, OutputFormat.TEXT, refs, style.equals("apa"));
        }
        same("ieee", OutputFormat.HTML, refs, true);
    }

    private static void same(String style, OutputFormat f, List<Reference> refs, boolean cite) throws Exception {
        CslStyle s = CslStyle.load(style);
        CslFormatter onePass = new CslFormatter(s, Optional.empty(), f);
        CslFormatter perItem = new CslFormatter(s, Optional.empty(), f, true);
        Rendering a = cite ? onePass.citeEach(refs) : onePass.bibliography(refs);
        Rendering b = cite ? perItem.citeEach(refs) : perItem.bibliography(refs);
        String what = style + " " + f + (cite ? " with citations" : "");
        assertTrue(b.bibliography().size() > refs.size() * 9 / 10, what + ": entries " + b.bibliography().size());
        assertEquals(b.bibliography(), a.bibliography(), what + ": entries");
        assertEquals(b.citations(), a.citations(), what + ": citations");
        assertEquals(b.diagnostics(), a.diagnostics(), what + ": findings");
    }

    /** The first records of each gold file, as one CSL-JSON array (ids made from the list and line). */
    private static List<Reference> goldRecords() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode all = json.createArrayNode();
        List<Path> golds;
        try (Stream<Path> dirs = Files.list(Path.of("references"))) {
            golds = dirs.map(d -> d.resolve("gold.jsonl")).filter(Files::isRegularFile).sorted().limit(LISTS).toList();
        }
        for (Path g : golds) {
            try (BufferedReader r = Files.newBufferedReader(g)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null && n < PER_LIST) {
                    if (line.isBlank()) continue;
                    ObjectNode item = ((ObjectNode) json.readTree(line).get("csl")).deepCopy();
                    item.put("id", g.getParent().getFileName() + "-" + ++n);
                    all.add(item);
                }
            }
        }
        List<Reference> refs = new ArrayList<>(CslJson.read(new SourceText("gold.json", all.toString())).references());
        return refs;
    }
}
