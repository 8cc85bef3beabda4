package org.opis.reflist;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real reference list read from the repository's references/ folder, shared by the tests that
 * check one list entry by entry: the parsed records and the entries' CSL items by position.
 */
record ListFixture(ParsedRecords parsed) {

    /** Reads and parses the list at {@code path} (relative to the project root). */
    static ListFixture read(String path) throws Exception {
        return new ListFixture(ReferenceListParser.parse(SourceReader.read(path).source()));
    }

    /** The CSL item of the entry at position {@code i} (0-based). */
    CSLItemData item(int i) {
        return CslRecords.csl(parsed.references().get(i));
    }

    /** Asserts a name's family and given parts. */
    static void name(CSLName n, String family, String given) {
        assertEquals(family, n.getFamily());
        assertEquals(given, n.getGiven());
    }
}
