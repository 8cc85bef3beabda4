package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.csl.CslJson;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule parser's record and the tagger's, combined by content and confidence: when the rules'
 * record shows it went wrong (no title; a name holding digits, quotes or a colon; a title that
 * begins with the year) and the tagger is sure of every field, the tagger's record is taken;
 * otherwise the rules' record stays, and a field the rules left empty is taken from the tagger
 * when it is sure of it and its text is not already in another field.
 */
public final class HybridReader {
    /** Below this, a tagger field is uncertain (and reported as {@code reference/low-confidence}). */
    public static final double SURE = 0.9;
    private static final Pattern BROKEN_NAME = Pattern.compile("[\\d\"“”«»:()\\[\\]]|\\*");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FILLABLE = List.of("container-title", "publisher", "publisher-place", "volume", "issue", "page", "issued", "URL", "DOI");

    /** The combined record, whether the tagger's record replaced the rules', and the tagger's uncertain fields. */
    public record Merge(CSLItemData item, boolean taggerRecord, List<Field> uncertain) {
    }

    private HybridReader() {
    }

    /** Reads one entry by rules and tagger, combined. */
    public static Optional<CSLItemData> read(String entry, Tagger t) {
        Optional<CSLItemData> rules = RuleReader.read(entry);
        if (rules.isEmpty()) return rules;
        return Optional.of(merge(rules.get(), t.tag(entry)).item());
    }

    public static Merge merge(CSLItemData rules, Tagger.Tagged tagged) {
        List<Field> uncertain = new ArrayList<>();
        double min = 1;
        for (Field f : tagged.fields()) {
            if (f.label() == Label.NOTE || f.label() == Label.LOCATOR) continue;
            min = Math.min(min, f.confidence());
            if (f.confidence() < SURE) uncertain.add(f);
        }
        CSLItemData tag = tagged.item(rules.getId());
        if (broken(rules) && min >= SURE && tag.getTitle() != null) return new Merge(tag, true, uncertain);
        ObjectNode r = CslJson.itemData(rules);
        ObjectNode t = CslJson.itemData(tag);
        String all = r.toString().toLowerCase(java.util.Locale.ROOT);
        boolean changed = false;
        for (String f : FILLABLE) {
            if (r.has(f) || !t.has(f)) continue;
            if (!sure(tagged, f)) continue;
            JsonNode v = t.get(f);
            if (v.isTextual() && all.contains(v.asText().toLowerCase(java.util.Locale.ROOT))) continue;
            if (f.equals("issued") && r.has("issued")) continue;
            r.set(f, v);
            changed = true;
        }
        if (!changed) return new Merge(rules, false, uncertain);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = MAPPER.convertValue(r, Map.class);
        return new Merge(CSLItemData.fromJson(m), false, uncertain);
    }

    private static boolean sure(Tagger.Tagged tagged, String cslField) {
        for (Field f : tagged.fields()) {
            if (f.label().field().equals(cslField) || (cslField.equals("DOI") && f.label() == Label.IDENTIFIER)) return f.confidence() >= SURE;
        }
        return false;
    }

    static boolean broken(CSLItemData r) {
        if (r.getTitle() == null || r.getTitle().isBlank()) return true;
        if (r.getTitle().matches("^\\(?\\d{4}\\)?[.,]?\\s.*")) return true;
        if (r.getAuthor() != null) {
            for (var n : r.getAuthor()) {
                String s = (n.getFamily() == null ? "" : n.getFamily()) + " " + (n.getGiven() == null ? "" : n.getGiven()) + (n.getLiteral() == null ? "" : n.getLiteral());
                if (BROKEN_NAME.matcher(s).find()) return true;
            }
        }
        return false;
    }
}
