package org.opis.csl;

import org.opis.model.CslRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.junit.jupiter.api.Test;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CslJsonTest {

    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void writesBookWithYearSuffixAndLiteralName() throws Exception {
        Reference r = CslRecords.of("konoreva2008nekotorye", new CSLItemDataBuilder()
                .type(CSLType.ARTICLE_JOURNAL)
                .author(new CSLNameBuilder().family("Konoreva").given("I.A.").build())
                .title("Nekotorye shtrihi politicheskoy biografii Ho Shi Mina")
                .containerTitle("Voprosy istorii").issue("10").issued(2008).yearSuffix("b").language("ru")
                .build(), Span.START, "");
        JsonNode n = M.readTree(CslJson.write(List.of(r))).get(0);
        assertEquals("konoreva2008nekotorye", n.get("id").asText());
        assertEquals("article-journal", n.get("type").asText());
        assertEquals("Konoreva", n.get("author").get(0).get("family").asText());
        assertEquals(2008, n.get("issued").get("date-parts").get(0).get(0).asInt());
        assertEquals("b", n.get("year-suffix").asText());
        assertEquals("10", n.get("issue").asText());
    }

    @Test
    void readsTheInteropSamplesAndWritesThemBackUnchanged() throws Exception {
        Path sample = Path.of("../shared/tools/interop/samples/sample.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(sample), "shared interop samples not beside the checkout");
        String text = Files.readString(sample);
        ParsedRecords pr = CslJson.read(new SourceText("sample.json", text));
        assertEquals(3, pr.references().size());
        assertTrue(pr.diagnostics().isEmpty(), pr.diagnostics().toString());
        Reference manuscript = pr.references().get(2);
        assertEquals("RGASPI", CslRecords.csl(manuscript).getArchive());
        assertEquals("f. 495, op. 201, d. 1/1, l. 79", CslRecords.csl(manuscript).getArchiveLocation());
        assertEquals(M.readTree(text), M.readTree(CslJson.write(pr.references())));
    }

    @Test
    void unknownPropertiesAndNumbersSurviveARoundTrip() throws Exception {
        String text = "[{\"id\":\"a\",\"type\":\"book\",\"title\":\"T\",\"custom\":{\"x\":1},\"issue\":3,\"volume\":\"2\"}]";
        ParsedRecords pr = CslJson.read(new SourceText("a.json", text));
        assertEquals(M.readTree(text), M.readTree(CslJson.write(pr.references())));
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumnAndEarlierItemsKept() {
        String text = "[\n {\"id\":\"a\",\"type\":\"book\"},\n {\"id\": \"b\", \"type\": }\n]";
        ParsedRecords pr = CslJson.read(new SourceText("b.json", text));
        assertEquals(1, pr.references().size());
        assertEquals("csl-json/syntax", pr.diagnostics().get(0).code());
        assertEquals(3, pr.diagnostics().get(0).span().line());
    }

    @Test
    void itemsWithoutIdOrTypeAreReportedNotDropped() {
        String text = "[{\"title\":\"No id\"}, 5]";
        ParsedRecords pr = CslJson.read(new SourceText("c.json", text));
        assertEquals(1, pr.references().size());
        assertEquals("item1", pr.references().get(0).id());
        assertTrue(pr.diagnostics().stream().anyMatch(d -> d.code().equals("csl-json/missing-id")));
        assertTrue(pr.diagnostics().stream().anyMatch(d -> d.code().equals("csl-json/missing-type")));
        assertTrue(pr.diagnostics().stream().anyMatch(d -> d.code().equals("csl-json/not-object")));
    }

    @Test
    void emptyAndNonArrayInputsGiveDiagnostics() {
        assertEquals("csl-json/empty", CslJson.read(new SourceText("e.json", "  ")).diagnostics().get(0).code());
        assertEquals("csl-json/not-array", CslJson.read(new SourceText("e.json", "\"x\"")).diagnostics().get(0).code());
    }
}
