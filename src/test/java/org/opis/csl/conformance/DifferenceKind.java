package org.opis.csl.conformance;

import java.util.Locale;

/**
 * A coarse kind of one difference between opis's line and citeproc-js's (an {@link Agreement}
 * difference: label, "opis:" line, "citeproc-js:" line), for the corpus reports: what is left once
 * markup, letter case, punctuation or spacing are set aside.
 */
final class DifferenceKind {

    private DifferenceKind() {
    }

    static String of(String difference) {
        String[] lines = difference.split("\n");
        if (lines.length < 3) return "other";
        String a = lines[1].replaceFirst("^\\s*opis:\\s*", "");
        String b = lines[2].replaceFirst("^\\s*citeproc-js:\\s*", "");
        if (a.equals("(no entry)") || b.equals("(no entry)") || a.isEmpty() || b.isEmpty()) return "missing line";
        String ta = text(a);
        String tb = text(b);
        if (ta.equals(tb)) return "markup only (same text)";
        if (ta.toLowerCase(Locale.ROOT).equals(tb.toLowerCase(Locale.ROOT))) return "letter case only";
        if (bare(ta).equals(bare(tb))) return "punctuation or spacing only";
        if (bare(ta).toLowerCase(Locale.ROOT).equals(bare(tb).toLowerCase(Locale.ROOT))) return "case and punctuation only";
        if (ta.contains("[CSL STYLE ERROR") || tb.contains("[CSL STYLE ERROR")) return "citeproc-js style error";
        return "words differ";
    }

    /** The text of an HTML line: tags removed, the five XML entities read. */
    static String text(String s) {
        return s.replaceAll("<[^>]+>", "").replace("&#38;", "&").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#160;", "\u00A0")
                .replaceAll("\\s+", " ").strip();
    }

    static String bare(String s) {
        return s.replaceAll("[\\p{P}\\p{Z}\\s]+", "");
    }
}
