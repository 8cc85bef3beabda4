package org.opis.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.Opis;
import org.opis.csl.CslJson;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real GOST list (references/gost-early-modern/list.md, UTF-8) saved in other encodings parses
 * exactly as the UTF-8 file does: same records, same findings apart from the one naming the encoding.
 */
class EncodingsTest {

    private static final Path LIST = Path.of("references/gost-early-modern/list.md");

    private static String utf8() throws Exception {
        return Files.readString(LIST, StandardCharsets.UTF_8);
    }

    /** The records and findings, without the finding that names the encoding. */
    private static String parsed(SourceReader.Result r) throws Exception {
        ParsedRecords p = Opis.parse(r, false);
        return CslJson.write(p.references())
                + p.diagnostics().stream().filter(d -> !d.code().equals("input/encoding-detected")).map(Diagnostic::toString).toList();
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-8"})
    void aCopyWithAByteOrderMarkParsesLikeTheUtf8File(String cs) throws Exception {
        String text = utf8();
        byte[] bom = switch (cs) {
            case "UTF-16LE" -> new byte[]{(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[]{(byte) 0xFE, (byte) 0xFF};
            case "UTF-32LE" -> new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0};
            case "UTF-32BE" -> new byte[]{0, 0, (byte) 0xFE, (byte) 0xFF};
            default -> new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        };
        SourceReader.Result r = SourceReader.decode("list.md", withBom(bom, text.getBytes(Charset.forName(cs))));
        assertEquals(text, r.source().text());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertEquals(parsed(SourceReader.decode("list.md", text.getBytes(StandardCharsets.UTF_8))), parsed(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R"})
    void aRussianListInALegacyEncodingIsRecognisedAndParsesLikeTheUtf8File(String cs) throws Exception {
        String text = utf8();
        if (cs.equals("KOI8-R")) {
            // KOI8-R has no guillemets or dashes: the list as a KOI8-R typist would have written it
            text = text.replace('«', '"').replace('»', '"').replace('–', '-');
        }
        SourceReader.Result r = SourceReader.decode("list.md", text.getBytes(Charset.forName(cs)));
        assertEquals(text, r.source().text());
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals("input/encoding-detected", d.code());
        assertTrue(d.message().contains(Charset.forName(cs).name()), d.message());
        assertFalse(d.isError());
        assertEquals(parsed(SourceReader.decode("list.md", text.getBytes(StandardCharsets.UTF_8))), parsed(r));
    }

    @Test
    void utf16WithoutAMarkIsNotBinary() throws Exception {
        String text = utf8();
        for (Charset cs : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            SourceReader.Result r = SourceReader.decode("list.md", text.getBytes(cs));
            assertFalse(r.binary());
            assertEquals(text, r.source().text());
            assertEquals(parsed(SourceReader.decode("list.md", text.getBytes(StandardCharsets.UTF_8))), parsed(r));
        }
    }

    @Test
    void windows1252WithCurlyQuotesIsReadWithoutReplacementCharacters() {
        String text = "Gjirokastër, Enver Hoxha, “Ditar për çështje” – Tiranë: Shtëpia Botuese, 1981; Müller, Jürgen. Übersicht. Köln, 1990.\n";
        SourceReader.Result r = SourceReader.decode("x.txt", text.getBytes(Charset.forName("windows-1252")));
        assertEquals(text, r.source().text());
        assertEquals("input/encoding-detected", r.diagnostics().get(0).code());
    }

    @Test
    void aForcedEncodingIsUsed() {
        String text = "Анисимов Е. В. Петр Великий. СПб., 2009.";
        SourceReader.Result r = SourceReader.decode("x.txt", text.getBytes(Charset.forName("KOI8-R")), Optional.of(Charset.forName("KOI8-R")));
        assertEquals(text, r.source().text());
        assertTrue(r.diagnostics().isEmpty());
    }

    @Test
    void aDamagedByteInUtf8IsReportedWithLineColumnAndByteOffset() {
        byte[] good = "Анисимов Е. В.\nПетр Великий. Личность и реформы. СПб., 2009. Баталов А. Л.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = good.clone();
        // the 'П' of line 2 starts at byte 27 (14 letters of 2 bytes less 3 spaces and 3 dots: 25 + 1 newline + 1)
        int at = "Анисимов Е. В.\n".getBytes(StandardCharsets.UTF_8).length + 2;
        bytes[at] = (byte) 0xFF;
        SourceReader.Result r = SourceReader.decode("x.txt", bytes);
        Diagnostic d = r.diagnostics().get(0);
        assertEquals("input/encoding", d.code());
        assertEquals(2, d.span().line());
        assertEquals(2, d.span().column());
        assertTrue(d.message().contains("byte " + at + " (0xFF)"), d.message());
    }

    @Test
    void nulCharactersInTextAreAFindingNotOutput() {
        SourceReader.Result r = SourceReader.decode("x.txt", "Smith, John.\0 A Book. London, 1999.\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(r.binary());
        assertEquals("input/nul", r.diagnostics().get(0).code());
        assertEquals(13, r.diagnostics().get(0).span().column());
        assertFalse(r.source().text().contains("\0"));
    }

    @Test
    void decomposedAccentsAreReadComposedWithAFinding() {
        // references/fr-davion-relations-internationales holds its entries in NFD ("BUSSIE\u0300RE E\u0301ric"): the rules'
        // capital-letter classes did not see "È" as a letter, and the entries were not read
        String nfd = "BUSSIE\u0300RE E\u0301ric, DAVION Isabelle,Penser le syste\u0300me international, 2013.\n";
        SourceReader.Result r = SourceReader.decode("x.txt", nfd.getBytes(StandardCharsets.UTF_8));
        assertEquals("input/decomposed", r.diagnostics().get(0).code());
        assertEquals(6, r.diagnostics().get(0).span().column());
        assertTrue(r.source().text().startsWith("BUSSI\u00C8RE \u00C9ric"), r.source().text());
        // composed text gives no finding
        assertTrue(SourceReader.decode("y.txt", "BUSSI\u00C8RE".getBytes(StandardCharsets.UTF_8)).diagnostics().isEmpty());
    }
}
