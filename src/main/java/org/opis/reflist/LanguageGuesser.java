package org.opis.reflist;

import com.ibm.icu.lang.UScript;
import org.opis.text.Markup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Guesses the language of an entry from its titles (and, failing that, its place of
 * publication): Cyrillic script, transliterated Russian ({@code ru}), Albanian ({@code sq}),
 * Vietnamese ({@code vi}), French ({@code fr}) or English ({@code en}). The cues (common words,
 * word endings, letters, places) are data in {@code org/opis/reflist/language-cues.tsv}. CSL
 * processors need the language to leave non-English titles out of English title case.
 */
public final class LanguageGuesser {

    private record Cue(String lang, String kind, String value, int weight) {
    }

    private static final List<Cue> CUES = load();
    private static final Map<String, List<Cue>> WORDS = index("word");
    private static final Map<String, List<Cue>> PLACES = index("place");
    private static final List<Cue> PREFIXES = ofKind("prefix");
    private static final List<Cue> SUFFIXES = ofKind("suffix");
    private static final List<Cue> INFIXES = ofKind("infix");
    private static final List<Cue> INITIALS = ofKind("initial");
    private static final List<Cue> CHARS = ofKind("char");
    // Lookups that only skip cues that cannot match (the same scores, less work a word): suffix cues
    // by their last letter, and the first chars of the letter cues.
    private static final Map<Character, List<Cue>> SUFFIXES_BY_LAST = byLast(SUFFIXES);
    private static final java.util.BitSet CHAR_FIRSTS = firsts(CHARS);
    private static final java.util.regex.Pattern WORD_SPLIT = java.util.regex.Pattern.compile("[\\s,.;:!?()\\[\\]«»“”\"„*/—–-]+");

    private LanguageGuesser() {
    }

    /**
     * The best guess for text written in titles, or empty when there are no cues or two languages
     * score the same. {@code place} (may be empty) only decides when the titles give nothing.
     */
    public static Optional<String> guess(String titles, String place) {
        String text = Markup.straightApostrophes(titles);
        int cyr = 0;
        int letters = 0;
        boolean ukrainian = false;
        boolean serbian = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (c >= 0x400 && UScript.getScript(c) == UScript.CYRILLIC) { // no Cyrillic letter lies below U+0400
                cyr++;
                if ("іїєґІЇЄҐ".indexOf(c) >= 0) ukrainian = true;
                if ("ђћџљњЂЋЏЉЊ".indexOf(c) >= 0) serbian = true;
            }
        }
        if (letters > 0 && cyr * 2 > letters) {
            return Optional.of(ukrainian ? "uk" : serbian ? "sr" : "ru");
        }
        Map<String, Integer> score = new HashMap<>();
        for (String raw : WORD_SPLIT.split(text)) {
            if (raw.isEmpty()) continue;
            String w = raw.toLowerCase(Locale.ROOT);
            while (w.startsWith("'")) w = w.substring(1);
            while (w.endsWith("'") && w.length() > 1 && !softSignEnd(w)) w = w.substring(0, w.length() - 1);
            if (w.isEmpty()) continue;
            boolean hit = addWord(score, w);
            if (!hit) {
                for (Cue c : PREFIXES) {
                    if (w.startsWith(c.value) && w.length() > c.value.length() + 2) {
                        hit = addWord(score, w.substring(c.value.length()));
                        if (hit) break;
                    }
                }
            }
            if (!hit && w.endsWith("s") && w.length() > 3) addWord(score, w.substring(0, w.length() - 1));
            for (Cue c : SUFFIXES_BY_LAST == null ? SUFFIXES : SUFFIXES_BY_LAST.getOrDefault(w.charAt(w.length() - 1), List.of())) {
                if (w.length() > c.value.length() + 2 && w.endsWith(c.value)) score.merge(c.lang, c.weight, Integer::sum);
            }
            for (Cue c : INFIXES) {
                if (w.contains(c.value)) score.merge(c.lang, c.weight, Integer::sum);
            }
            for (Cue c : INITIALS) {
                if (w.length() > c.value.length() && w.startsWith(c.value)) score.merge(c.lang, c.weight, Integer::sum);
            }
            if (mayHoldChar(raw)) {
                for (Cue c : CHARS) {
                    if (raw.contains(c.value)) score.merge(c.lang, c.weight, Integer::sum);
                }
            }
            // a soft sign inside a word (Kreml', dejatel'nosti, s'ezd) but not an English possessive
            int apo = w.indexOf('\'');
            if (apo > 0 && !(w.endsWith("'s") && apo == w.length() - 2)) score.merge("ru", 2, Integer::sum);
        }
        Optional<String> best = best(score);
        if (best.isPresent() || place.isBlank()) return best;
        List<Cue> p = PLACES.getOrDefault(place.strip().replace(' ', '_'), List.of());
        return p.isEmpty() ? Optional.empty() : Optional.of(p.get(0).lang);
    }

    /** The cues by the last char of their value; null when a cue has an empty value (it ends every word). */
    private static Map<Character, List<Cue>> byLast(List<Cue> cues) {
        Map<Character, List<Cue>> m = new HashMap<>();
        for (Cue c : cues) {
            if (c.value.isEmpty()) return null;
            m.computeIfAbsent(c.value.charAt(c.value.length() - 1), k -> new ArrayList<>()).add(c);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(m);
    }

    private static java.util.BitSet firsts(List<Cue> cues) {
        java.util.BitSet b = new java.util.BitSet(1 << 16);
        for (Cue c : cues) {
            if (c.value.isEmpty()) b.set(0, 1 << 16); // an empty cue is in every word
            else b.set(c.value.charAt(0));
        }
        return b;
    }

    /** Whether the word holds the first char of some letter cue (else no letter cue can match). */
    private static boolean mayHoldChar(String raw) {
        if (raw.isEmpty()) return CHAR_FIRSTS.get(0);
        for (int i = 0; i < raw.length(); i++) if (CHAR_FIRSTS.get(raw.charAt(i))) return true;
        return false;
    }

    private static boolean softSignEnd(String w) {
        return w.length() > 1 && Character.isLetter(w.charAt(w.length() - 2)) && "aeiouy".indexOf(w.charAt(w.length() - 2)) < 0;
    }

    private static boolean addWord(Map<String, Integer> score, String w) {
        List<Cue> cs = WORDS.get(w);
        if (cs == null) return false;
        for (Cue c : cs) score.merge(c.lang, c.weight, Integer::sum);
        return true;
    }

    private static Optional<String> best(Map<String, Integer> score) {
        String best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }

    private static List<Cue> ofKind(String kind) {
        return CUES.stream().filter(c -> c.kind.equals(kind)).toList();
    }

    private static Map<String, List<Cue>> index(String kind) {
        Map<String, List<Cue>> m = new HashMap<>();
        for (Cue c : CUES) if (c.kind.equals(kind)) m.computeIfAbsent(c.value, k -> new ArrayList<>()).add(c);
        m.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(m);
    }

    private static List<Cue> load() {
        List<Cue> out = new ArrayList<>();
        try (InputStream in = LanguageGuesser.class.getResourceAsStream("language-cues.tsv")) {
            if (in == null) throw new IOException("missing org/opis/reflist/language-cues.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                String v = f[1].equals("place") ? f[2] : f[2].toLowerCase(Locale.ROOT);
                if (f[1].equals("char")) v = f[2];
                out.add(new Cue(f[0], f[1], v, Integer.parseInt(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
