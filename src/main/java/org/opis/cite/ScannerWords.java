package org.opis.cite;

import com.ibm.icu.lang.UCharacter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the citation scanner: its own (lead words, ibid. forms, words that do not begin a
 * name, no-date forms, places of publication) read from {@code scanner-words.tsv}, and the shared
 * vocabulary (connectors, particles, months, role markers of notes) from {@code org.opis.lexicon}.
 */
final class ScannerWords {

    static final ScannerWords STANDARD = load();

    final List<String> lead;      // case-folded, longest first
    final List<String> ibid;      // case-folded, longest first
    final List<String> opCit;     // "the work cited" forms (op. cit., art. cit.), case-folded, longest first
    final List<String> translatedIn = new ArrayList<>(); // "translated in": a primary source cited in a translation's pages, case-folded, longest first
    final List<String> within = new ArrayList<>(); // before the page cited inside a range ("pp. 167–183, at 180"), case-folded, longest first
    final List<String> sameAuthor = new ArrayList<>(); // "the same author" before a repeat form ("ders., a.a.O."), case-folded, longest first
    final List<String> accessed = new ArrayList<>(); // words giving the date a web page was read ("accessed", "abgerufen"), case-folded, longest first
    final List<String> also;      // as written: words joining a further work after a comma ("sowie")
    final Set<String> connectors; // case-folded
    final Set<String> particles;  // case-folded: may also start a name ("van der Linden")
    final Set<String> notName;    // case-folded: capitalized words that do not begin a name ("As", "In")
    final List<String> noDate;    // case-folded, longest first
    final Map<String, Integer> months;
    final Set<String> editors;    // case-folded: "ed.", "eds.", "comp." between a note's author and title
    final Set<String> places;     // case-folded: places of publication ("Moscow" in "(Moscow, 1989)")

    private ScannerWords(List<String> lead, List<String> ibid, List<String> also, Set<String> connectors, Set<String> particles, Set<String> notName,
                         List<String> noDate, Map<String, Integer> months, Set<String> editors, Set<String> places) {
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        lead.sort(longestFirst);
        ibid.sort(longestFirst);
        noDate.sort(longestFirst);
        this.lead = List.copyOf(lead);
        this.ibid = List.copyOf(ibid);
        this.opCit = new ArrayList<>();
        this.also = List.copyOf(also);
        Set<String> all = new HashSet<>(connectors);
        all.addAll(particles);
        this.connectors = Set.copyOf(all);
        this.particles = Set.copyOf(particles);
        this.notName = Set.copyOf(notName);
        this.noDate = List.copyOf(noDate);
        this.months = Map.copyOf(months);
        this.editors = Set.copyOf(editors);
        this.places = Set.copyOf(places);
    }

    private static ScannerWords load() {
        List<String> lead = new ArrayList<>();
        List<String> ibid = new ArrayList<>();
        List<String> opCit = new ArrayList<>();
        List<String> also = new ArrayList<>();
        List<String> accessed = new ArrayList<>();
        List<String> translatedIn = new ArrayList<>();
        List<String> sameAuthor = new ArrayList<>();
        List<String> within = new ArrayList<>();
        Set<String> conn = new HashSet<>();
        Set<String> part = new HashSet<>();
        Set<String> notName = new HashSet<>();
        List<String> nd = new ArrayList<>();
        Map<String, Integer> months = new HashMap<>();
        Set<String> editors = new HashSet<>();
        Set<String> places = new HashSet<>();
        try (InputStream in = ScannerWords.class.getResourceAsStream("scanner-words.tsv")) {
            if (in == null) throw new IllegalStateException("missing scanner-words.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                String w = fold(f[1]);
                switch (f[0]) {
                    case "lead" -> lead.add(w);
                    case "ibid" -> ibid.add(w);
                    case "opcit" -> opCit.add(w);
                    case "notname" -> notName.add(w);
                    case "nodate" -> nd.add(w);
                    case "place" -> places.add(w);
                    case "also" -> also.add(f[1].strip());
                    case "accessed" -> accessed.add(w);
                    case "translated" -> translatedIn.add(w);
                    case "sameauthor" -> sameAuthor.add(w);
                    case "within" -> within.add(w);
                    default -> throw new IllegalStateException("unknown kind in scanner-words.tsv: " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String w : org.opis.lexicon.Connectors.all()) conn.add(fold(w));
        conn.add("/"); // "Müller / Pfisterer 2011": German notes join two authors with a slash
        for (String w : org.opis.lexicon.Particles.all()) part.add(fold(w));
        org.opis.lexicon.Months.words().forEach((w, n) -> {
            if (n <= 12) {
                months.put(fold(w), n);
                months.putIfAbsent(fold(w + "."), n);
            }
        });
        for (String w : org.opis.lexicon.Roles.in(org.opis.lexicon.Roles.NOTE).keySet()) editors.add(fold(w));
        opCit.sort(java.util.Comparator.comparingInt(String::length).reversed());
        ScannerWords w = new ScannerWords(lead, ibid, also, conn, part, notName, nd, months, editors, places);
        w.opCit.addAll(opCit);
        accessed.sort(java.util.Comparator.comparingInt(String::length).reversed());
        w.accessed.addAll(accessed);
        translatedIn.sort(java.util.Comparator.comparingInt(String::length).reversed());
        w.translatedIn.addAll(translatedIn);
        sameAuthor.sort(java.util.Comparator.comparingInt(String::length).reversed());
        w.sameAuthor.addAll(sameAuthor);
        within.sort(java.util.Comparator.comparingInt(String::length).reversed());
        w.within.addAll(within);
        return w;
    }

    static String fold(String s) {
        return UCharacter.foldCase(s, true);
    }

    /**
     * Length of the word list entry found at {@code i} of {@code s} (whole words only), or 0.
     */
    static int matchAt(List<String> words, String s, int i) {
        return matchAt(words, s, i, s.length());
    }

    /** As {@link #matchAt(List, String, int)}, looking no further than {@code limit}. */
    static int matchAt(List<String> words, String s, int i, int limit) {
        if (i > 0 && Character.isLetter(s.charAt(i - 1))) return 0;
        if (i >= limit) return 0;
        // an ASCII character folds to its lower case: words starting with another letter cannot match
        char first = s.charAt(i);
        char folded = first < 128 ? Character.toLowerCase(first) : 0;
        for (String w : words) {
            int end = i + w.length();
            if (end > limit) continue;
            if (folded != 0 && !w.isEmpty() && w.charAt(0) != folded) continue;
            int same = asciiPrefix(s, i, w);
            if (same < 0) continue;
            if (same < w.length() && !fold(s.substring(i, end)).equals(w)) continue;
            if (end < limit && Character.isLetter(s.charAt(end)) && Character.isLetter(w.charAt(w.length() - 1))) continue;
            return w.length();
        }
        return 0;
    }

    /**
     * Compares {@code s} at {@code i} with the folded word {@code w} while the text is ASCII (which
     * folds to its lower case): -1 on a difference, else how many characters agreed before a
     * non-ASCII one (whose folding is left to ICU), {@code w.length()} when all did.
     */
    private static int asciiPrefix(String s, int i, String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = s.charAt(i + k);
            if (c >= 128) return k;
            if (Character.toLowerCase(c) != w.charAt(k)) return -1;
        }
        return w.length();
    }

    /** A full date as [year, month, day] from {@code 8 July 1977}, {@code July 8, 1977} or {@code 1977-07-08}; [year] when only the year is found; empty when none. */
    int[] date(String s) {
        java.util.regex.Matcher iso = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(s);
        if (iso.find()) return new int[]{Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))};
        int year = -1;
        int month = -1;
        int day = -1;
        for (String w : s.split("[\\s,]+")) {
            if (w.isEmpty()) continue;
            if (w.chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(w);
                if (w.length() == 4) year = n;
                else if (n >= 1 && n <= 31) day = n;
            } else {
                Integer m = months.get(fold(w));
                if (m == null) m = months.get(fold(w + "."));
                if (m != null) month = m;
            }
        }
        if (year < 0) return new int[0];
        if (month < 0) return new int[]{year};
        if (day < 0) return new int[]{year, month};
        return new int[]{year, month, day};
    }
}
