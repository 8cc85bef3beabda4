package org.opis.archival;

import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levelsOf;
import static org.opis.archival.ArchivalFixtures.tsv;

/**
 * How far the engine agrees with the hand labels of every real archival citation string kept in the
 * test resources (corpus.tsv, real-citations.tsv, real-citations-r9.tsv, real-citations-r10.tsv, real-citations-r11.tsv, real-citations-r12.tsv, real-citations-r13.tsv, real-citations-r14.tsv, real-citations-r16.tsv, real-citations-r17.tsv, real-citations-r18.tsv, real-citations-r19.tsv, real-citations-r20.tsv, real-citations-r21.tsv, real-citations-r22.tsv, real-citations-r23.tsv, real-citations-r24.tsv, real-citations-r25.tsv, real-citations-r26.tsv, real-citations-r27.tsv, real-citations-r28.tsv, real-citations-r29.tsv, and the real rows of other-schemes.tsv): valid or
 * invalid, and the exact levels; per scheme, as the README's table shows it (run
 * {@code mvn -q -o test -Dtest=AgreementTest} to print the table).
 */
class AgreementTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    /** One hand-labelled real string. */
    record Labelled(String id, String citation, String scheme, boolean valid, String archive, String levels, String source, String ante,
                    boolean limitation) {
    }

    /** The finding codes that are errors (a property of each rule, not of any reading). */
    private static Set<String> errorCodes() {
        Set<String> s = new HashSet<>();
        for (ArchivalRule r : ArchivalRule.all()) if (r.severity() == Severity.ERROR) s.add(r.code().replace("archival/", ""));
        return s;
    }

    List<Labelled> all() {
        List<Labelled> out = new ArrayList<>();
        for (String[] f : tsv("corpus.tsv")) {
            assertEquals(9, f.length, String.join(" | ", f));
            assertTrue(f[3].equals("valid") || f[3].equals("invalid"), f[0]);
            out.add(new Labelled(f[0], f[1], f[2], f[3].equals("valid"), f[5], f[6], f[7], "-", false));
        }
        Set<String> errors = errorCodes();
        for (String[] f : tsv("real-citations.tsv")) {
            boolean valid = true;
            if (!f[6].equals("clean")) for (String c : f[6].split(",")) valid &= !errors.contains(c.strip());
            String scheme = engine.registry().byId(f[4]).map(ArchiveEntry::scheme).orElse("ru");
            out.add(new Labelled(f[0], f[1], scheme, valid, f[4], f[5], f[2], f[3], f[7].startsWith("known-limitation")));
        }
        for (String[] f : tsv("real-citations-r9.tsv")) {
            assertEquals(10, f.length, String.join(" | ", f));
            assertTrue(f[3].equals("valid") || f[3].equals("invalid"), f[0]);
            out.add(new Labelled(f[0], f[1], f[2], f[3].equals("valid"), f[5], f[6], f[7], f[9], false));
        }
        for (String[] f : tsv("real-citations-r10.tsv")) {
            assertEquals(10, f.length, String.join(" | ", f));
            assertTrue(f[3].equals("valid") || f[3].equals("invalid"), f[0]);
            out.add(new Labelled(f[0], f[1], f[2], f[3].equals("valid"), f[5], f[6], f[7], f[9], false));
        }
        for (String[] f : tsv("real-citations-r11.tsv")) {
            assertEquals(10, f.length, String.join(" | ", f));
            assertTrue(f[3].equals("valid") || f[3].equals("invalid"), f[0]);
            out.add(new Labelled(f[0], f[1], f[2], f[3].equals("valid"), f[5], f[6], f[7], f[9], false));
        }
        for (String[] f : tsv("real-citations-r12.tsv")) {
            assertEquals(10, f.length, String.join(" | ", f));
            assertTrue(f[3].equals("valid") || f[3].equals("invalid"), f[0]);
            out.add(new Labelled(f[0], f[1], f[2], f[3].equals("valid"), f[5], f[6], f[7], f[9], false));
        }
        for (String[] f : tsv("real-citations-r13.tsv")) {
            assertEquals(10, f.length, String.join(" | ", f));
            assertTrue(f[3].equals("valid") || f[3].equals("invalid"), f[0]);
            out.add(new Labelled(f[0], f[1], f[2], f[3].equals("valid"), f[5], f[6], f[7], f[9], false));
        }
        for (String[] f : tsv("real-citations-r14.tsv")) {
            assertEquals(10, f.length, String.join(" | ", f));
            assertTrue(f[3].equals("valid") || f[3].equals("invalid"), f[0]);
            out.add(new Labelled(f[0], f[1], f[2], f[3].equals("valid"), f[5], f[6], f[7], f[9], false));
        }
        for (String file : List.of("real-citations-r16.tsv", "real-citations-r17.tsv", "real-citations-r18.tsv", "real-citations-r19.tsv", "real-citations-r20.tsv", "real-citations-r21.tsv", "real-citations-r22.tsv", "real-citations-r23.tsv", "real-citations-r24.tsv", "real-citations-r25.tsv", "real-citations-r26.tsv", "real-citations-r27.tsv", "real-citations-r28.tsv", "real-citations-r29.tsv")) for (String[] f : tsv(file)) {
            assertEquals(10, f.length, String.join(" | ", f));
            assertTrue(f[3].equals("valid") || f[3].equals("invalid"), f[0]);
            out.add(new Labelled(f[0], f[1], f[2], f[3].equals("valid"), f[5], f[6], f[7], f[9], f[4].startsWith("known limitation")));
        }
        for (String[] f : tsv("other-schemes.tsv")) {
            if (f[7].startsWith("ok [U]")) continue; // constructed forms are not real strings
            boolean valid = true;
            if (!f[5].equals("clean")) for (String c : f[5].split(",")) valid &= !errors.contains(c.strip());
            String scheme = engine.registry().byId(f[3]).map(ArchiveEntry::scheme).orElse("?");
            out.add(new Labelled(f[0], f[1], scheme, valid, f[3], f[4], f[2], "-", f[7].startsWith("known-limitation")));
        }
        return out;
    }

    private ArchivalCitation read(Map<String, Labelled> byId, Labelled r) {
        if (r.ante().equals("-")) return engine.parse(r.citation());
        return engine.continueFrom(read(byId, byId.get(r.ante())), r.citation());
    }

    /** Per scheme: strings, valid/invalid agreements, exact-level agreements. */
    Map<String, int[]> table(List<String> disagreements) {
        List<Labelled> rows = all();
        Map<String, Labelled> byId = new LinkedHashMap<>();
        for (Labelled r : rows) byId.put(r.id(), r);
        Map<String, int[]> t = new TreeMap<>();
        for (Labelled r : rows) {
            ArchivalCitation c = read(byId, r);
            int[] x = t.computeIfAbsent(r.scheme(), k -> new int[3]);
            x[0]++;
            if (c.valid() == r.valid()) x[1]++;
            else disagreements.add(r.id() + " validity: expected " + (r.valid() ? "valid" : "invalid") + ", got " + c.diagnostics() + "  " + r.citation());
            // values are compared in their normal form (a hyphen between digits is an en dash)
            if (levelsOf(c).equals(r.levels().replaceAll("(\\d)-(\\d)", "$1–$2")) || levelsOf(c).equals(r.levels())) x[2]++;
            else disagreements.add(r.id() + " levels: expected " + r.levels() + ", got " + levelsOf(c) + "  " + r.citation());
        }
        return t;
    }

    @Test
    void theEngineAgreesWithTheHandLabels() {
        List<String> bad = new ArrayList<>();
        Map<String, int[]> t = table(bad);
        int n = 0, v = 0, l = 0;
        StringBuilder sb = new StringBuilder("| scheme | strings | valid/invalid agree | exact levels |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, int[]> e : t.entrySet()) {
            int[] x = e.getValue();
            n += x[0];
            v += x[1];
            l += x[2];
            sb.append(String.format("| %s | %d | %d (%.1f%%) | %d (%.1f%%) |%n", e.getKey(), x[0], x[1], 100.0 * x[1] / x[0], x[2], 100.0 * x[2] / x[0]));
        }
        sb.append(String.format("| **all** | %d | %d (%.1f%%) | %d (%.1f%%) |%n", n, v, 100.0 * v / n, l, 100.0 * l / n));
        System.out.println(sb);
        bad.forEach(System.out::println);
        // round 23b: 817 and 789 (the Kraków collection named first is the fond, r23-27 and r23-28; the locative archive, r23-34)
        // floors at the figures measured in round 23 (816/842 and 786/842: round 22's 777 and 752 on the 802 older strings,
        // unchanged, and 39 and 34 on the 40 strings of real-citations-r23.tsv, whose first 34 were 17 and 12 before the
        // round's changes), so that no change may lower them
        // round 24: 885, 860 and 828 (the 43 strings of real-citations-r24.tsv 42 and 38; its first 41, 32 and 25 before the
        // round's changes; the older 842 818 and 790, r18-12 'CHUR 2/40A-B' read since the Churchill Archives Centre's codes
        // are known)
        // round 25: 925, 893 and 855 (the 40 strings of real-citations-r25.tsv 33 and 27; 21 and 12 before the round's
        // changes, counted on the labels as corrected after the first run; the older 885 unchanged, 860 and 828)
        // round 26: 959, 927 and 888 (the 34 strings of real-citations-r26.tsv 32 and 32; 17 and 10 before the round's
        // changes, each batch measured before the changes it led to, the third a held-out test of the NAA scheme: 5 and 4
        // before the former name AA, consignment numbers and capital Roman parts were added; the older 925 893 -> 895 and
        // 855 -> 856: r25-3 '[MOL M-KS 288-5 908. őe.]' read, r19-24's archive found after the place named first; no other
        // line changed)
        // round 27: 988, 955 and 908 (the 29 strings of real-citations-r27.tsv 27 and 19; 10 and 2 before the round's
        // changes, labelled before the engine read them; the older 959: 927 -> 928 and 888 -> 889, r25-2's national
        // reference code 'AAN 2/1587/5.1/127/48/k. 26-33' read; one other line changed, the TsDA row whose
        // '(hereafter TsDA)' now names its archive, still invalid for its order)
        // round 28: 1018, 983 and 932 (the 30 strings of real-citations-r28.tsv 28 and 24; before the round's changes, each
        // batch labelled and committed before the engine read it: r28-1..21 13 and 5, r28-22..30 0 and 6; the older 988
        // unchanged, 955 and 908)
        // round 28, fourth batch (r28-31..35, labelled before the engine read them: 4 and 2; after a one-capital fond prefix
        // is read as a prefix, 'F. I-77', 4 and 3): 1023, 987 and 935
        // round 28, fifth batch (r28-36..40, labelled before the engine read them: 0 and 0; after a Dutch ISIL code names
        // its archive and an access number with its name reads as the access number, 4 and 3): 1028, 991 and 938
        // round 29: 1068, 1029 and 969 (the 40 strings of real-citations-r29.tsv, labelled and committed before the engine
        // read them, 38 and 31; before the round's changes 12 and 6 on the labels as first written, 14 and 6 on the labels as
        // corrected after the first run (r29-15, r29-16, r29-24, r29-25 invalid by the scheme's label-typo and
        // mixed-separators conventions); the older 1,028 unchanged, 991 and 938, the same disagreement lines)
        assertTrue(n >= 1068, "real strings: " + n);
        assertTrue(v >= 1029, "valid/invalid agreement " + v + "/" + n);
        assertTrue(l >= 969, "exact levels " + l + "/" + n);
    }

    @Test
    void noCorrectCitationOfAnUnregisteredArchiveIsAnError() {
        for (Labelled r : all()) {
            // (rows recorded as known limitations of the level reader are left out: their error is not about the archive)
            if (!r.archive().equals("?") || !r.valid() || !r.ante().equals("-") || r.limitation()) continue;
            ArchivalCitation c = engine.parse(r.citation());
            assertTrue(c.valid(), r.id() + " " + r.citation() + " " + c.diagnostics());
        }
    }

    @Test
    void everyProposedFixRemovesItsFindingAndAddsNoError() {
        List<String> bad = new ArrayList<>();
        for (Labelled r : all()) {
            // (rows recorded as known limitations are left out: their fixes repair a misreading, not the citation)
            if (!r.ante().equals("-") || r.limitation()) continue;
            ArchivalCitation c = engine.parse(r.citation());
            Set<String> before = new HashSet<>();
            for (Diagnostic d : c.diagnostics()) if (d.isError()) before.add(d.code());
            for (Diagnostic d : c.diagnostics()) {
                if (d.fix().isEmpty()) continue;
                ArchivalCitation fixed = engine.parse(d.fix().get());
                long same = fixed.diagnostics().stream().filter(x -> x.code().equals(d.code())).count();
                long was = c.diagnostics().stream().filter(x -> x.code().equals(d.code())).count();
                if (same >= was) bad.add(r.id() + " " + d.code() + " fix keeps its finding: " + d.fix().get());
                for (Diagnostic x : fixed.diagnostics()) {
                    if (x.isError() && !before.contains(x.code())) bad.add(r.id() + " " + d.code() + " fix adds " + x.code() + ": " + d.fix().get());
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theRealStringsComeFromManyPublicationsAndSchemes() {
        List<Labelled> rows = all();
        Set<String> sources = new HashSet<>(), schemes = new HashSet<>(), countries = new HashSet<>();
        for (Labelled r : rows) {
            sources.add(r.source().replaceAll(" (line|footnote|\\().*$", "").replaceAll(" docs/.*$", "").replaceAll("@[0-9a-f]+", ""));
            schemes.add(r.scheme());
            engine.registry().byId(r.archive()).ifPresent(e -> countries.add(e.country()));
        }
        System.out.println("real strings " + rows.size() + ", sources " + sources.size() + ", schemes " + schemes.size() + " " + schemes + ", countries " + countries);
        assertTrue(sources.size() >= 25, "sources: " + sources.size());
        assertTrue(schemes.size() >= 18, "schemes: " + schemes);
    }
}
