package org.opis.csl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Dates in the form Zotero keeps them. Zotero's CSL-JSON import reads only the first
 * {@code date-parts} of a date into its Date field (a range loses its end) and reads a month number
 * as a month (the season codes 13–16 and 21–24 some exporters write become no date), but it prefixes
 * a {@code season} to the date text ({@code Spring 1971}) and its citation processor reads an
 * {@code issued: 1971-03/1972-05} line of Extra as the date, range included. So a range keeps its
 * start in the field and goes whole into Extra as EDTF; a season code becomes the {@code season}
 * name beside the year.
 */
final class ZoteroDates {

    private static final String[] SEASONS = {"Spring", "Summer", "Autumn", "Winter"};

    private ZoteroDates() {
    }

    /** True when {@code extra} is a range that starts on the date of {@code field}: read back, it replaces the field. */
    static boolean extendsField(JsonNode field, JsonNode extra) {
        JsonNode f = field.path("date-parts");
        JsonNode e = extra.path("date-parts");
        return f.isArray() && f.size() == 1 && e.isArray() && e.size() == 2 && e.get(0).equals(f.get(0));
    }

    /** The date to write in Zotero's field for {@code var}; a range also adds its EDTF line to {@code extraLines}. */
    static JsonNode forField(String var, ObjectNode date, List<String> extraLines) {
        JsonNode parts = date.path("date-parts");
        if (!parts.isArray() || parts.isEmpty() || !parts.get(0).isArray()) return date;
        ObjectNode out = date.deepCopy();
        if (parts.size() > 1) {
            extraLines.add(var + ": " + ZoteroCslJson.dateText(date));
            ArrayNode first = JsonNodeFactory.instance.arrayNode();
            first.add(parts.get(0).deepCopy());
            out.set("date-parts", first);
        }
        JsonNode start = out.get("date-parts").get(0);
        if (start.size() >= 2 && start.get(1).canConvertToInt()) {
            int m = start.get(1).asInt();
            int season = m >= 21 && m <= 24 ? m - 21 : m >= 13 && m <= 16 ? m - 13 : -1;
            if (season >= 0) {
                ArrayNode year = JsonNodeFactory.instance.arrayNode();
                year.add(start.get(0).deepCopy());
                ArrayNode dp = JsonNodeFactory.instance.arrayNode();
                dp.add(year);
                out.set("date-parts", dp);
                if (!out.hasNonNull("season")) out.put("season", SEASONS[season]);
            }
        }
        return out;
    }
}
