package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The rules' readings of the gold lists made by the code as it was before each list was added (JSON Lines, maybe
 * gzipped: {@code list}, {@code commit}, {@code text}, {@code rules} — a CSL-JSON record or null; {@code commit}
 * {@code none} where that code had no rule parser). For {@link HybridEvaluation} only: the rules read a list they were
 * written from far better than one they never saw, so a chooser learned from today's readings of the gold lists trusts
 * the rules more than a new list warrants; these readings are what the rules made of each list while it was new.
 */
final class HistoricRules {
    /** The use made of the readings: learning the chooser from them, scoring with them, or both. */
    enum Use { TRAIN, SCORE, BOTH }

    private final Map<String, Optional<CSLItemData>> byEntry;
    private final Use use;

    private HistoricRules(Map<String, Optional<CSLItemData>> byEntry, Use use) {
        this.byEntry = byEntry;
        this.use = use;
    }

    /** The readings named by {@code -Dopis.evaluate.historicRules=FILE} ({@code -Dopis.evaluate.historicUse=train|score|both}), or null. */
    static HistoricRules fromProperties() {
        String file = System.getProperty("opis.evaluate.historicRules");
        if (file == null) return null;
        Use use = Use.valueOf(System.getProperty("opis.evaluate.historicUse", "both").toUpperCase(java.util.Locale.ROOT));
        return new HistoricRules(read(Path.of(file)), use);
    }

    private static Map<String, Optional<CSLItemData>> read(Path file) {
        ObjectMapper m = new ObjectMapper();
        Map<String, Optional<CSLItemData>> out = new HashMap<>();
        try (var in = Files.newInputStream(file);
             var r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode o = m.readTree(line);
                if ("none".equals(o.path("commit").asText())) continue;
                JsonNode rules = o.get("rules");
                CSLItemData d = null;
                if (rules != null && rules.isObject()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = m.convertValue(rules, Map.class);
                    d = CSLItemData.fromJson(map);
                }
                out.put(key(o.path("list").asText(), o.path("text").asText()), Optional.ofNullable(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String key(String list, String text) {
        return list + "\u0001" + text;
    }

    /** The earlier code's reading of an entry: empty when there is none, an empty inner value when that code read no record. */
    Optional<Optional<CSLItemData>> reading(String list, String text) {
        Optional<CSLItemData> r = byEntry.get(key(list, text));
        return r == null ? Optional.empty() : Optional.of(r);
    }

    boolean train() {
        return use != Use.SCORE;
    }

    /** Whether the chooser learns from today's readings as well as these ({@code -Dopis.evaluate.historicPool=true}). */
    boolean pooled() {
        return Boolean.getBoolean("opis.evaluate.historicPool");
    }

    boolean score() {
        return use != Use.TRAIN;
    }

    int size() {
        return byEntry.size();
    }
}
