package org.opis.csl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Styles reach citeproc-java only after a hardened parse, from a file and through the record's constructor alike. */
class SafeStyleTest {

    static String style(String doctype, String layout) {
        return "<?xml version=\"1.0\"?>" + doctype + "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\">"
                + "<info><title>x</title><id>x</id><updated>2020-01-01T00:00:00Z</updated></info>"
                + "<citation><layout>" + layout + "</layout></citation><bibliography><layout>" + layout + "</layout></bibliography></style>";
    }

    static String xxe(Path secret) {
        return style("<!DOCTYPE style [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>", "<text value=\"&leak;\"/>");
    }

    @Test
    void anExternalEntityInAStyleBuiltThroughTheApiIsRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = xxe(secret);
        CslStyle.Options o = new CslStyle.Options(Optional.empty(), "complete-all", false, false, true, false, Optional.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CslStyle("evil", "evil", xml, Optional.empty(), o));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void anExternalEntityInAStyleFileIsRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path csl = dir.resolve("evil.csl");
        Files.writeString(csl, xxe(secret));
        FormatException e = assertThrows(FormatException.class, () -> CslStyle.load(csl.toString()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void deepNestingAndRecursiveMacrosAreRefusedBeforeCiteprocJava(@TempDir Path dir) throws Exception {
        Path deep = dir.resolve("deep.csl");
        Files.writeString(deep, style("", "<group>".repeat(1000) + "<text variable=\"title\"/>" + "</group>".repeat(1000)));
        FormatException e = assertThrows(FormatException.class, () -> CslStyle.load(deep.toString()));
        assertTrue(e.getMessage().contains("nested more than 200 deep") && e.getMessage().contains("--limit csl-depth"), e.getMessage());
        Path self = dir.resolve("self.csl");
        Files.writeString(self, style("", "<text macro=\"a\"/>").replace("<citation>",
                "<macro name=\"a\"><group><text macro=\"b\"/></group></macro><macro name=\"b\"><text macro=\"a\"/></macro><citation>"));
        FormatException m = assertThrows(FormatException.class, () -> CslStyle.load(self.toString()));
        assertTrue(m.getMessage().contains("a → b → a"), m.getMessage());
    }
}
