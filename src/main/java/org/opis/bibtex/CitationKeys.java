package org.opis.bibtex;

import com.ibm.icu.text.Transliterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes citation keys the way JabRef and Better BibTeX do: the first author's family name,
 * the year (with its printed suffix, {@code 2008b}) and the first significant word of the title,
 * in lower-case ASCII ({@code Hồ Chí Minh} → {@code ho}, {@code Бовин} → {@code bovin}) through
 * ICU's {@code Any-Latin; Latin-ASCII} transliteration; a key already taken gets {@code a},
 * {@code b}, … appended. One instance remembers the keys it handed out, so use one per file.
 */
public final class CitationKeys {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.:+\\-/!?&*;<>@\\[\\]|^`$]{1,250}");
    private static final Set<String> STOPWORDS = loadStopwords();

    private final Transliterator ascii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final Set<String> used = new HashSet<>();

    /**
     * True when a string can be used as a key by bibtex, biber, pandoc and citation-js: printable
     * ASCII without white space, braces, parentheses, comma, quote, {@code #}, {@code %}, {@code =},
     * {@code \\}, {@code ~}; at most 250 characters.
     */
    public static boolean valid(String key) {
        return VALID.matcher(key).matches();
    }

    /**
     * The key for a work: {@code authorFamily + year + yearSuffix + firstSignificantTitleWord}.
     * The key is not reserved; call {@link #unique(String)} for that.
     *
     * @param author     first author's family name, or a literal/corporate name (its first word is used)
     * @param year       the year, if known
     * @param yearSuffix the letter printed after the year ({@code a}, {@code b}), if any
     * @param title      the title, if any
     */
    public String base(Optional<String> author, Optional<String> year, Optional<String> yearSuffix, Optional<String> title) {
        StringBuilder k = new StringBuilder();
        author.map(a -> a.matches("[a-z0-9]+") ? a : firstWord(a)).ifPresent(k::append);
        year.map(y -> y.replaceAll("[^0-9]", "")).ifPresent(k::append);
        yearSuffix.map(this::fold).ifPresent(k::append);
        title.flatMap(this::significantWord).ifPresent(k::append);
        if (k.length() == 0) k.append("ref");
        if (!Character.isLetterOrDigit(k.charAt(0))) k.insert(0, 'x');
        return k.length() > 100 ? k.substring(0, 100) : k.toString();
    }

    /** The key itself if it is free, else the key with {@code a}, {@code b}, … {@code z}, {@code aa} … appended; marks it taken. */
    public String unique(String key) {
        String candidate = key;
        for (int n = 0; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = key + letters(n);
        }
        return candidate;
    }

    /** Marks a key as taken without changing it; false when it already was. */
    public boolean reserve(String key) {
        return used.add(key.toLowerCase(Locale.ROOT));
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        int v = n;
        do {
            s.insert(0, (char) ('a' + v % 26));
            v = v / 26 - 1;
        } while (v >= 0);
        return s.toString();
    }

    /** Lower-case ASCII letters and digits only. */
    String fold(String s) {
        String a = ascii.transliterate(s).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(a.length());
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
        }
        return b.toString();
    }

    private String firstWord(String name) {
        for (String w : words(name)) {
            String f = fold(w);
            if (!f.isEmpty()) return f;
        }
        return "";
    }

    /** The first word of a title that is not a function word, folded to ASCII. */
    Optional<String> significantWord(String title) {
        String firstAny = null;
        for (String w : words(title)) {
            String f = fold(w);
            if (f.isEmpty()) continue;
            if (firstAny == null) firstAny = f;
            if (!STOPWORDS.contains(f) && !f.chars().allMatch(Character::isDigit)) return Optional.of(f);
        }
        return Optional.ofNullable(firstAny);
    }

    private static List<String> words(String s) {
        return List.of(s.trim().split("[\\s\\p{Pd}/]+"));
    }

    private static Set<String> loadStopwords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CitationKeys.class.getResourceAsStream("key-stopwords.txt")) {
            if (in == null) throw new IllegalStateException("missing resource org/opis/bibtex/key-stopwords.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String w : line.trim().split("\\s+")) if (!w.isEmpty()) words.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
