package org.opis.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.cite.Locator;
import org.opis.model.Diagnostic;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A citation field Zotero or Mendeley put in a Word document ({@code ADDIN ZOTERO_ITEM CSL_CITATION {…}},
 * {@code ADDIN CSL_CITATION {…}}): each cited item becomes a key citation (with its locator, prefix and
 * suppress-author flag) and its CSL-JSON an embedded work; a field whose data is missing or broken, or whose visible
 * text was edited by hand, gets a finding. Split out of {@link DocxReader}, which finds the fields in the runs.
 */
final class CitationFields {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<KeyCitation> keys;
    private final Map<String, JsonNode> items;
    private final List<Diagnostic> diags;

    CitationFields(List<KeyCitation> keys, Map<String, JsonNode> items, List<Diagnostic> diags) {
        this.keys = keys;
        this.items = items;
        this.diags = diags;
    }

    /** Reads one field (its instruction text and what it shows); returns the citation group counter after it. */
    int read(String instr, String shown, Span at, int start, int end, int block, boolean inNote, int group) {
        int brace = instr.indexOf('{');
        if (brace < 0) {
            diags.add(Diagnostic.warning("document/citation-field", at, "a citation field holds no CSL-JSON data; it was read as text"));
            return group;
        }
        JsonNode data;
        try {
            data = JSON.readTree(instr.substring(brace).strip());
        } catch (Exception e) {
            diags.add(Diagnostic.warning("document/citation-field", at,
                    "a citation field's data is not valid JSON; it was read as text")
                    .withFix("refresh the citations with the Zotero or Mendeley plug-in"));
            return group;
        }
        group++;
        String visible = shown.strip();
        for (JsonNode ci : data.path("citationItems")) {
            JsonNode item = ci.path("itemData");
            String id = item.path("id").asText(ci.path("id").asText(""));
            if (id.isEmpty()) continue;
            if (item.isObject()) {
                ObjectNode copy = item.deepCopy();
                copy.put("id", id);
                items.putIfAbsent(id, copy);
            }
            List<Locator> loc = new ArrayList<>();
            String l = ci.path("locator").asText("");
            if (!l.isEmpty()) loc.add(new Locator(ci.path("label").asText("page"), l));
            keys.add(new KeyCitation(visible.isEmpty() ? id : visible, id, at, -group, loc, ci.path("prefix").asText(""),
                    ci.path("suppress-author").asBoolean(false), inNote, Optional.of(visible), block, start, end));
        }
        String plain = data.path("properties").path("plainCitation").asText(
                data.path("mendeley").path("plainTextFormattedCitation").asText(""));
        if (!plain.isEmpty() && !norm(plain).equals(norm(visible))) {
            diags.add(Diagnostic.warning("document/edited-citation", at,
                    "the citation reads \u201C" + visible + "\u201D, but the plug-in inserted \u201C" + plain
                            + "\u201D: it was edited by hand, and a refresh will undo the edit")
                    .withFix("edit the citation through the Zotero or Mendeley dialog (prefix, suffix, locator) instead"));
        }
        return group;
    }

    private static String norm(String s) {
        return s.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }
}
