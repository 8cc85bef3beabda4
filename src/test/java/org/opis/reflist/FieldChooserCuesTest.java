package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;
import org.opis.reflist.tagger.Tagger;
import org.opis.testing.GoldTexts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chooser's cues written straight into the trees' numbered cues ({@link ChooserCues.Numbered}) give the same
 * probability, bit for bit, as the map of named cues; and that map is, key for key and in order, what the chooser's
 * features were before they were written through {@link ChooserCues} (the old definition, kept here) — on every
 * field where the two readings of a gold entry differ.
 */
class FieldChooserCuesTest {

    @Test
    void numberedCuesGiveTheMapsProbabilityOnEveryGoldDisagreement() throws Exception {
        FieldChooser chooser = FieldChooser.bundled();
        Tagger tagger = Tagger.bundled();
        assertNotNull(chooser);
        int fields = 0;
        int taken = 0;
        for (String entry : GoldTexts.all()) {
            Optional<CSLItemData> rules = RuleReader.read(entry);
            if (rules.isEmpty()) continue;
            Tagger.Tagged tagged = tagger.tag(entry);
            assertEquals(entry.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                    FieldChooser.cyrillic(entry), entry);
            FieldChooser.Readings rd = FieldChooser.readings(entry, rules.get(), tagged);
            for (String f : FieldChooser.FIELDS) {
                String rv = rd.rules().get(f);
                String tv = rd.tagger().get(f);
                if (rv == null && tv == null || rv != null && rv.equals(tv)) continue;
                for (String v : new String[]{rd.rulesText().get(f), rd.taggerText().get(f)}) {
                    assertEquals(Double.doubleToRawLongBits(oldBelief(tagged, f, v)), Double.doubleToRawLongBits(SpanBelief.of(tagged, f, v)), f + " of " + entry);
                }
                Map<String, Double> x = FieldChooser.features(f, rd, tagged);
                assertEquals(new ArrayList<>(oldFeatures(f, rd, tagged).entrySet()), new ArrayList<>(x.entrySet()), entry);
                double p = chooser.taggerRight(x);
                assertEquals(Double.doubleToRawLongBits(p), Double.doubleToRawLongBits(chooser.taggerRight(f, rd, tagged)), f + " of " + entry);
                fields++;
                if (p > 0.5) taken++;
            }
        }
        assertTrue(fields > 3000, "disagreeing fields: " + fields);
        assertTrue(taken > 300 && taken < fields - 300, "taken from the tagger: " + taken + " of " + fields);
    }

    /** {@code FieldChooser.features} as it was written before round 23 (a map per field, every key also crossed with the field). */
    private static Map<String, Double> oldFeatures(String field, FieldChooser.Readings rd, Tagger.Tagged tagged) {
        String rv = rd.rules().get(field);
        String tv = rd.tagger().get(field);
        Map<String, Double> b = new LinkedHashMap<>(rd.base());
        b.put("1", 1.0);
        b.put("rnull", rv == null ? 1.0 : 0.0);
        b.put("tnull", tv == null ? 1.0 : 0.0);
        double conf = FieldChooser.confidence(field, tagged);
        b.put("tconf", conf);
        b.put("tconf>=0.9", conf >= 0.9 ? 1.0 : 0.0);
        b.put("tconf>=0.99", conf >= 0.99 ? 1.0 : 0.0);
        b.put("tInR", tv != null && elsewhere(tv, field, rd.rules()) ? 1.0 : 0.0);
        b.put("rInT", rv != null && elsewhere(rv, field, rd.tagger()) ? 1.0 : 0.0);
        String rt = rd.rules().get("title");
        String tt = rd.tagger().get("title");
        b.put("tInRtitle", tv != null && !field.equals("title") && rt != null && !rt.equals(tt) && rt.contains(tv) ? 1.0 : 0.0);
        b.put("rInTtitle", rv != null && !field.equals("title") && tt != null && !tt.equals(rt) && tt.contains(rv) ? 1.0 : 0.0);
        b.put("rLost", rv != null && !FieldChooser.covered(rv, rd.tagger().values()) ? 1.0 : 0.0);
        b.put("tLost", tv != null && !FieldChooser.covered(tv, rd.rules().values()) ? 1.0 : 0.0);
        b.put("tHoldsROther", tv != null && holdsOther(tv, field, rd.rules()) ? 1.0 : 0.0);
        b.put("rHoldsTOther", rv != null && holdsOther(rv, field, rd.tagger()) ? 1.0 : 0.0);
        if (rv != null && tv != null) {
            b.put("rContainsT", rv.contains(tv) ? 1.0 : 0.0);
            b.put("tContainsR", tv.contains(rv) ? 1.0 : 0.0);
            b.put("lenratio", Math.max(-2, Math.min(2, Math.log((tv.length() + 1.0) / (rv.length() + 1.0)))));
        }
        Map<String, Double> x = new LinkedHashMap<>();
        b.forEach((k, v) -> {
            if (v == 0) return;
            x.put(k, v);
            x.put(field + ":" + k, v);
        });
        SpanBelief.add(ChooserCues.into(x, field), field, rd, tagged);
        ValueShapes.add(x, field, "r", rd.rulesText().get(field));
        ValueShapes.add(x, field, "t", rd.taggerText().get(field));
        ValueDiffs.add(x, field, rd.rulesText().get(field), rd.taggerText().get(field));
        List<String> paired = List.of("rnull", "tnull", "tLost", "rLost", "tInR", "rInT", "tconf>=0.9",
                "tconf>=0.99", "broken", "quoted", "italic", "cyr", "tHoldsROther", "rHoldsTOther", "tmin<0.9");
        for (int i = 0; i < paired.size(); i++) {
            if (b.getOrDefault(paired.get(i), 0.0) != 1.0) continue;
            for (int j = i + 1; j < paired.size(); j++) {
                if (b.getOrDefault(paired.get(j), 0.0) == 1.0) x.put(field + ":" + paired.get(i) + "&" + paired.get(j), 1.0);
            }
        }
        return x;
    }

    /** {@code SpanBelief.of} as written before round 23 (every token lower-cased again at every start of the run). */
    private static double oldBelief(Tagger.Tagged tagged, String field, String value) {
        if (value == null || value.isEmpty() || tagged.marginals() == null) return -1;
        org.opis.reflist.tagger.Label label = null;
        for (org.opis.reflist.tagger.Label l : org.opis.reflist.tagger.Label.values()) if (l.field().equals(field)) label = l;
        if (List.of("DOI", "ISBN", "ISSN").contains(field)) label = org.opis.reflist.tagger.Label.IDENTIFIER;
        if (label == null) return -1;
        List<String> words = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
            else if (b.length() > 0) {
                words.add(b.toString());
                b.setLength(0);
            }
        }
        if (words.isEmpty()) return -1;
        List<org.opis.reflist.tagger.Token> tokens = tagged.tokens();
        List<Integer> at = new ArrayList<>();
        boolean whole = false;
        for (int s = 0; s < tokens.size() && !whole; s++) {
            at.clear();
            int w = 0;
            for (int i = s; i < tokens.size() && w < words.size(); i++) {
                String t = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
                if (!t.chars().anyMatch(Character::isLetterOrDigit)) continue;
                if (!t.equals(words.get(w))) break;
                at.add(i);
                w++;
            }
            whole = w == words.size();
        }
        if (!whole) {
            at.clear();
            java.util.Set<String> set = new java.util.HashSet<>(words);
            java.util.Set<String> found = new java.util.HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
                if (set.contains(w)) {
                    at.add(i);
                    found.add(w);
                }
            }
            if (found.size() * 2 < set.size()) return -1;
        }
        if (at.isEmpty()) return -1;
        double sum = 0;
        for (int i : at) sum += tagged.probability(i, label);
        return sum / at.size();
    }

    private static boolean holdsOther(String v, String field, Map<String, String> other) {
        for (var e : other.entrySet()) {
            String k = e.getKey();
            if (k.equals(field) || k.equals("author") || k.equals("editor") || k.equals("translator") || k.equals("issued")) continue;
            if (e.getValue().length() >= 3 && v.contains(e.getValue())) return true;
        }
        return false;
    }

    private static boolean elsewhere(String v, String field, Map<String, String> other) {
        for (var e : other.entrySet()) if (!e.getKey().equals(field) && e.getValue().contains(v)) return true;
        return false;
    }
}
