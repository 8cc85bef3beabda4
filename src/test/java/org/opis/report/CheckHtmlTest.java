package org.opis.report;

import org.junit.jupiter.api.Test;
import org.opis.Opis;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.model.Span;
import org.opis.text.SourceReader;
import org.opis.text.SourceText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckHtmlTest {

    static final String NOTE = "references/selivanov-2017/note.md";

    private static String page(SourceText source) {
        return CheckHtml.write(Opis.check(source), source, "test");
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document d, String tag) {
        NodeList nl = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    /** The text of a citation mark, without the line numbers the page inserts at line starts. */
    private static String markText(Node n) {
        StringBuilder sb = new StringBuilder();
        NodeList kids = n.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            Node k = kids.item(i);
            if (k.getNodeType() == Node.TEXT_NODE) sb.append(k.getNodeValue());
            else if (k instanceof Element e && !e.getAttribute("class").startsWith("ln")) sb.append(markText(e));
        }
        return sb.toString();
    }

    private static SourceText bundled() throws Exception {
        return SourceReader.read(NOTE).source();
    }

    @Test
    void bundledNoteShowsTheFiguresOfTheTextReport() throws Exception {
        Document d = parse(page(bundled()));
        Map<String, String> figures = new HashMap<>();
        for (Element tr : elements(d, "tr")) {
            if (!((Element) tr.getParentNode()).getAttribute("class").equals("figures")) continue;
            figures.put(tr.getElementsByTagName("th").item(0).getTextContent(), tr.getElementsByTagName("td").item(0).getTextContent());
        }
        // the text report: 86 citations found: 79 resolved, 6 fuzzy, 1 unresolved, 0 ambiguous;
        // 1 references uncited; archival citations: 9 valid, 12 invalid
        assertEquals("86", figures.get("Citations found"));
        assertEquals("79", figures.get("Resolved"));
        assertEquals("6", figures.get("Fuzzy (loosely linked)"));
        assertEquals("1", figures.get("Unresolved"));
        assertEquals("0", figures.get("Ambiguous"));
        assertEquals("1", figures.get("References never cited"));
        assertEquals("9", figures.get("Archival citations valid"));
        assertEquals("12", figures.get("Archival citations invalid"));
    }

    @Test
    void everyCitationSpanIsWrappedExactlyOnceAroundItsOwnText() throws Exception {
        SourceText source = bundled();
        CheckedNote note = Opis.check(source);
        Document d = parse(CheckHtml.write(note, source, "test"));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        for (Element a : elements(d, "a")) {
            if (!a.getAttribute("class").startsWith("cit ")) continue;
            seen.merge(a.getAttribute("id"), 1, Integer::sum);
            text.put(a.getAttribute("id"), markText(a));
        }
        assertEquals(note.citations().size(), seen.size());
        for (int i = 0; i < note.citations().size(); i++) {
            String id = "c-" + (i + 1);
            assertEquals(1, seen.getOrDefault(id, 0), id);
            Span s = note.citations().get(i).citation().span();
            assertEquals(source.text().substring(s.offset(), s.offset() + s.length()), text.get(id), id);
        }
        // the first citation of the body, checked by hand against line 19 of the note
        assertEquals("History and Public Policy Program, Woodrow Wilson Center n.d.", text.get("c-1"));
    }

    @Test
    void citationsAreColouredByStatusAndArchivalValidity() throws Exception {
        SourceText source = bundled();
        CheckedNote note = Opis.check(source);
        Document d = parse(CheckHtml.write(note, source, "test"));
        Map<String, Integer> classes = new HashMap<>();
        for (Element a : elements(d, "a")) {
            String c = a.getAttribute("class");
            if (c.startsWith("cit ")) classes.merge(c.substring(4), 1, Integer::sum);
        }
        assertEquals(9, classes.getOrDefault("archival-valid", 0));
        assertEquals(12, classes.getOrDefault("archival-invalid", 0));
        assertEquals(0, classes.getOrDefault("ambiguous", 0));
        assertEquals(86, classes.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void resolvedCitationTooltipGivesTheEntryAndThePinpoint() throws Exception {
        SourceText source = new SourceText("t.md", """
                As he recalled (Smith 2001, p. 4).

                ## References

                - Smith, Anne. *Another Book*. Paris, 2001.
                """);
        Document d = parse(page(source));
        Element mark = elements(d, "a").stream().filter(a -> a.getAttribute("id").equals("c-1")).findFirst().orElseThrow();
        assertEquals("cit resolved", mark.getAttribute("class"));
        assertEquals("Smith 2001, p. 4", markText(mark));
        String title = mark.getAttribute("title");
        assertTrue(title.startsWith("resolved \u2192 "), title);
        assertTrue(title.contains("Smith, Anne. *Another Book*. Paris, 2001."), title);
        assertTrue(title.contains("pinpoint: page 4"), title);
    }

    @Test
    void scriptInTheNoteIsShownAsTextNotRun() throws Exception {
        SourceText source = new SourceText("x.md", """
                A trap <script>alert(1)</script> & "quotes" (Smith 2001, p. 4) and (Brown <b>1990</b>).

                ## References

                - Smith, Anne. *Another <script>alert(2)</script> Book*. Paris, 2001.
                """);
        String html = page(source);
        // the only script elements are opis's own two (the data, the code); the note's are text
        assertEquals(2, html.split("<script", -1).length - 1, "a script element from the note would run");
        assertFalse(html.contains("<script>alert"), "a script element would run");
        assertFalse(html.contains("<b>"), "markup from the note would be read as markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        Document d = parse(html);
        String pre = elements(d, "pre").get(0).getTextContent();
        assertTrue(pre.contains("A trap <script>alert(1)</script> & \"quotes\""), pre);
        assertTrue(d.getDocumentElement().getTextContent().contains("Another <script>alert(2)</script> Book"));
    }

    @Test
    void everyInternalLinkPointsToAnAnchorOnThePage() throws Exception {
        Document d = parse(page(bundled()));
        Set<String> ids = new HashSet<>();
        List<String> hrefs = new ArrayList<>();
        collect(d.getDocumentElement(), ids, hrefs);
        assertFalse(hrefs.isEmpty());
        for (String h : hrefs) {
            assertTrue(h.startsWith("#"), "no external resource: " + h);
            assertTrue(ids.contains(h.substring(1)), "dangling link " + h);
        }
        assertTrue(elements(d, "link").isEmpty());
        assertTrue(elements(d, "img").isEmpty());
    }

    private static void collect(Element e, Set<String> ids, List<String> hrefs) {
        if (!e.getAttribute("id").isEmpty()) assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
        if (e.hasAttribute("href")) hrefs.add(e.getAttribute("href"));
        if (e.hasAttribute("src")) hrefs.add(e.getAttribute("src"));
        NodeList kids = e.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) if (kids.item(i) instanceof Element k) collect(k, ids, hrefs);
    }

    @Test
    void uncitedEntryIsMarkedAndCitedEntriesLinkBackToTheirCitations() throws Exception {
        SourceText source = bundled();
        CheckedNote note = Opis.check(source);
        Document d = parse(CheckHtml.write(note, source, "test"));
        List<Element> uncited = elements(d, "tr").stream().filter(tr -> tr.getAttribute("class").equals("uncited")).toList();
        assertEquals(1, uncited.size());
        assertTrue(uncited.get(0).getTextContent().startsWith("gaiduk1996soviet"), uncited.get(0).getTextContent());
        assertTrue(uncited.get(0).getTextContent().contains("Gaiduk, Ilya V. *The Soviet Union and the Vietnam War*. Chicago: Dee, 1996"));
        // every citation that resolves appears among the back links of its entry
        int backLinks = 0;
        for (Element a : elements(d, "a")) {
            Node cell = a.getParentNode();
            if (cell instanceof Element td && td.getAttribute("class").equals("back")) backLinks++;
        }
        long linked = note.citations().stream().filter(c -> c.resolvesTo().isPresent()).count();
        assertEquals(linked, backLinks);
    }

    @Test
    void findingsTableGivesPlaceSeverityCodeMessageAndFix() throws Exception {
        SourceText source = bundled();
        CheckedNote note = Opis.check(source);
        Document d = parse(CheckHtml.write(note, source, "test"));
        List<Element> rows = elements(d, "tr").stream().filter(tr -> tr.getAttribute("id").startsWith("f-")).toList();
        assertEquals(note.diagnostics().size(), rows.size());
        Element uncited = rows.stream().filter(r -> r.getTextContent().contains("reference/uncited")).findFirst().orElseThrow();
        NodeList cells = uncited.getElementsByTagName("td");
        assertEquals("338:3", cells.item(0).getTextContent());
        assertEquals("#L338", ((Element) ((Element) cells.item(0)).getElementsByTagName("a").item(0)).getAttribute("href"));
        assertEquals("warning", cells.item(1).getTextContent());
        assertEquals("cite the work, or remove it from the reference list", cells.item(4).getTextContent());
    }

    @Test
    void windowsLineEndsKeepLineNumbersAndSpans() throws Exception {
        SourceText source = new SourceText("w.md", "First line.\r\nAs shown (Smith 2001, p. 4).\r\n\r\n## References\r\n\r\n- Smith, Anne. *Another Book*. Paris, 2001.\r\n");
        Document d = parse(page(source));
        String pre = elements(d, "pre").get(0).getTextContent();
        assertFalse(pre.contains("\r"));
        assertTrue(pre.startsWith("1First line.\n2As shown (Smith 2001, p. 4).\n3\n4## References"), pre);
        Element mark = elements(d, "a").stream().filter(a -> a.getAttribute("id").equals("c-1")).findFirst().orElseThrow();
        assertEquals("Smith 2001, p. 4", markText(mark));
    }

    @Test
    void emptyNoteStillMakesAPage() throws Exception {
        Document d = parse(page(new SourceText("e.md", "")));
        assertEquals("html", d.getDocumentElement().getTagName());
        assertTrue(d.getDocumentElement().getTextContent().contains("No citations found."));
    }

    @Test
    void checkedCitationsKeepTheirOrderInTheCitationTable() throws Exception {
        SourceText source = bundled();
        CheckedNote note = Opis.check(source);
        Document d = parse(CheckHtml.write(note, source, "test"));
        List<Element> rows = elements(d, "tr").stream().filter(tr -> tr.getAttribute("id").startsWith("cr-")).toList();
        assertEquals(note.citations().size(), rows.size());
        CheckedCitation last = note.citations().get(note.citations().size() - 1);
        assertEquals(last.citation().text(), rows.get(rows.size() - 1).getElementsByTagName("td").item(2).getTextContent());
    }
}
