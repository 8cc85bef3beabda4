package org.opis.bibtex;

import de.undercouch.citeproc.bibtex.NameParser;
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
 * each name with citeproc-java's BibTeX name grammar ({@link NameParser}).
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
            CSLName[] parsed = NameParser.parse(withGroups);
            if (parsed.length != 1 || parsed[0].getLiteral() != null && !wholeGroup(withGroups)) {
                out.add(new Parsed(new CSLNameBuilder().literal(strip(withGroups)).build(),
                        Optional.of("the name could not be read as 'Family, Given'; kept whole")));
                continue;
            }
            CSLName n = parsed[0];
            out.add(new Parsed(new CSLNameBuilder()
                    .family(strip(n.getFamily())).given(strip(n.getGiven()))
                    .nonDroppingParticle(strip(n.getNonDroppingParticle()))
                    .droppingParticle(strip(n.getDroppingParticle()))
                    .suffix(strip(n.getSuffix()))
                    .literal(strip(n.getLiteral()))
                    .build(), Optional.empty()));
        }
        return out;
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
