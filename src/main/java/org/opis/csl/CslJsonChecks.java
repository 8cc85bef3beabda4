package org.opis.csl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.model.Diagnostic;
import org.opis.model.Span;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What CSL-JSON values citeproc-java would silently mangle or drop, found before it reads them:
 * duplicate keys (JSON keeps the last), a property of the wrong type (which would cost the whole item),
 * numbers no program reads as written ({@code 1e999}, {@code 1e400}), impossible dates (month 13 is
 * a season only to citeproc-js; month 17 or day 32 are nothing), reversed ranges, and NUL
 * characters. Each is a finding; the item keeps every other property.
 */
final class CslJsonChecks {

    private CslJsonChecks() {
    }

    /** Every key that appears twice in one object of {@code text}, with where its second occurrence starts. */
    static List<Diagnostic> duplicateKeys(String text, JsonFactory factory, Function<JsonLocation, Span> where) {
        List<Diagnostic> out = new ArrayList<>();
        Deque<Set<String>> keys = new ArrayDeque<>();
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                switch (t) {
                    case START_OBJECT -> keys.push(new HashSet<>());
                    case END_OBJECT -> keys.pop();
                    case FIELD_NAME -> {
                        if (!keys.isEmpty() && !keys.peek().add(p.currentName())) {
                            out.add(Diagnostic.warning("csl-json/duplicate-key", where.apply(p.currentTokenLocation()),
                                    "the key \"" + p.currentName() + "\" appears twice in this object; JSON readers keep only the later value")
                                    .withFix("remove one of the two \"" + p.currentName() + "\" properties"));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the reading proper reports broken JSON
        }
        return out;
    }

    /** Removes NUL characters from every string of {@code node} (in place); true when there were any. */
    static boolean stripNul(JsonNode node) {
        boolean found = false;
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isTextual() && f.getValue().asText().indexOf('\0') >= 0) {
                    f.setValue(TextNode.valueOf(f.getValue().asText().replace("\0", "")));
                    found = true;
                } else {
                    found |= stripNul(f.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual() && a.get(i).asText().indexOf('\0') >= 0) {
                    a.set(i, TextNode.valueOf(a.get(i).asText().replace("\0", "")));
                    found = true;
                } else {
                    found |= stripNul(a.get(i));
                }
            }
        }
        return found;
    }

    /**
     * Checks the item {@code item} (the copy citeproc-java will read) and removes from it what
     * citeproc-java cannot hold as written; the caller keeps the original properties verbatim.
     */
    static void check(ObjectNode item, String id, Span span, ObjectMapper mapper, List<Diagnostic> diags) {
        List<String> names = new ArrayList<>();
        item.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode v = item.get(name);
            if (v.isObject() && v.has("date-parts")) {
                if (!date(name, v.get("date-parts"), id, span, diags)) item.remove(name);
            } else if (v.isNumber() && !plainNumber(v)) {
                diags.add(Diagnostic.warning("csl-json/number-out-of-range", span, "item " + id + ": " + name + " is the number "
                        + v.asText() + ", which no program keeps as written; it is read as the text \"" + v.asText() + "\"")
                        .withFix("write it as a string, e.g. \"" + name + "\": \"" + v.asText() + "\""));
                item.put(name, v.asText());
            } else if (name.equals("page") && v.isTextual()) {
                reversedPages(v.asText(), id, span, diags);
            }
        }
        if (accepts(item, mapper)) return;
        // a property of the wrong type costs citeproc-java the whole item: find it and read the rest
        for (String name : names) {
            if (name.equals("id") || name.equals("type") || !item.has(name)) continue;
            ObjectNode probe = item.objectNode();
            probe.put("id", id);
            probe.set("type", item.has("type") ? item.get("type") : TextNode.valueOf("document"));
            probe.set(name, item.get(name));
            if (!accepts(probe, mapper)) {
                String shown = item.get(name).toString();
                if (shown.length() > 60) shown = shown.substring(0, 60) + "…";
                diags.add(Diagnostic.error("csl-json/wrong-type", span, "item " + id + ": " + name + " " + expected(name, mapper)
                        + ", not " + shown + "; the other properties are read, and " + name
                        + " is kept only as written for CSL-JSON output (BibTeX, Zotero and formatted output lose it)")
                        .withFix(fix(name, item.get(name))));
                item.remove(name);
            }
        }
        if (!item.has("type") || !accepts(item, mapper)) item.put("type", "document");
    }

    private static boolean accepts(ObjectNode item, ObjectMapper mapper) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = mapper.convertValue(item, Map.class);
            CSLItemData.fromJson(map);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static final Set<String> NAME_VARIABLES = Set.of("author", "editor", "translator", "container-author", "collection-editor",
            "composer", "director", "editorial-director", "illustrator", "interviewer", "original-author", "recipient", "reviewed-author",
            "chair", "compiler", "contributor", "curator", "executive-producer", "guest", "host", "narrator", "organizer", "performer",
            "producer", "script-writer", "series-creator");

    private static String expected(String name, ObjectMapper mapper) {
        if (NAME_VARIABLES.contains(name)) return "must be an array of names ([{\"family\": …, \"given\": …}])";
        return "has a type CSL does not allow here";
    }

    private static String fix(String name, JsonNode value) {
        if (NAME_VARIABLES.contains(name) && value.isTextual()) {
            String s = value.asText();
            int comma = s.indexOf(',');
            if (comma > 0) {
                return "write \"" + name + "\": [{\"family\": \"" + s.substring(0, comma).strip() + "\", \"given\": \""
                        + s.substring(comma + 1).strip() + "\"}]";
            }
            return "write \"" + name + "\": [{\"literal\": \"" + s + "\"}]";
        }
        return "write " + name + " as the CSL-JSON schema says";
    }

    /** A number that reads back as written: an integer of at most 15 digits, or a short finite decimal. */
    private static boolean plainNumber(JsonNode v) {
        if (v.isIntegralNumber()) return v.canConvertToLong() && Math.abs(v.asLong()) < 1_000_000_000_000_000L;
        BigDecimal d = v.decimalValue();
        double x = v.asDouble();
        return Double.isFinite(x) && d.precision() <= 17 && Math.abs(d.scale()) <= 20;
    }

    /** Checks date-parts; false when the date cannot be read (out-of-range or non-numeric parts). */
    private static boolean date(String name, JsonNode parts, String id, Span span, List<Diagnostic> diags) {
        if (!parts.isArray()) return true; // citeproc-java reports the shape
        List<int[]> read = new ArrayList<>();
        for (JsonNode part : parts) {
            if (!part.isArray()) return true;
            int[] ymd = new int[part.size()];
            for (int i = 0; i < part.size() && i < 3; i++) {
                JsonNode n = part.get(i);
                String text = n.isTextual() ? n.asText().strip() : n.asText();
                // an empty month or day ("2000", "", "") is a part not given (CSL test suite date_EmptyStrings), not a wrong one
                if (i > 0 && n.isTextual() && text.isEmpty()) break;
                long value;
                try {
                    value = n.isNumber() ? (plainNumber(n) && n.isIntegralNumber() ? n.asLong() : Long.MAX_VALUE) : Long.parseLong(text);
                } catch (NumberFormatException e) {
                    value = Long.MAX_VALUE;
                }
                String what = i == 0 ? "year" : i == 1 ? "month" : "day";
                long lo = i == 0 ? -99_999 : 1;
                long hi = i == 0 ? 99_999 : i == 1 ? 24 : 31;
                if (value < lo || value > hi) {
                    diags.add(Diagnostic.error("csl-json/impossible-date", span, "item " + id + ": " + name + " has the " + what + " "
                                    + text + ", which is not a possible " + what + "; the date is kept only as written for CSL-JSON output")
                            .withFix("correct the " + what + " in \"" + name + "\""));
                    return false;
                }
                if (i == 1 && value > 12) {
                    boolean season = value <= 16 || value >= 21;
                    diags.add(Diagnostic.warning("csl-json/season-as-month", span, "item " + id + ": " + name + " has the month " + value
                            + (season ? ", which citeproc-js reads as a season; citeproc-java and BibTeX drop it"
                            : ", which is no month or season; it is dropped"))
                            .withFix("use \"season\" for a season, or a month from 1 to 12"));
                }
                ymd[i] = (int) value;
            }
            read.add(ymd);
        }
        if (read.size() == 2 && read.get(0).length > 0 && read.get(1).length > 0 && compare(read.get(1), read.get(0)) < 0) {
            diags.add(Diagnostic.warning("csl-json/reversed-range", span, "item " + id + ": the range in " + name + " ends before it begins")
                    .withFix("swap the two dates"));
        }
        return true;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
        }
        return 0;
    }

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("^(\\d{1,9})\\s*[-\u2013]+\\s*(\\d{1,9})$");

    private static void reversedPages(String page, String id, Span span, List<Diagnostic> diags) {
        var m = RANGE.matcher(page.strip());
        if (!m.matches()) return;
        String a = m.group(1);
        String b = m.group(2);
        // 123-45 is the abbreviated 123-145
        String full = b.length() < a.length() ? a.substring(0, a.length() - b.length()) + b : b;
        if (Long.parseLong(full) < Long.parseLong(a)) {
            diags.add(Diagnostic.warning("csl-json/reversed-range", span, "item " + id + ": the page range " + page + " ends before it begins")
                    .withFix("correct the range"));
        }
    }
}
