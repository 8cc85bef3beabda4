package org.opis.archival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The regional state and former party archives built from the table of regions in {@code regions.tsv}: each row
 * gives a region's genitive phrase ("Белгородской области"), its English name, the letters its archives' acronyms
 * use, and which naming pattern its state and party archives follow; the names and acronyms are made from the
 * patterns, never written one by one. A generated archive already in {@code archives.json} (same English name)
 * only lends that entry the names and acronyms it lacks.
 */
final class RegionalArchives {

    /** Naming pattern: the words before the genitive phrase, and the English words before the region's name. */
    private record Pattern(String words, String english, boolean party) {
    }

    private static final Map<String, Pattern> PATTERNS = Map.of(
            "GA", new Pattern("Государственный архив", "State Archive of", false),
            "GIA", new Pattern("Государственный исторический архив", "State Historical Archive of", false),
            "NA", new Pattern("Национальный архив", "National Archive of", false),
            "TsGA", new Pattern("Центральный государственный архив", "Central State Archive of", false),
            "GANI", new Pattern("Государственный архив новейшей истории", "State Archive of Contemporary History of", true),
            "TsDNI", new Pattern("Центр документации новейшей истории", "Centre for Documentation of Contemporary History of", true),
            "GASPI", new Pattern("Государственный архив социально-политической истории", "State Archive of Socio-Political History of", true),
            "GAOPI", new Pattern("Государственный архив общественно-политической истории", "State Archive of Public-Political History of", true),
            "GAOO", new Pattern("Государственный архив общественных объединений", "State Archive of Public Associations of", true));

    private static final String[][] TRANSLIT = {
            {"А", "A"}, {"Б", "B"}, {"В", "V"}, {"Г", "G"}, {"Д", "D"}, {"Е", "E"}, {"Ё", "E"}, {"Ж", "Zh"}, {"З", "Z"},
            {"И", "I"}, {"Й", "I"}, {"К", "K"}, {"Л", "L"}, {"М", "M"}, {"Н", "N"}, {"О", "O"}, {"П", "P"}, {"Р", "R"},
            {"С", "S"}, {"Т", "T"}, {"У", "U"}, {"Ф", "F"}, {"Х", "Kh"}, {"Ц", "Ts"}, {"Ч", "Ch"}, {"Ш", "Sh"},
            {"Щ", "Shch"}, {"Ы", "Y"}, {"Э", "E"}, {"Ю", "Iu"}, {"Я", "Ia"}};

    private RegionalArchives() {
    }

    /** One row of the table. */
    record Region(String country, String kind, String genitive, String english, String letters, String state,
                  String party, String source) {
    }

    /** The rows of {@code regions.tsv}. */
    static List<Region> regions() {
        List<Region> out = new ArrayList<>();
        try (InputStream in = RegionalArchives.class.getResourceAsStream("regions.tsv")) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 8) throw new IllegalStateException("regions.tsv: 8 columns expected: " + line);
                out.add(new Region(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read regions.tsv", e);
        }
        return out;
    }

    /** The archives the table generates (before merging with the registry). */
    static List<ArchiveEntry> generated() {
        List<ArchiveEntry> out = new ArrayList<>();
        for (Region g : regions()) {
            if (!g.state().equals("-")) out.add(make(g, g.state().equals("auto") ? "GA:" + auto(g) : g.state()));
            if (!g.party().equals("-")) out.add(make(g, g.party()));
        }
        return out;
    }

    /** ГА + letters + О (oblast) or К (krai). */
    static String auto(Region g) {
        if (g.letters().equals("-") || !(g.kind().equals("oblast") || g.kind().equals("krai"))) {
            throw new IllegalStateException("regions.tsv: no automatic acronym for " + g.genitive());
        }
        return "ГА" + g.letters() + (g.kind().equals("oblast") ? "О" : "К");
    }

    private static ArchiveEntry make(Region g, String spec) {
        int colon = spec.indexOf(':');
        Pattern p = PATTERNS.get(spec.substring(0, colon));
        if (p == null) throw new IllegalStateException("regions.tsv: unknown pattern in " + spec);
        List<String> cyr = new ArrayList<>(), lat = new ArrayList<>();
        String acronyms = spec.substring(colon + 1).strip();
        if (!acronyms.equals("-")) {  // "GA:-": the name only (a Russian name of an archive registered under another)
            for (String a : acronyms.split(",")) {
                cyr.add(a.strip());
                lat.add(latin(a.strip()));
            }
        }
        String english = p.english() + " " + g.english() + (p.party() ? " (former party archive)" : "");
        String region = g.english().replaceAll("^the ", "").split("[ –-]")[0];
        return new ArchiveEntry((lat.isEmpty() ? spec.substring(0, colon) : lat.get(0)) + "-" + region, lat, cyr,
                List.of(p.words() + " " + g.genitive()), english, List.of(), g.country(), "ru", false, List.of(), status(g), false);
    }

    /** S when the row's source says a page showing the archive's official name was read ("[S: …]"), else U. */
    static String status(Region g) {
        return g.source().contains("[S:") ? "S" : "U";
    }

    /** The Latin form of a Cyrillic acronym (Library of Congress letters, case kept: ГАВлО → GAVlO). */
    static String latin(String cyrillic) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cyrillic.length(); i++) {
            String c = String.valueOf(cyrillic.charAt(i));
            String up = c.toUpperCase(Locale.ROOT);
            String t = null;
            for (String[] x : TRANSLIT) if (x[0].equals(up)) t = x[1];
            if (t == null) sb.append(c);
            else sb.append(c.equals(up) ? t : t.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** The registry's entries extended by the table: new archives added, known ones given the names and acronyms they lack. */
    static List<ArchiveEntry> extend(List<ArchiveEntry> registry) {
        Map<String, ArchiveEntry> byEnglish = new LinkedHashMap<>();
        for (ArchiveEntry e : registry) byEnglish.putIfAbsent(e.english().toLowerCase(Locale.ROOT).replace(" (former party archive)", ""), e);
        List<ArchiveEntry> out = new ArrayList<>(registry);
        Set<String> ids = new HashSet<>();
        for (ArchiveEntry e : registry) ids.add(e.id());
        // an acronym another country's archive already uses is not lent to a generated one (НА РА = NA RA must
        // not make NARA ambiguous); clashes between regions of one country are real and kept
        Map<String, Set<String>> countries = new LinkedHashMap<>();
        for (ArchiveEntry e : registry) {
            for (String a : e.latin()) countries.computeIfAbsent(ArchiveRegistry.acronymKey(a), k -> new HashSet<>()).add(e.country());
            for (String a : e.cyrillic()) countries.computeIfAbsent(ArchiveRegistry.acronymKey(a), k -> new HashSet<>()).add(e.country());
        }
        for (ArchiveEntry raw : generated()) {
            ArchiveEntry g = new ArchiveEntry(raw.id(), own(raw.latin(), raw.country(), countries), own(raw.cyrillic(), raw.country(), countries),
                    raw.names(), raw.english(), raw.former(), raw.country(), raw.scheme(), false, raw.fonds(), raw.status(), false);
            String key = g.english().toLowerCase(Locale.ROOT).replace(" (former party archive)", "");
            ArchiveEntry known = byEnglish.get(key);
            if (known != null) {
                ArchiveEntry m = merged(known, g);
                out.set(out.indexOf(known), m);
                byEnglish.put(key, m);
                continue;
            }
            String id = g.id();
            for (int n = 2; ids.contains(id); n++) id = g.id() + "-" + n;
            ids.add(id);
            out.add(new ArchiveEntry(id, g.latin(), g.cyrillic(), g.names(), g.english(), g.former(), g.country(), g.scheme(),
                    false, g.fonds(), g.status(), false));
        }
        return out;
    }

    private static List<String> own(List<String> acronyms, String country, Map<String, Set<String>> countries) {
        List<String> out = new ArrayList<>();
        for (String a : acronyms) {
            Set<String> c = countries.get(ArchiveRegistry.acronymKey(a));
            if (c == null || c.contains(country)) out.add(a);
        }
        return out;
    }

    private static ArchiveEntry merged(ArchiveEntry known, ArchiveEntry g) {
        return new ArchiveEntry(known.id(), union(known.latin(), g.latin()), union(known.cyrillic(), g.cyrillic()),
                union(known.names(), g.names()), known.english(), known.former(), known.country(), known.scheme(),
                known.papka(), known.fonds(), known.status(), known.declared());
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        for (String x : b) if (out.stream().noneMatch(y -> ArchiveRegistry.acronymKey(y).equals(ArchiveRegistry.acronymKey(x)))) out.add(x);
        return out;
    }
}
