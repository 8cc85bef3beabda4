package org.opis.bibtex;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Name lists in .bib files: {@code Family, Given and …} out of CSL names, with literal and
 * corporate names protected by braces ({@code {Hồ Chí Minh}}, {@code {History and Public Policy
 * Program, Woodrow Wilson Center}}); and back, splitting on {@code and} outside braces and reading
 * each name the way bibtex does (First von Last / von Last, Jr, First). citeproc-java's
 * NameParser is not used: it cuts {@code D'Amato} to {@code D} and gives up on {@code {al-Hakim}, Tawfiq}.
 */
final class BibNames {

    private BibNames() {
    }

    /** Writes CSL names (as CSL-JSON maps) as a .bib name list. */
    static String format(List<?> names, LaTeX latex, Flavour flavour) {
        List<String> out = new ArrayList<>();
        for (Object o : names) {
            if (!(o instanceof Map<?, ?> n)) continue;
            String literal = str(n, "literal");
            String family = str(n, "family");
            String given = str(n, "given");
            if (!literal.isEmpty() || family.isEmpty() && !given.isEmpty()) {
                String whole = literal.isEmpty() ? given : literal;
                out.add(whole.equals("others") ? "others" : "{" + latex.encode(whole, flavour) + "}");
                continue;
            }
            if (family.isEmpty()) continue;
            String ndp = str(n, "non-dropping-particle");
            String dp = str(n, "dropping-particle");
            String suffix = str(n, "suffix");
            String fam = latex.encode(family, flavour);
            if (family.contains(",") || family.matches("(?s).*\\s[Aa][Nn][Dd]\\s.*") || startsLower(family) && ndp.isEmpty()) {
                fam = "{" + fam + "}";
            }
            String last = ndp.isEmpty() ? fam : latex.encode(ndp, flavour) + " " + fam;
            String first = (given + (dp.isEmpty() ? "" : " " + dp)).trim();
            StringBuilder b = new StringBuilder(last);
            if (!suffix.isEmpty()) b.append(", ").append(latex.encode(suffix, flavour));
            if (!first.isEmpty()) b.append(", ").append(latex.encode(first, flavour));
            else if (!suffix.isEmpty()) b.append(", ");
            out.add(b.toString());
        }
        return String.join(" and ", out);
    }

    private static boolean startsLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    private static String str(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString().trim();
    }

    /** A name read from a .bib name list; {@code problem} is set when the name had to be kept whole. */
    record Parsed(CSLName name, Optional<String> problem) {
    }

    /** Reads a raw (LaTeX) name list into CSL names. */
    static List<Parsed> parse(String raw, LaTeX latex) {
        List<Parsed> out = new ArrayList<>();
        for (String part : split(raw)) {
            String p = part.trim();
            if (p.isEmpty()) {
                out.add(new Parsed(new CSLNameBuilder().literal("").build(), Optional.of("an empty name (a doubled or trailing 'and')")));
                continue;
            }
            if (p.equals("others")) {
                out.add(new Parsed(new CSLNameBuilder().literal("others").build(), Optional.empty()));
                continue;
            }
            if (wholeGroup(p)) {
                String lit = latex.decode(p.substring(1, p.length() - 1)).text();
                out.add(new Parsed(new CSLNameBuilder().literal(lit).build(), Optional.empty()));
                continue;
            }
            String withGroups = latex.decode(p, true).text().replace('\u00A0', ' ');
            out.add(new Parsed(split3(withGroups), Optional.empty()));
        }
        return out;
    }

    /**
     * BibTeX's own reading of one name (as in "Tame the BeaST"): {@code First von Last},
     * {@code von Last, First} or {@code von Last, Jr, First}; the von part is the run of words that
     * start with a lower-case letter; words in braces count as upper-case and keep their spaces.
     */
    static CSLName split3(String name) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth = Math.max(0, depth - 1);
            else if (c == ',' && depth == 0) {
                parts.add(name.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(name.substring(start).trim());
        List<String> first;
        List<String> vonLast;
        String jr = null;
        if (parts.size() == 1) {
            List<String> w = words(parts.get(0));
            // First von Last: von starts at the first lower-case word that is not the last word
            int von = -1;
            for (int i = 0; i < w.size() - 1; i++) {
                if (lower(w.get(i))) {
                    von = i;
                    break;
                }
            }
            if (von < 0) {
                first = w.isEmpty() ? List.of() : w.subList(0, w.size() - 1);
                vonLast = w.isEmpty() ? List.of() : w.subList(w.size() - 1, w.size());
            } else {
                first = w.subList(0, von);
                vonLast = w.subList(von, w.size());
            }
        } else {
            vonLast = words(parts.get(0));
            if (parts.size() == 2) {
                first = words(parts.get(1));
            } else {
                jr = parts.get(1);
                first = words(String.join(", ", parts.subList(2, parts.size())));
            }
        }
        // von = the longest run of leading lower-case words, leaving at least one word for Last
        int lastVon = -1;
        for (int i = 0; i < vonLast.size() - 1; i++) {
            if (lower(vonLast.get(i))) lastVon = i;
        }
        String von = lastVon < 0 ? null : String.join(" ", vonLast.subList(0, lastVon + 1));
        String last = String.join(" ", vonLast.subList(lastVon + 1, vonLast.size()));
        CSLNameBuilder b = new CSLNameBuilder().family(strip(last)).given(strip(String.join(" ", first)))
                .nonDroppingParticle(strip(von)).suffix(strip(jr));
        return b.build();
    }

    private static List<String> words(String s) {
        List<String> w = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth = Math.max(0, depth - 1);
            if (depth == 0 && Character.isWhitespace(c)) {
                if (cur.length() > 0) w.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) w.add(cur.toString());
        return w;
    }

    /** A word starting (outside braces) with a lower-case letter; a leading brace group counts as upper-case. */
    private static boolean lower(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (cp == '{') return false;
            if (Character.isLetter(cp)) return Character.isLowerCase(cp);
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String strip(String s) {
        if (s == null) return null;
        String t = s.replace("{", "").replace("}", "").trim();
        return t.isEmpty() ? null : t;
    }

    private static boolean wholeGroup(String p) {
        if (p.length() < 2 || p.charAt(0) != '{' || p.charAt(p.length() - 1) != '}') return false;
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0 && i < p.length() - 1) return false;
        }
        return depth == 0 && !(p.length() > 2 && p.charAt(1) == '\\');
    }

    /** Splits a name list on the word {@code and} outside braces. */
    static List<String> split(String raw) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}') depth = Math.max(0, depth - 1);
            else if (depth == 0 && Character.isWhitespace(c) && i + 4 < n
                    && (raw.charAt(i + 1) == 'a' || raw.charAt(i + 1) == 'A')
                    && (raw.charAt(i + 2) == 'n' || raw.charAt(i + 2) == 'N')
                    && (raw.charAt(i + 3) == 'd' || raw.charAt(i + 3) == 'D')
                    && Character.isWhitespace(raw.charAt(i + 4))) {
                parts.add(raw.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(raw.substring(start));
        return parts;
    }
}
