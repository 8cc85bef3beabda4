package org.opis.batch;

import java.util.ArrayList;
import java.util.List;

import java.util.SplittableRandom;

/**
 * Varied corpora of any size made from real strings, reproducible from a seed: for benchmarks and
 * scale tests that must not measure a cache. Each output string is a real seed string with every
 * run of digits replaced by another number of the same length (so fond, file and page numbers,
 * years and volumes all vary), and, with {@code wordSwap > 0}, some capitalised words replaced by
 * capitalised words of other seeds (so names and titles vary too), keeping the seed's shape and
 * punctuation. The same seeds, size and seed number always give the same corpus.
 */
public final class SyntheticCorpus {

    private final List<String> seeds;
    private final List<String> words;

    /** A corpus maker over these real strings (blank ones are ignored). */
    public SyntheticCorpus(List<String> seeds) {
        List<String> s = new ArrayList<>();
        List<String> w = new ArrayList<>();
        for (String seed : seeds) {
            if (seed == null || seed.isBlank()) continue;
            s.add(seed.strip());
            for (String token : seed.split("[\\s,.;:()\\[\\]«»“”\"*_]+")) {
                if (token.length() > 3 && Character.isUpperCase(token.codePointAt(0)) && token.chars().allMatch(Character::isLetter)) {
                    w.add(token);
                }
            }
        }
        if (s.isEmpty()) throw new IllegalArgumentException("no seed strings");
        this.seeds = List.copyOf(s);
        this.words = List.copyOf(w);
    }

    /** {@code n} strings from seed {@code seed}; {@code wordSwap} is the chance (0–1) that a capitalised word is swapped. */
    public List<String> make(int n, long seed, double wordSwap) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(vary(seeds.get(random.nextInt(seeds.size())), random, wordSwap));
        return out;
    }

    private String vary(String s, SplittableRandom random, double wordSwap) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
                int len = j - i;
                // keep a plausible leading digit: years stay 1xxx/2xxx, other numbers do not start with 0
                if (len == 4 && (c == '1' || c == '2')) {
                    sb.append(c == '1' ? 1800 + random.nextInt(200) : 2000 + random.nextInt(25));
                } else {
                    sb.append((char) ('1' + random.nextInt(9)));
                    for (int k = 1; k < len; k++) sb.append((char) ('0' + random.nextInt(10)));
                }
                i = j;
            } else if (wordSwap > 0 && Character.isUpperCase(c) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
                int j = i;
                while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
                if (j - i > 3 && !words.isEmpty() && random.nextDouble() < wordSwap) {
                    sb.append(words.get(random.nextInt(words.size())));
                } else {
                    sb.append(s, i, j);
                }
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

}
