package org.opis.names;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.opis.lexicon.Connectors;
import org.opis.lexicon.Roles;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names at the head of a reference ({@code Bovin, A.E.}, {@code Konoreva, I.A., and Igor
 * N. Selivanov}, {@code Malile, Reis, and Zhou Enlai}, {@code Иванов И.И., Петров П.П.}) into CSL
 * names. Vietnamese names ({@code Hồ Chí Minh}) and bodies ({@code History and Public Policy
 * Program, Woodrow Wilson Center}) are kept whole as literal names, so a style prints them as
 * written; Chinese names in pinyin are read family name first. The word lists it relies on
 * (Vietnamese and Chinese family names, words marking a body, particles, role markers) are data
 * files in {@code org/opis/names/}.
 */
public final class NameParser {

    private static final Set<String> CHINESE = load("chinese-surnames.txt");
    private static final Set<String> CORPORATE;
    private static final Set<String> PARTICLES = org.opis.lexicon.Particles.all();
    private static final Map<String, String> ROLES;

    private static final Pattern NO_DATE = Pattern.compile("[.,]?\\s(?:n\\.\\s?d|s\\.\\s?d|o\\.\\s?J|б\\.\\s?г)\\.?$");
    private static final Pattern ET_AL = Pattern.compile("(?:,\\s?|\\s)(?:" + Connectors.alternation(Connectors.ET_AL) + ")\\s?$");
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
    /**
     * Where a list of names divides: a connector ({@code and}, {@code und}, {@code и}), a semicolon, or a slash before a
     * capital, as German and Central European humanities lists join names ({@code Bausch, Karl-Richard/Gauger, Hans-Martin},
     * {@code Sabine Fiedler/Haitao Liu}).
     */
    private static final Pattern AND = Pattern.compile(
            "\\s*,?\\s+(?:" + Connectors.alternation(Connectors.AND) + ")\\s+|\\s*;\\s*|\\s*,\\s*(?=(?:" + Connectors.alternation(Connectors.AND) + ")\\s)"
                    + "|\\s*/\\s*(?=\\p{Lu})");
    private static final Pattern PINYIN = Pattern.compile(
            "(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v|n)){1,4}",
            Pattern.CASE_INSENSITIVE);
    /** Letters used only in Vietnamese among Latin alphabets (horn, breve, stroke d, the tone-marked vowels of Latin Extended Additional). */

    // compiled once (String.split/replaceAll with these compiled them on every call); the same splits
    private static final Pattern COMMA_SPLIT = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACES_SPLIT = Pattern.compile("\\s+");
    private static final Pattern HYPHEN_SPLIT = Pattern.compile("[-'’]");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,.;:()]+");

    static {
        Set<String> corp = new java.util.HashSet<>();
        for (String c : load("corporate-words.txt")) corp.add(c.toLowerCase(Locale.ROOT));
        CORPORATE = Set.copyOf(corp);
        ROLES = Roles.in(Roles.LIST);
    }

    private NameParser() {
    }

    /**
     * Parses a name list as written before a title. A role marker at its end ({@code ed.},
     * {@code eds.}, {@code red.}, {@code trans.} …) makes them editors or translators.
     */
    public static NameList parseList(String block) {
        String s = block.strip();
        String role = "author";
        String lower = s.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : ROLES.entrySet()) {
            String m = e.getKey();
            if (endsWithAfter(lower, m, ' ') || endsWithAfter(lower, m, ',')) {
                String head = s.substring(0, s.length() - m.length()).strip();
                if (head.endsWith(",")) head = head.substring(0, head.length() - 1).strip();
                if (!head.isEmpty()) {
                    s = head;
                    role = e.getValue();
                    break;
                }
            }
        }
        return new NameList(parseNames(s), role);
    }

    /** {@code s.endsWith(c + m)}, without making the string. */
    private static boolean endsWithAfter(String s, String m, char c) {
        int at = s.length() - m.length() - 1;
        return at >= 0 && s.charAt(at) == c && s.endsWith(m);
    }

    /** Parses names (without a role marker) into CSL names, in order. */
    public static List<CSLName> parseNames(String block) {
        String s = block.strip();
        // "et al." / "и др." close a list whose other names are not given: the named ones are kept
        Matcher etal = ET_AL.matcher(s);
        if (etal.find()) s = s.substring(0, etal.start()).strip();
        // "n.d." (no date) written where an author-date entry's year stands is not part of the last name
        s = NO_DATE.matcher(s).replaceFirst("");
        s = trimEnd(s);
        List<CSLName> out = new ArrayList<>();
        if (s.isEmpty()) return out;
        if (isCorporate(s) && !invertedPerson(s)) {
            out.add(new CSLNameBuilder().literal(s).build());
            return out;
        }
        for (String part : AND.split(s)) {
            part = part.strip();
            if (part.isEmpty()) continue;
            if (part.indexOf(',') < 0) {
                out.add(natural(part));
                continue;
            }
            String[] segs = COMMA_SPLIT.split(part);
            if (readingOrderList(segs)) {
                for (String seg : segs) out.add(natural(seg.strip()));
                continue;
            }
            int i = 0;
            while (i < segs.length) {
                String seg = segs[i].strip();
                if (seg.isEmpty()) {
                    i++;
                    continue;
                }
                if (i + 1 < segs.length && looksLikeFamily(seg) && looksLikeGiven(segs[i + 1].strip())) {
                    CSLName n = inverted(seg, segs[i + 1].strip());
                    i += 2;
                    // "Czap, Peter, Jr." — a generational suffix after the given names
                    if (i < segs.length && SUFFIXES.contains(segs[i].strip())) {
                        n = new CSLNameBuilder().family(n.getFamily()).given(n.getGiven())
                                .nonDroppingParticle(n.getNonDroppingParticle()).suffix(segs[i].strip()).build();
                        i++;
                    }
                    out.add(n);
                } else {
                    out.add(natural(seg));
                    i++;
                }
            }
        }
        return out;
    }

    /** Parses one name written family first with a comma: {@code Bovin, A.E.}. */
    public static CSLName inverted(String family, String given) {
        CSLNameBuilder b = new CSLNameBuilder();
        String[] ft = SPACES_SPLIT.split(family);
        int k = 0;
        StringBuilder particle = new StringBuilder();
        while (k < ft.length - 1 && PARTICLES.contains(ft[k])) {
            if (particle.length() > 0) particle.append(' ');
            particle.append(ft[k++]);
        }
        if (particle.length() > 0) b.nonDroppingParticle(particle.toString());
        b.family(String.join(" ", java.util.Arrays.copyOfRange(ft, k, ft.length)));
        if (!given.isEmpty()) b.given(given);
        return b.build();
    }

    /** Parses one name written without a comma: {@code Igor N. Selivanov}, {@code Иванов И.И.}, {@code Zhou Enlai}, {@code Hồ Chí Minh}. */
    public static CSLName natural(String name) {
        String s = name.strip();
        String[] t = SPACES_SPLIT.split(s);
        if (VietnameseNames.is(t, s) || isCorporate(s)) return new CSLNameBuilder().literal(s).build();
        if (t.length == 1) return new CSLNameBuilder().family(t[0]).build();
        // a two-word Vietnamese name is family first: "Lâm Giang", "Lê Thông", "Đông Hồ"
        if (t.length == 2 && VietnameseNames.twoWords(t, s)) return new CSLNameBuilder().family(t[0]).given(t[1]).build();
        if (t.length == 2 && CHINESE.contains(t[0]) && isPinyin(t[1])) {
            return new CSLNameBuilder().family(t[0]).given(t[1]).build();
        }
        // a Hungarian name is family first: "Kovács János", "Szabó Magdolna", with a middle initial "Rainer M. János"
        if (t.length == 2 && org.opis.lexicon.FamilyFirstNames.familyFirst(t[0], t[1])) {
            return new CSLNameBuilder().family(t[0]).given(t[1]).build();
        }
        if (t.length == 3 && isInitial(t[1]) && org.opis.lexicon.FamilyFirstNames.familyFirst(t[0], t[2])) {
            return new CSLNameBuilder().family(t[0]).given(t[2] + " " + t[1]).build();
        }
        CSLName caps = capitalisedFamily(t);
        if (caps != null) return caps;
        // Family name then initials (GOST, many Slavic lists): Иванов И.И., Ivanov I. I.
        if (!isInitial(t[0]) && allInitials(t, 1, t.length)) {
            return new CSLNameBuilder().family(t[0]).given(String.join(" ", java.util.Arrays.copyOfRange(t, 1, t.length))).build();
        }
        int fam = t.length - 1;
        int p = fam;
        // particles before the family name, lower-case or (after a given name) capitalised: "Stephen Van Evera", "Robert De Niro"
        while (p > 1 && (PARTICLES.contains(t[p - 1]) || isCapitalisedParticle(t[p - 1]))) p--;
        CSLNameBuilder b = new CSLNameBuilder().family(t[fam]);
        if (p < fam) b.nonDroppingParticle(String.join(" ", java.util.Arrays.copyOfRange(t, p, fam)));
        b.given(String.join(" ", java.util.Arrays.copyOfRange(t, 0, p)));
        return b.build();
    }

    private static boolean isCapitalisedParticle(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase)
                && PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A family name written in capitals, as French, Brazilian (ABNT) and many Central European lists write
     * it, at either end of a name whose other words are not: {@code BONIFACE Pascal}, {@code NÉRARD F-X},
     * {@code Pierre MÉLANDRI}, {@code MOREAU-DEFARGES Philippe}. A word in capitals is two or more letters
     * (hyphens and apostrophes allowed), so an initial such as {@code J} is a given name.
     */
    static CSLName capitalisedFamily(String[] t) {
        if (t.length < 2) return null;
        int lead = 0;
        while (lead < t.length && allCaps(t[lead])) lead++;
        int trail = 0;
        while (trail < t.length && allCaps(t[t.length - 1 - trail])) trail++;
        if (lead > 0 && lead < t.length && trail == 0) {
            return new CSLNameBuilder().family(String.join(" ", java.util.Arrays.copyOfRange(t, 0, lead)))
                    .given(String.join(" ", java.util.Arrays.copyOfRange(t, lead, t.length))).build();
        }
        if (trail > 0 && trail < t.length && lead == 0) {
            return new CSLNameBuilder().family(String.join(" ", java.util.Arrays.copyOfRange(t, t.length - trail, t.length)))
                    .given(String.join(" ", java.util.Arrays.copyOfRange(t, 0, t.length - trail))).build();
        }
        return null;
    }

    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

    private static boolean allCaps(String tok) {
        if (ROMAN.matcher(tok).matches()) return false;
        boolean word = false;
        for (String part : HYPHEN_SPLIT.split(tok)) if (part.codePointCount(0, part.length()) >= 2) word = true;
        if (!word) return false;
        int letters = 0;
        for (int i = 0; i < tok.length(); ) {
            int c = tok.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '-' && c != '\'' && c != '’' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return letters >= 2;
    }

    /** One family word, a comma, then given names or initials only: {@code Service, Robert}, {@code Bank, John D.}. */
    private static final Pattern INVERTED_PERSON = Pattern.compile(
            "\\p{Lu}[\\p{Ll}'’-]+,\\s+(?:\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*)(?:\\s+(?:\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.))?");

    /**
     * A person's name written family first whose family is a word of bodies ({@code Service, Robert}):
     * the only body word is that one family word before the comma, the rest given names or initials.
     */
    private static boolean invertedPerson(String s) {
        if (!INVERTED_PERSON.matcher(s).matches()) return false;
        return !isCorporate(s.substring(s.indexOf(',') + 1));
    }

    /** True when the text names a body (it holds a word such as Center, Committee, Ministry). */
    public static boolean isCorporate(String s) {
        String[] words = SPACES_SPLIT.split(s.strip());
        // a given name and one more word is a person, whatever that word is ("Robert Service", "John Council")
        if (words.length == 2 && org.opis.lexicon.NameWords.given(words[0]) && Character.isUpperCase(words[1].codePointAt(0))) return false;
        for (String w : WORD_SPLIT.split(s)) {
            if (CORPORATE.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** True when a token is an initial or a run of initials: {@code A.}, {@code A.E.}, {@code Yu.}, {@code И.И.}. */
    public static boolean isInitial(String tok) {
        if (!tok.endsWith(".")) return false;
        String[] parts = tok.split("\\.");
        if (parts.length == 0) return false;
        for (String p : parts) {
            String q = p.startsWith("-") ? p.substring(1) : p;
            if (q.isEmpty() || q.codePointCount(0, q.length()) > 2 || !Character.isUpperCase(q.codePointAt(0))) return false;
        }
        return true;
    }

    private static final Pattern GIVEN_INITIAL_FAMILY = Pattern.compile(
            "\\s+\\p{Lu}[\\p{L}'’-]+(?:,\\s*(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+\\s+(?:\\p{Ll}{1,4}\\s+)?\\p{Lu}|(?:Jr|Sr|eds?|trans)\\.|[\"“_*]|(?:"
                    + Connectors.alternation(Connectors.AND) + ")\\s)|\\s+(?:" + Connectors.alternation(Connectors.AND)
                    + ")\\s+\\p{Lu}[\\p{L}'’-]*\\.?\\s+\\p{Lu}(?:\\.|[\\p{L}'’-]+[,.]?\\s))");

    /**
     * True when what follows a name's initials ({@code Thomas G.}) is its family name in reading
     * order: one capitalised word and then a comma and another name, a suffix, a role or the quoted or
     * italic title ({@code Thomas G. Patterson, J. Garry Gifford}), or
     * "and" and another name ({@code Gregory M. Scott and Stephen M. Garrison}) — so {@code Thomas G.}
     * is not a family name with initials (GOST {@code Иванов И.И. Title}), whose title follows the
     * initials.
     */
    public static boolean givenInitialFamily(String afterInitials) {
        return GIVEN_INITIAL_FAMILY.matcher(afterInitials).lookingAt();
    }

    /** True when the name list starts with a Vietnamese personal name. */
    public static boolean isVietnamese(String name) {
        String s = name.strip();
        return VietnameseNames.is(SPACES_SPLIT.split(s), s);
    }

    private static boolean isPinyin(String tok) {
        if (tok.length() < 2 || tok.length() > 12 || !Character.isUpperCase(tok.charAt(0))) return false;
        for (int i = 1; i < tok.length(); i++) if (!Character.isLowerCase(tok.charAt(i))) return false;
        Matcher m = PINYIN.matcher(tok);
        return m.matches();
    }

    /**
     * Names in reading order joined by commas ({@code Lothar Bembenek, Axel Ulrich}, {@code Klaus-Dieter
     * Grunwald, Hermann Otto Geißler, Sigurd Rink}): every segment is two or three capitalised words, none an
     * initial or a particle, and none of them a generational suffix — an inverted name's given part after its
     * comma would make the list read {@code Family, Given} instead.
     */
    static boolean readingOrderList(String[] segs) {
        if (segs.length < 2) return false;
        for (String seg : segs) {
            String[] t = SPACES_SPLIT.split(seg.strip());
            if (t.length < 2 || t.length > 3 || SUFFIXES.contains(seg.strip())) return false;
            for (String tok : t) {
                if (tok.isEmpty() || isInitial(tok) || tok.indexOf('.') >= 0 || PARTICLES.contains(tok.toLowerCase(Locale.ROOT))
                        || !Character.isUpperCase(tok.codePointAt(0))) return false;
                if (!tok.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')) return false;
            }
        }
        return true;
    }

    private static boolean looksLikeFamily(String seg) {
        String[] t = SPACES_SPLIT.split(seg);
        if (t.length > 4) return false;
        for (String tok : t) {
            if (isInitial(tok)) return false;
            if (!Character.isUpperCase(tok.codePointAt(0)) && !PARTICLES.contains(tok)) return false;
        }
        return Character.isUpperCase(t[t.length - 1].codePointAt(0));
    }

    private static boolean looksLikeGiven(String seg) {
        if (seg.isEmpty()) return false;
        String[] t = SPACES_SPLIT.split(seg);
        if (t.length > 4) return false;
        for (String tok : t) {
            if (!Character.isUpperCase(tok.codePointAt(0)) && !PARTICLES.contains(tok)) return false;
        }
        return true;
    }

    private static boolean allInitials(String[] t, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) if (!isInitial(t[i])) return false;
        return true;
    }

    /** Drops a final full stop unless it ends an initial ({@code A.E.}) or an abbreviation such as {@code Jr.}. */
    private static String trimEnd(String s) {
        String t = s;
        while (t.endsWith(",") || t.endsWith(";") || t.endsWith(":")) t = t.substring(0, t.length() - 1).strip();
        if (t.endsWith(".")) {
            int sp = Math.max(t.lastIndexOf(' '), t.lastIndexOf(','));
            String last = t.substring(sp + 1);
            if (!isInitial(last) && !last.equals("Jr.") && !last.equals("Sr.")) t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }

    static Set<String> load(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = NameParser.class.getResourceAsStream(file)) {
            if (in == null) throw new IOException("missing resource org/opis/names/" + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(Normalizer.normalize(line.strip(), Normalizer.Form.NFC));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(out));
    }
}
