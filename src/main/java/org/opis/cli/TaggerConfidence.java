package org.opis.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.model.Reference;
import org.opis.reflist.Tagging;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

/**
 * The {@code "tagger"} member of a reference in {@code opis parse --format json}: the fields the
 * learned tagger read in the entry's raw text, each with its confidence and alternatives:
 * {@code {"fields": [{"field": "title", "text": "…", "confidence": 0.98, "alternatives": ["container-title"]}]}}.
 */
final class TaggerConfidence {
    private TaggerConfidence() {
    }

    /** The member for a reference, or null for an archival entry or when no tagger is in use. */
    static ObjectNode of(Reference r) {
        Tagger t = Tagging.inUse();
        if (t == null || r.archive() || r.raw().isBlank()) return null;
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode fields = o.putArray("fields");
        for (Field f : t.fields(r.raw())) {
            ObjectNode x = fields.addObject();
            x.put("field", f.label().field());
            x.put("text", f.text());
            x.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
            ArrayNode alt = x.putArray("alternatives");
            for (Label l : f.alternatives()) alt.add(l.field());
        }
        return o;
    }
}
