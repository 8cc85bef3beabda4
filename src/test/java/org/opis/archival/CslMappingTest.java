package org.opis.archival;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** archive, archive-place and archive_location for citations of several schemes. */
class CslMappingTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private CSLItemData item(String citation) {
        return ArchivalCsl.item(engine.parse(citation), "x", Optional.empty());
    }

    @Test
    void russianTnaStasiPolishAndUnregistered() {
        CSLItemData ru = item("RGASPI, f. 495, op. 201, d. 1/2, ll. 104–105");
        assertEquals("RGASPI", ru.getArchive());
        assertEquals("Moscow", ru.getArchivePlace());
        assertEquals("f. 495, op. 201, d. 1/2", ru.getArchiveLocation());

        CSLItemData tna = item("TNA, FO 371/135812");
        assertEquals("TNA", tna.getArchive());
        assertEquals("Kew", tna.getArchivePlace());
        assertEquals("FO 371/135812", tna.getArchiveLocation());

        CSLItemData stasi = item("BStU, MfS, ZAIG 1081, Bl. 8–16");
        assertEquals("Berlin", stasi.getArchivePlace());
        assertEquals("MfS, ZAIG, 1081", stasi.getArchiveLocation());

        CSLItemData pl = item("AAN, KC PZPR, sygn. 237/V-4, k. 12–15");
        assertEquals("Warsaw", pl.getArchivePlace());
        assertEquals("KC PZPR, sygn. 237/V-4", pl.getArchiveLocation());

        CSLItemData unknown = item("GAZZO, f. R-1000, op. 1, d. 5");
        assertNull(unknown.getArchivePlace());
        assertEquals("f. R-1000, op. 1, d. 5", unknown.getArchiveLocation());
    }
}
