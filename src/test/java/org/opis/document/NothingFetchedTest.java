package org.opis.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.cite.CheckedNote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing a document points at is fetched: a local server counts every connection while documents
 * full of links to it — HTML resources, a Word package with external relationships and external
 * XML entities (one naming a local file), LaTeX inputs, Markdown images — are read and checked.
 */
class NothingFetchedTest {

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private String base;

    @BeforeEach
    void listen() throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        base = "http://127.0.0.1:" + server.getLocalPort();
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (Exception e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
    }

    private CheckedNote check(String name, byte[] bytes) {
        return DocumentChecker.check(DocumentReader.read(name, bytes, Optional.empty()), Library.NONE).checked();
    }

    private static final String LIST = "Kotkin, Stephen. 1995. *Magnetic Mountain: Stalinism as a Civilization*. Berkeley: University of California Press.";

    @Test
    void theServerCountsAFetch() throws Exception {
        // the harness itself: a fetch of one of the links below is counted
        try (var in = java.net.URI.create(base + "/css").toURL().openConnection().getInputStream()) {
            in.read();
        } catch (java.io.IOException expected) {
            // the server closes at once
        }
        for (int i = 0; i < 100 && connections.get() == 0; i++) Thread.sleep(20);
        assertTrue(connections.get() >= 1); // HttpURLConnection may retry once
    }

    @Test
    void htmlResourcesAreNotFetched() {
        String html = "<!DOCTYPE html><html><head><base href=\"" + base + "/base/\"><link rel=\"stylesheet\" href=\"" + base + "/css\">"
                + "<script src=\"" + base + "/js\"></script><meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\"></head><body>"
                + "<p>Magnitogorsk was built fast (Kotkin 1995, p. 45).<img src=\"" + base + "/img.png\"><iframe src=\"" + base + "/frame\"></iframe>"
                + "<object data=\"" + base + "/obj\"></object><video src=\"" + base + "/v\"></video></p>"
                + "<h2>References</h2><ul><li><i>Magnetic Mountain</i>: Kotkin, Stephen. 1995. <cite>Magnetic Mountain: Stalinism as a Civilization</cite>. Berkeley: University of California Press.</li></ul>"
                + "</body></html>";
        CheckedNote n = check("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, n.summary().citations());
        assertEquals(0, connections.get());
    }

    @Test
    void wordExternalRelationshipsAndEntitiesAreNotFetched(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRETVALUE", StandardCharsets.UTF_8);
        byte[] plain;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Magnitogorsk was built fast (Kotkin 1995, p. 45).");
            String rel = doc.getPackagePart().addExternalRelationship(base + "/linked",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink").getId();
            p.getCTP().addNewHyperlink().setId(rel);
            doc.createParagraph().setStyle("Heading1");
            doc.createParagraph().createRun().setText(LIST.replace("*", ""));
            doc.write(out);
            plain = out.toByteArray();
        }
        // the same package with external entities declared in its main part (read or refused: never fetched)
        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain)); ZipOutputStream z = new ZipOutputStream(hostile)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int decl = xml.indexOf("?>") + 2;
                    xml = xml.substring(0, decl) + "<!DOCTYPE w:document [<!ENTITY net SYSTEM \"" + base + "/xxe\"><!ENTITY file SYSTEM \""
                            + secret.toUri() + "\">]>" + xml.substring(decl);
                    xml = xml.replace("built fast", "built fast &net; &file;");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
            }
        }
        for (byte[] docx : new byte[][]{plain, hostile.toByteArray()}) {
            Document d = DocumentReader.read("x.docx", docx, Optional.empty());
            DocumentChecker.check(d, Library.NONE);
            assertFalse(d.blocks().stream().anyMatch(b -> b.text().contains("TOPSECRET")), d.blocks().toString());
        }
        assertEquals(0, connections.get());
    }

    @Test
    void latexAndMarkdownLinksAreNotFetched() {
        String tex = "\\documentclass{article}\n\\input{" + base + "/in.tex}\n\\begin{document}\n\\include{" + base + "/inc}\n"
                + "Magnitogorsk was built fast \\parencite[45]{kotkin1995}.\\includegraphics{" + base + "/fig.png}\n"
                + "\\bibliography{" + base + "/refs}\n\\end{document}\n";
        check("a.tex", tex.getBytes(StandardCharsets.UTF_8));
        String md = "Magnitogorsk was built fast (Kotkin 1995, p. 45).![plan](" + base + "/plan.png) <img src=\"" + base + "/i.png\">\n\n"
                + "## References\n\n" + LIST + "\n";
        CheckedNote n = check("n.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, n.summary().resolved());
        assertEquals(0, connections.get());
    }
}
