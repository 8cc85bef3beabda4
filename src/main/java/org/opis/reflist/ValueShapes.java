package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import org.opis.reflist.tagger.Lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opis.text.Regexes;

/**
 * What one reading's value of a field looks like, for the field chooser: how many words, whether it holds digits or a
 * year, which dictionary classes its words fall in (publisher words, places, volume or page labels, genre words …, the
 * tagger's own data file), its punctuation, and for names how many there are and whether any lacks a given name. The
 * chooser weighs these per field and per reader, so it can learn that a publisher without a publisher word or a title
 * holding a volume label is likely misread — from the lists, not from a rule.
 */
final class ValueShapes {
    private ValueShapes() {
    }

    /** The text of every scored string or name field of a record (names as {@code family, given; …}). */
    static Map<String, String> raw(JsonNode csl) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FieldChooser.FIELDS) {
            JsonNode v = csl.get(f);
            if (v == null || v.isNull() || v.isObject()) continue;
            if (v.isArray()) {
                StringBuilder b = new StringBuilder();
                for (JsonNode n : v) {
                    if (b.length() > 0) b.append("; ");
                    String lit = n.path("literal").asText("");
                    if (!lit.isEmpty()) b.append("=").append(lit);
                    else b.append(n.path("family").asText("")).append(", ").append(n.path("given").asText(""));
                }
                out.put(f, b.toString());
            } else {
                out.put(f, v.asText());
            }
        }
        return out;
    }

    /** The value's words: its runs of letters and digits, in order. */
    static List<String> words(String value) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int len = value.length();
        while (i < len) {
            int c = value.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < len && Character.isLetterOrDigit(value.codePointAt(i))) i += Character.charCount(value.codePointAt(i));
            out.add(value.substring(start, i));
        }
        return out;
    }

    /** Whether a word of digits is a year (four digits from 1000 to 2099). */
    static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("1") || w.startsWith("20"));
    }

    /** Adds the shape cues of one reader's value ({@code side} "r" or "t") of a field, crossed with the field. */
    static void add(Map<String, Double> x, String field, String side, String value) {
        add(ChooserCues.into(x, field), field, side, value);
    }

    /** {@link #add(Map, String, String, String)} into the chooser's cues. */
    static void add(ChooserCues x, String field, String side, String value) {
        if (value == null || value.isEmpty()) return;
        String p = field + ":" + side + ".";
        boolean names = field.equals("author") || field.equals("editor") || field.equals("translator");
        if (names) {
            String[] ns = Regexes.split(value, "; ");
            x.put(p + "n" + Math.min(ns.length, 3), 1.0);
            for (String n : ns) {
                if (n.startsWith("=")) x.put(p + "literal", 1.0);
                else if (n.endsWith(", ")) x.put(p + "noGiven", 1.0);
            }
        }
        List<String> ws = words(value);
        int words = ws.size();
        boolean digit = false;
        boolean year = false;
        for (String w : ws) {
            if (Character.isDigit(w.charAt(0))) {
                digit = true;
                if (isYear(w)) year = true;
            } else {
                for (String k : Lexicon.classes(w.toLowerCase(java.util.Locale.ROOT))) x.put(p + "lex:" + k, 1.0);
            }
        }
        x.put(p + "w" + (words <= 1 ? "1" : words <= 3 ? "2-3" : words <= 8 ? "4-8" : "9+"), 1.0);
        if (digit) x.put(p + "digit", 1.0);
        if (year) x.put(p + "year", 1.0);
        if (names) return;
        if (value.indexOf(':') >= 0) x.put(p + "colon", 1.0);
        if (value.indexOf('(') >= 0 || value.indexOf(')') >= 0) x.put(p + "paren", 1.0);
        if (value.indexOf('[') >= 0 || value.indexOf(']') >= 0) x.put(p + "bracket", 1.0);
        if (value.indexOf('"') >= 0 || value.indexOf('\u201C') >= 0 || value.indexOf('\u201D') >= 0 || value.indexOf('\u00AB') >= 0) x.put(p + "quote", 1.0);
        if (value.contains(". ")) x.put(p + "stop", 1.0);
        if (Character.isLowerCase(value.codePointAt(0))) x.put(p + "lower", 1.0);
    }
}
