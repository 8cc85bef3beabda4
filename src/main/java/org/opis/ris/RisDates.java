package org.opis.ris;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL dates in RIS: {@code DA  - YYYY/MM/DD/other} (the RIS date form Zotero reads), {@code PY} the
 * year. A range or a date given only as text is written as text ({@code 1971-1982}), which Zotero
 * keeps as the item's date string; a season is the fourth, free part ({@code 1971///Spring}).
 */
final class RisDates {

    private static final Pattern RIS = Pattern.compile("^(\\d{1,4})(?:/(\\d{0,2})(?:/(\\d{0,2})(?:/(.*))?)?)?$");
    private static final String[] SEASONS = {"Spring", "Summer", "Autumn", "Winter"};

    private RisDates() {
    }

    /** The first year of a CSL date, if any. */
    static Optional<String> year(JsonNode date) {
        JsonNode parts = date.path("date-parts");
        if (parts.isArray() && parts.size() > 0 && parts.get(0).size() > 0) return Optional.of(parts.get(0).get(0).asText());
        return Optional.empty();
    }

    /** The DA value for a CSL date. */
    static Optional<String> write(JsonNode date) {
        JsonNode parts = date.path("date-parts");
        String season = seasonName(date.path("season"));
        if (parts.isArray() && parts.size() == 2) {
            return Optional.of(text(parts.get(0)) + "-" + text(parts.get(1)));
        }
        if (parts.isArray() && parts.size() == 1 && parts.get(0).size() > 0) {
            JsonNode p = parts.get(0);
            String y = p.get(0).asText();
            String m = p.size() > 1 ? pad(p.get(1).asText()) : "";
            String d = p.size() > 2 ? pad(p.get(2).asText()) : "";
            if (season.isEmpty() && m.isEmpty()) return Optional.of(y);
            return Optional.of(y + "/" + m + "/" + d + "/" + season);
        }
        if (date.hasNonNull("raw")) return Optional.of(date.get("raw").asText());
        if (date.hasNonNull("literal")) return Optional.of(date.get("literal").asText());
        return Optional.empty();
    }

    /** A CSL date from a DA/PY/Y2 value. */
    static ObjectNode read(String value) {
        ObjectNode date = JsonNodeFactory.instance.objectNode();
        Matcher m = RIS.matcher(value.strip());
        if (m.matches()) {
            ArrayNode p = date.putArray("date-parts").addArray();
            p.add(Integer.parseInt(m.group(1)));
            if (m.group(2) != null && !m.group(2).isEmpty() && Integer.parseInt(m.group(2)) > 0) {
                p.add(Integer.parseInt(m.group(2)));
                if (m.group(3) != null && !m.group(3).isEmpty() && Integer.parseInt(m.group(3)) > 0) p.add(Integer.parseInt(m.group(3)));
            }
            String other = m.group(4) == null ? "" : m.group(4).strip();
            for (int i = 0; i < SEASONS.length; i++) {
                if (other.equalsIgnoreCase(SEASONS[i]) || (i == 2 && other.equalsIgnoreCase("Fall"))) date.put("season", i + 1);
            }
            return date;
        }
        Matcher range = Pattern.compile("^(\\d{4})\\s*[-–/]\\s*(\\d{4})$").matcher(value.strip());
        if (range.matches()) {
            ArrayNode dp = date.putArray("date-parts");
            dp.addArray().add(Integer.parseInt(range.group(1)));
            dp.addArray().add(Integer.parseInt(range.group(2)));
            return date;
        }
        date.put("raw", value.strip());
        return date;
    }

    private static String text(JsonNode part) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < part.size(); i++) {
            if (i > 0) sb.append('-');
            sb.append(i == 0 ? part.get(i).asText() : pad(part.get(i).asText()));
        }
        return sb.toString();
    }

    private static String seasonName(JsonNode season) {
        if (season.isMissingNode() || season.isNull()) return "";
        int s = season.asInt(0);
        if (s >= 1 && s <= 4) return SEASONS[s - 1];
        return season.asText("");
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
