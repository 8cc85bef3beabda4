package org.opis.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in .bib files. Writing: a CSL date becomes classic {@code year}/{@code month}/{@code day}
 * (a range as {@code 1971--1982}) or a biblatex ISO/EDTF {@code date} ({@code 1971/1982},
 * {@code 1961-08-15}). Reading: {@code date}, or {@code year} + {@code month} + {@code day}, become
 * CSL {@code date-parts} (a year the parser cannot read is kept as a literal date).
 */
final class BibDates {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final Pattern YEAR_RANGE = Pattern.compile("\\s*(\\d{1,4})\\s*(?:--?|\u2013|\u2014|/)\\s*(\\d{1,4})\\s*");
    private static final Pattern YEAR = Pattern.compile("\\s*(\\d{1,4})\\s*");
    private static final Pattern ISO = Pattern.compile("(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private BibDates() {
    }

    /** The date parts of a CSL-JSON date map ({@code date-parts}), each 1–3 numbers; empty when there are none. */
    static List<int[]> parts(Map<?, ?> date) {
        List<int[]> out = new ArrayList<>();
        Object dp = date.get("date-parts");
        if (!(dp instanceof List<?> list)) return out;
        for (Object part : list) {
            List<Integer> nums = new ArrayList<>();
            if (part instanceof List<?> l) {
                for (Object x : l) {
                    Integer v = number(x);
                    if (v != null) nums.add(v);
                }
            } else if (part instanceof int[] arr) {
                for (int v : arr) nums.add(v);
            }
            if (!nums.isEmpty()) out.add(nums.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private static Integer number(Object x) {
        if (x instanceof Number n) return n.intValue();
        if (x == null) return null;
        try {
            return Integer.parseInt(x.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Classic fields for a date: year (a range as {@code 1971--1982}), month macro name, day. */
    static Map<String, String> classic(Map<?, ?> date) {
        Map<String, String> f = new LinkedHashMap<>();
        List<int[]> p = parts(date);
        if (p.isEmpty()) {
            Object lit = date.get("literal") != null ? date.get("literal") : date.get("raw");
            if (lit != null) f.put("year", lit.toString());
            return f;
        }
        int[] a = p.get(0);
        if (p.size() > 1 && p.get(1)[0] != a[0]) {
            f.put("year", a[0] + "--" + p.get(1)[0]);
            return f;
        }
        f.put("year", String.valueOf(a[0]));
        if (p.size() == 1 && a.length > 1 && a[1] >= 1 && a[1] <= 12) {
            f.put("month", MONTHS[a[1] - 1]);
            if (a.length > 2) f.put("day", String.valueOf(a[2]));
        }
        return f;
    }

    /** ISO 8601 / EDTF form for biblatex: {@code 1961-08-15}, {@code 1971/1982}; empty for a literal date. */
    static Optional<String> iso(Map<?, ?> date) {
        List<int[]> p = parts(date);
        if (p.isEmpty()) return Optional.empty();
        String s = iso(p.get(0));
        if (p.size() > 1) s += "/" + iso(p.get(1));
        return Optional.of(s);
    }

    private static String iso(int[] a) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%04d", a[0]));
        if (a.length > 1) b.append(String.format(Locale.ROOT, "-%02d", a[1]));
        if (a.length > 2) b.append(String.format(Locale.ROOT, "-%02d", a[2]));
        return b.toString();
    }

    /** Literal text of a date with no parts, if any. */
    static Optional<String> literal(Map<?, ?> date) {
        if (!parts(date).isEmpty()) return Optional.empty();
        Object lit = date.get("literal") != null ? date.get("literal") : date.get("raw");
        return lit == null ? Optional.empty() : Optional.of(lit.toString());
    }

    // ---------------------------------------------------------------- reading

    /** A CSL-JSON date map from a biblatex {@code date}/{@code urldate} value; a literal date when it is not ISO/EDTF. */
    static Map<String, Object> fromIso(String value) {
        String v = value.trim();
        String[] ends = v.split("/", -1);
        List<List<Integer>> parts = new ArrayList<>();
        if (ends.length <= 2) {
            for (String e : ends) {
                Matcher m = ISO.matcher(e.trim());
                if (!m.matches()) return literalDate(v);
                List<Integer> p = new ArrayList<>();
                p.add(Integer.parseInt(m.group(1)));
                if (m.group(2) != null) p.add(Integer.parseInt(m.group(2)));
                if (m.group(3) != null) p.add(Integer.parseInt(m.group(3)));
                parts.add(p);
            }
            return Map.of("date-parts", parts);
        }
        return literalDate(v);
    }

    /** A CSL-JSON date map from classic {@code year}, {@code month}, {@code day}. */
    static Map<String, Object> fromClassic(String year, Optional<String> month, Optional<String> day) {
        Matcher r = YEAR_RANGE.matcher(year);
        if (r.matches()) {
            return Map.of("date-parts", List.of(List.of(Integer.parseInt(r.group(1))), List.of(Integer.parseInt(r.group(2)))));
        }
        Matcher y = YEAR.matcher(year);
        if (!y.matches()) return literalDate(year.trim());
        List<Integer> p = new ArrayList<>();
        p.add(Integer.parseInt(y.group(1)));
        Optional<Integer> m = month.flatMap(BibDates::month);
        if (m.isPresent()) {
            p.add(m.get());
            day.map(String::trim).filter(d -> d.matches("\\d{1,2}")).map(Integer::parseInt).ifPresent(p::add);
        }
        return Map.of("date-parts", List.of(p));
    }

    /** True when {@code month} (and {@code day}) were fully used by {@link #fromClassic}. */
    static boolean monthUnderstood(String month) {
        return month(month).isPresent();
    }

    /** A month number from {@code aug}, {@code August}, {@code 8}. */
    static Optional<Integer> month(String m) {
        String s = m.trim().toLowerCase(Locale.ROOT);
        if (s.matches("\\d{1,2}")) {
            int v = Integer.parseInt(s);
            return v >= 1 && v <= 12 ? Optional.of(v) : Optional.empty();
        }
        if (s.length() < 3) return Optional.empty();
        for (int i = 0; i < 12; i++) {
            String full = new java.text.DateFormatSymbols(Locale.ENGLISH).getMonths()[i].toLowerCase(Locale.ROOT);
            if (s.equals(MONTHS[i]) || s.equals(full) || s.equals(MONTHS[i] + ".")) return Optional.of(i + 1);
        }
        return Optional.empty();
    }

    private static Map<String, Object> literalDate(String v) {
        return Map.of("literal", v);
    }
}
