package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.model.CslTrees;

/** A citeproc-java record as a Jackson tree, built without its JSON text: {@link CslTrees} (shared with the JSON output). */
final class ItemTrees {

    private ItemTrees() {
    }

    /** The record as the tree its CSL-JSON text parses to; an empty object when it cannot be read. */
    static JsonNode of(CSLItemData d) {
        return CslTrees.of(d);
    }

    /** The old way: the record printed by citeproc-java's string builder and parsed back. */
    static JsonNode viaText(CSLItemData d) {
        return CslTrees.viaText(d);
    }
}
