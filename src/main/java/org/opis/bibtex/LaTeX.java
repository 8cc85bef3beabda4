package org.opis.bibtex;

import com.ibm.icu.text.Normalizer2;
import org.jbibtex.LaTeXCommand;
import org.jbibtex.LaTeXGroup;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.LaTeXString;
import org.jbibtex.ParseException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opis.text.RichText;

/**
 * Turns Unicode text into the LaTeX a .bib file needs and back. Writing classic BibTeX, accented
 * Latin letters become accent commands ({@code š} → {@code {\v{s}}}, Vietnamese {@code ế} →
 * {@code {\'{\^e}}}); letters LaTeX has no portable command for (Cyrillic, {@code ơ}, {@code đ})
 * stay UTF-8. Writing biblatex, only LaTeX's special characters are escaped. Reading, a value is
 * parsed with JBibTeX's {@link LaTeXParser} and printed to Unicode by this class (JBibTeX's own
 * printer knows only a few accents); the accent and letter table is the data file {@code latex.tsv}.
 */
public final class LaTeX {

    /**
     * A decoded value.
     *
     * @param text    the Unicode text
     * @param lossy   true when decoding dropped something the text cannot show (case-protecting
     *                braces, formatting commands such as {@code \emph}, unknown commands)
     * @param problem why the value could not be parsed as LaTeX (it was then kept with braces removed)
     */
    public record Decoded(String text, boolean lossy, Optional<String> problem) {
    }

    private static final LaTeX STANDARD = new LaTeX();
    /**
     * One JBibTeX LaTeX parser per thread, reused: making one allocates its character buffers and
     * token tables, which cost more than parsing a field; {@code parse} re-initialises it each time.
     */
    private static final ThreadLocal<LaTeXParser> PARSER = ThreadLocal.withInitial(() -> {
        try {
            return new LaTeXParser();
        } catch (ParseException e) {
            throw new IllegalStateException("JBibTeX's LaTeX parser cannot be made", e);
        }
    });
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Set<String> UPPER_LETTER_COMMANDS = Set.of("O", "L", "AE", "OE", "AA");
    private static final Set<String> LOWER_LETTER_COMMANDS = Set.of("o", "l", "ae", "oe", "aa", "ss", "i", "j");
    private static final String SPECIALS_AFTER_BACKSLASH = "\\{}#$%&^_~!\"'()*+,-./:;<=>?@[]`|";
    private static final String NON_SPECIAL = "!\"'()*+,-./:;<=>?@[]`|\u007f\u2013\u2014\u2018\u2019\u201c\u201d\u2212";

    private final Map<String, Integer> accentMark = new HashMap<>();
    private final Map<Integer, String> markCommand = new HashMap<>();
    private final Map<String, String> symbols = new HashMap<>();
    private final Map<Integer, String> letterCommand = new HashMap<>();
    private final java.util.Set<String> dropped = new java.util.HashSet<>();
    /** Formatting commands read as CSL rich text, and the command each tag is written with (its first row). */
    private final Map<String, RichText.Tag> markup = new HashMap<>();
    private final Map<RichText.Tag, String> markupCommand = new java.util.EnumMap<>(RichText.Tag.class);

    private LaTeX() {
        for (String[] r : Tsv.rows("latex.tsv")) {
            if (r[0].equals("markup")) {
                RichText.Tag tag = RichText.Tag.valueOf(r[2]);
                markup.put(r[1], tag);
                markupCommand.putIfAbsent(tag, r[1]);
                continue;
            }
            int cp = r[0].equals("drop") ? 0 : Integer.parseInt(r[2], 16);
            switch (r[0]) {
                case "accent" -> {
                    accentMark.put(r[1], cp);
                    markCommand.put(cp, r[1]);
                }
                case "letter" -> {
                    symbols.put(r[1], new String(Character.toChars(cp)));
                    letterCommand.put(cp, r[1]);
                }
                case "symbol" -> symbols.put(r[1], new String(Character.toChars(cp)));
                case "drop" -> dropped.add(r[1]);
                default -> throw new IllegalStateException("latex.tsv: unknown row kind " + r[0]);
            }
        }
    }

    /** The table shipped with opis. */
    public static LaTeX standard() {
        return STANDARD;
    }

    // ------------------------------------------------------------------ writing

    /** Escapes text for a field of this flavour (see the class comment). */
    public String encode(String text, Flavour flavour) {
        String s = NFD.normalize(text);
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int j = i + Character.charCount(cp);
            int marksEnd = j;
            while (marksEnd < s.length() && isMark(s.codePointAt(marksEnd))) marksEnd += Character.charCount(s.codePointAt(marksEnd));
            String cluster = s.substring(i, marksEnd);
            i = marksEnd;
            if (cp < 0x80 && cluster.length() == 1) {
                out.append(ascii((char) cp));
                continue;
            }
            if (flavour == Flavour.BIBLATEX) {
                out.append(cp == 0xA0 && cluster.length() == 1 ? "~" : NFC.normalize(cluster));
                continue;
            }
            out.append(classic(cp, cluster));
        }
        return out.toString();
    }

    private String classic(int base, String cluster) {
        if (cluster.length() == Character.charCount(base)) {
            switch (base) {
                case 0xA0: return "~";
                case 0x2013: return "--";
                case 0x2014: return "---";
                case 0x201C: return "``";
                case 0x201D: return "''";
                case 0x2018: return "`";
                case 0x2019: return "'";
                case 0x2026: return "{\\ldots}";
                default: break;
            }
            String letter = letterCommand.get(base);
            return letter != null ? "{\\" + letter + "}" : cluster;
        }
        String inner;
        if (base < 0x80 && Character.isLetter(base)) {
            inner = String.valueOf((char) base);
        } else if (letterCommand.containsKey(base)) {
            inner = "\\" + letterCommand.get(base) + "{}";
        } else {
            return NFC.normalize(cluster);
        }
        int k = Character.charCount(base);
        while (k < cluster.length()) {
            int m = cluster.codePointAt(k);
            String cmd = markCommand.get(m);
            if (cmd == null) return NFC.normalize(cluster); // e.g. the horn of ơ: keep UTF-8
            boolean symbol = !Character.isLetter(cmd.charAt(0));
            inner = symbol && inner.length() == 1 ? "\\" + cmd + inner : "\\" + cmd + "{" + inner + "}";
            k += Character.charCount(m);
        }
        return "{" + inner + "}";
    }

    private static String ascii(char c) {
        return switch (c) {
            case '\\' -> "{\\textbackslash}";
            case '{' -> "{\\textbraceleft}"; // bibtex counts \{ as a brace, so a lone brace is a command
            case '}' -> "{\\textbraceright}";
            case '&' -> "\\&";
            case '%' -> "\\%";
            case '$' -> "\\$";
            case '#' -> "\\#";
            case '_' -> "\\_";
            case '~' -> "{\\textasciitilde}";
            case '^' -> "{\\textasciicircum}";
            case '\r', '\n', '\t' -> " ";
            default -> String.valueOf(c);
        };
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /**
     * Wraps a title so that BibTeX styles, biblatex and pandoc keep the capitals they must keep, and
     * only those (as Better BibTeX and JabRef decide): the whole title in one more pair of braces
     * ({@code whole}); otherwise a word with a capital after its first letter (an acronym or an inner
     * capital: {@code {NATO}}, {@code {McCarthy}}, {@code {XX}}) and, in a title written in sentence
     * case, a capitalised word that does not start the title or a subtitle (a proper noun a
     * sentence-case style would lower). A title in title case gets no braces on its capitalised words:
     * they are title casing, which sentence-case styles are meant to lower. The text must already be encoded.
     */
    public static String protect(String encoded, boolean whole) {
        if (encoded.isEmpty()) return encoded;
        if (whole) return "{" + encoded + "}";
        boolean sentenceCase = sentenceCase(encoded);
        StringBuilder out = new StringBuilder(encoded.length() + 8);
        int i = 0;
        boolean first = true;
        boolean subtitleStart = false;
        java.util.ArrayDeque<Character> tags = new java.util.ArrayDeque<>(); // open rich-text placeholders
        int nocase = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c == ' ') {
                out.append(c);
                i++;
                continue;
            }
            int end = wordEnd(encoded, i);
            String word = encoded.substring(i, end);
            boolean needs = hasCapital(word, true) || (sentenceCase && !first && !subtitleStart && hasCapital(word, false));
            int cut = word.length();
            while (cut > 0 && (",.;:!?)]\u201D\u2019'\u00BB".indexOf(word.charAt(cut - 1)) >= 0 || placeholder(word.charAt(cut - 1)))
                    && (cut < 2 || word.charAt(cut - 2) != '\\')) cut--;
            int lead = 0;
            while (lead < cut && ("([\u201C\u2018`\u00AB\"".indexOf(word.charAt(lead)) >= 0 || placeholder(word.charAt(lead)))) lead++;
            // a word inside (or starting) a nocase span is the user's own protection
            boolean userProtected = nocase > 0;
            for (int k = 0; k < word.length(); k++) {
                char w = word.charAt(k);
                if (w == CLOSE) {
                    if (!tags.isEmpty() && tags.pop() == OPEN_BASE + RichText.Tag.NOCASE.ordinal()) nocase--;
                } else if (placeholder(w)) {
                    tags.push(w);
                    if (w == OPEN_BASE + RichText.Tag.NOCASE.ordinal()) {
                        nocase++;
                        // a word the user protected in whole or in part (eb{BP}-{ST}) keeps the user's braces only
                        userProtected = true;
                    }
                }
            }
            if (userProtected) needs = false;
            if (needs && !alreadyProtected(word) && cut > lead) {
                out.append(word, 0, lead).append('{').append(word, lead, cut).append('}').append(word, cut, word.length());
            } else {
                out.append(word);
            }
            first = false;
            subtitleStart = endsSentence(word);
            i = end;
        }
        return out.toString();
    }

    /** True when the word ends a title's sentence or part, so the next word may start with a capital. */
    private static boolean endsSentence(String word) {
        String w = word.replaceAll("[)\\]}\u201D\u2019'\u00BB\"\uE000-\uE00F]+$", "");
        return w.endsWith(":") || w.endsWith(".") || w.endsWith("?") || w.endsWith("!") || w.endsWith("--") || w.endsWith("\u2014");
    }

    /**
     * Whether a title is written in sentence case: among its longer words (four letters or more) that
     * start neither the title nor a subtitle, more begin with a lower-case letter than with a capital.
     */
    static boolean sentenceCase(String encoded) {
        int lower = 0;
        int upper = 0;
        boolean first = true;
        boolean subtitleStart = false;
        for (String word : encoded.split(" ")) {
            if (word.isEmpty()) continue;
            String letters = word.replaceAll("\\\\[A-Za-z]+|[^\\p{L}]", "");
            if (!first && !subtitleStart && letters.length() >= 4 && !hasCapital(word, true)) {
                if (Character.isUpperCase(letters.codePointAt(0))) upper++;
                else lower++;
            }
            first = false;
            subtitleStart = endsSentence(word);
        }
        return lower > upper;
    }

    private static int wordEnd(String s, int start) {
        int depth = 0;
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i += 2;
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}') depth = Math.max(0, depth - 1);
            else if (c == ' ' && depth == 0) break;
            i++;
        }
        return i;
    }

    // ------------------------------------------------------------------ writing rich text

    /** Placeholders that stand for rich-text tags while a title is encoded and protected. */
    private static final char OPEN_BASE = '\uE000';
    private static final char CLOSE = '\uE00F';

    /**
     * Encodes CSL rich text for a field: text as {@link #encode}, tags as their LaTeX commands
     * ({@code <i>x</i>} → {@code \emph{x}}, {@code <span class="nocase">x</span>} → {@code {x}}).
     * With {@code protect}, the title's capitals are protected as {@link #protect} decides, over the
     * text of the tags too (a protected word in italics is {@code \emph{{Pravda}}}); a
     * {@code nocase} span is the user's own protection and gets no more braces.
     */
    public String encodeRich(String rich, Flavour flavour, boolean protect, boolean whole) {
        if (!RichText.hasMarkup(rich)) {
            String e = encode(rich, flavour);
            return protect ? protect(e, whole) : e;
        }
        StringBuilder b = new StringBuilder(rich.length() + 16);
        for (RichText.Piece p : RichText.parse(rich)) {
            if (p instanceof RichText.Text t) b.append(t.text().replaceAll("[\uE000-\uE00F]", " ")); // placeholders are opis's own
            else if (p instanceof RichText.Open o) b.append((char) (OPEN_BASE + o.tag().ordinal()));
            else b.append(CLOSE);
        }
        String e = encode(b.toString(), flavour);
        // a title with the user's own protection (nocase spans: {Moj {XX} vek}, or {{Moj XX vek}} read as one
        // span) keeps exactly that, and no whole-title pair, so it reads back the same
        if (whole && RichText.parse(rich).stream().anyMatch(p -> p instanceof RichText.Open o && o.tag() == RichText.Tag.NOCASE)) whole = false;
        if (protect) e = protect(e, whole);
        StringBuilder out = new StringBuilder(e.length() + 32);
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == CLOSE) {
                out.append('}');
            } else if (c >= OPEN_BASE && c < OPEN_BASE + RichText.Tag.values().length) {
                RichText.Tag tag = RichText.Tag.values()[c - OPEN_BASE];
                out.append(tag == RichText.Tag.NOCASE ? "{" : "\\" + markupCommand.getOrDefault(tag, "emph") + "{");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean placeholder(char c) {
        return c >= OPEN_BASE && c <= CLOSE;
    }

    /** Whether a word (LaTeX-encoded) has a capital letter that case changes would lower. */
    private static boolean hasCapital(String word, boolean firstWord) {
        boolean seenLetter = false;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            if (cp == '\\') {
                int j = i + 1;
                while (j < word.length() && isAsciiLetter(word.charAt(j))) j++;
                if (j == i + 1) {
                    i = Math.min(word.length(), j + 1); // control symbol such as \' or \&
                    continue;
                }
                String name = word.substring(i + 1, j);
                if (UPPER_LETTER_COMMANDS.contains(name)) {
                    if (seenLetter || !firstWord) return true;
                    seenLetter = true;
                } else if (LOWER_LETTER_COMMANDS.contains(name)) {
                    seenLetter = true;
                }
                i = j;
                continue;
            }
            if (Character.isLetter(cp)) {
                if (Character.isUpperCase(cp) && (seenLetter || !firstWord)) return true;
                seenLetter = true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean alreadyProtected(String word) {
        return word.length() >= 2 && word.charAt(0) == '{' && word.charAt(word.length() - 1) == '}' && word.indexOf('\\') != 1;
    }

    // ------------------------------------------------------------------ reading

    /** Decodes a field value to Unicode (accents composed, braces and formatting commands dropped). */
    public Decoded decode(String latex) {
        return decode(latex, false);
    }

    /**
     * Decodes a field value; with {@code keepGroups}, brace groups that are not accent groups keep
     * their braces (name lists need them: {@code {Hồ Chí Minh}} is one literal name).
     */
    public Decoded decode(String latex, boolean keepGroups) {
        return decode(latex, keepGroups, false);
    }

    /**
     * Decodes a field value to CSL rich text: as {@link #decode(String)}, but the formatting commands
     * of {@code latex.tsv}'s {@code markup} rows ({@code \emph{x}}, {@code \textit{x}},
     * {@code {\em x}}, {@code \textbf{x}}, {@code \textsc{x}}, {@code \textsuperscript{x}}, …) become
     * their tags ({@code <i>x</i>}, {@code <b>x</b>}, …) instead of being dropped.
     */
    public Decoded decodeRich(String latex) {
        return decode(latex, false, true);
    }

    /**
     * {@link #decodeRich}, for a title: a brace group that protects case ({@code {NATO}}, {@code {Soviet
     * Union}}; not an accent's or a command's argument) becomes CSL rich text's
     * {@code <span class="nocase">…</span>}, as Zotero and Better BibTeX read it, and is written back as
     * braces ({@link #encodeRich}); inner groups of such a group are dropped.
     */
    public Decoded decodeTitle(String latex) {
        return decode(latex, false, true, true);
    }

    private Decoded decode(String latex, boolean keepGroups, boolean rich) {
        return decode(latex, keepGroups, rich, false);
    }

    private Decoded decode(String latex, boolean keepGroups, boolean rich, boolean nocase) {
        if (latex.isEmpty()) return new Decoded("", false, Optional.empty());
        if (plain(latex)) return new Decoded(collapse(latex), false, Optional.empty());
        long limit = org.opis.text.Limits.current().bibDepth();
        if (braceDepth(latex) > limit) {
            // JBibTeX's LaTeX parser recurses once per brace level: beyond the limit the value is read as plain text
            return new Decoded(collapse(latex.replace("{", "").replace("}", "")), true,
                    Optional.of("braces nested more than " + limit + " deep; read as plain text (" + org.opis.text.Limits.raise("bib-depth") + ")"));
        }
        Decoded simple = decodeSimple(latex, keepGroups, nocase);
        if (simple != null) return simple;
        return decodeThroughParser(latex, keepGroups, rich, nocase);
    }

    /** {@link #decode(String, boolean)} through JBibTeX's LaTeX parser whatever the text (what the shortcut is tested against). */
    Decoded decodeThroughParser(String latex, boolean keepGroups) {
        return decodeThroughParser(latex, keepGroups, false);
    }

    private Decoded decodeThroughParser(String latex, boolean keepGroups, boolean rich) {
        return decodeThroughParser(latex, keepGroups, rich, false);
    }

    private Decoded decodeThroughParser(String latex, boolean keepGroups, boolean rich, boolean nocase) {
        String safe = prepare(latex);
        List<LaTeXObject> objects;
        try {
            objects = PARSER.get().parse(safe);
        } catch (ParseException | RuntimeException e) {
            String text = collapse(latex.replace("{", "").replace("}", ""));
            return new Decoded(text, true, Optional.of("unbalanced braces or a stray backslash"));
        }
        Printer p = new Printer(keepGroups, rich);
        p.nocase = nocase;
        p.print(objects);
        return new Decoded(NFC.normalize(collapse(p.out.toString())), p.lossy, Optional.empty());
    }

    /**
     * The decoding of a value made only of text and balanced brace groups (no command, no character
     * the parser would see as one), without JBibTeX's parser: most titles and names of a .bib file
     * ("{NATO} and the {Warsaw Pact}", "Lewis, John Wilson") are so, and making the parser's tokens
     * and objects for them cost more than the rest of the import. Prints as the parser's objects
     * print: each brace-free run of text with its ligatures, a group's braces kept only with
     * {@code keepGroups} and when not empty, lossy when a group holds text. Null when the value is
     * not of this kind (or its braces do not balance) and needs the parser.
     */
    private static Decoded decodeSimple(String s, boolean keepGroups) {
        return decodeSimple(s, keepGroups, false);
    }

    /** @param nocase an outermost group holding text becomes a {@code nocase} span ({@link #decodeTitle}) */
    private static Decoded decodeSimple(String s, boolean keepGroups, boolean nocase) {
        int n = s.length();
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth < 0) return null;
            else if (c < 0x80 ? !simpleAscii(c) : !accepted(c)) return null;
        }
        if (depth != 0) return null;
        StringBuilder out = new StringBuilder(n);
        boolean lossy = false;
        int deepest = Math.max(1, braceDepth(s));
        int[] groupStart = new int[deepest];
        boolean[] holds = new boolean[deepest]; // the group holds an object (text or a group)
        int open = 0;
        int run = 0; // start of the current brace-free run
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : '{';
            if (c != '{' && c != '}') continue;
            if (i > run) {
                out.append(ligatures(s.substring(run, i)));
                if (open > 0) holds[open - 1] = true;
            }
            run = i + 1;
            if (i == n) break;
            if (c == '{') {
                if (open > 0) holds[open - 1] = true;
                holds[open] = false;
                groupStart[open++] = out.length();
                if (keepGroups) out.append('{');
                else if (nocase && open == 1) out.append(RichText.Tag.NOCASE.open());
            } else {
                int at = groupStart[--open];
                if (nocase && open == 0) {
                    // the user's protection, kept as a nocase span (dropped when it holds nothing)
                    if (out.length() == at + RichText.Tag.NOCASE.open().length()) out.setLength(at);
                    else out.append(RichText.Tag.NOCASE.close());
                    continue;
                }
                if (holds[open]) lossy = true;
                boolean empty = out.length() == at + (keepGroups ? 1 : 0);
                if (keepGroups) {
                    if (empty) out.setLength(at);
                    else out.append('}');
                }
            }
        }
        String text = collapse(out.toString());
        return new Decoded(NFC.isNormalized(text) ? text : NFC.normalize(text), lossy, Optional.empty());
    }

    /** An ASCII character {@link #prepare} keeps as it is and the parser reads as text. */
    private static boolean simpleAscii(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
        return c == ' ' || c == '\t' || c == '\n' || "!\"'()*+,-./:;<=>?@[]`|".indexOf(c) >= 0;
    }

    /** The deepest brace nesting in {@code s} (unbalanced closing braces ignored). */
    public static int braceDepth(String s) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == '}' && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '~' || c == '$' || c == '-' || c == '`' || c == '\'') return false;
        }
        return true;
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = true;
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Rewrites what JBibTeX's LaTeX grammar rejects into commands this printer understands. */
    private static String prepare(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == '\\') {
                if (i + 1 >= s.length()) {
                    b.append("\\textbackslash{}");
                    i++;
                    continue;
                }
                char next = s.charAt(i + 1);
                if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
                    int j = i + 1;
                    while (j < s.length() && Character.isLetter(s.charAt(j)) && s.charAt(j) < 0x80) j++;
                    b.append(s, i, j);
                    i = j;
                } else if (SPECIALS_AFTER_BACKSLASH.indexOf(next) >= 0) {
                    b.append('\\').append(next);
                    i += 2;
                } else if (next == ' ' || next == '\n' || next == '\t' || next == '\r') {
                    b.append(' ');
                    i += 2;
                } else {
                    b.append("\\textbackslash{}");
                    i++;
                }
                continue;
            }
            if (cp == '~') b.append("\\opisnbsp{}");
            else if (cp == '#' || cp == '$' || cp == '%' || cp == '&' || cp == '^' || cp == '_') b.append('\\').append((char) cp);
            else if (cp == '\r' || (cp < 0x20 && cp != '\n' && cp != '\t')) b.append(' ');
            else if (accepted(cp)) b.appendCodePoint(cp);
            else b.append("\\opisu{").append(Integer.toHexString(cp)).append('}');
            i += n;
        }
        return b.toString();
    }

    private static boolean accepted(int cp) {
        if (cp == '\t' || cp == '\n' || cp == ' ' || cp == '{' || cp == '}') return true;
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) return true;
        if (cp < 0x10000 && NON_SPECIAL.indexOf(cp) >= 0) return true;
        return (cp >= 0xA0 && cp <= 0x1FFF) || cp == 0x20AC || cp == 0x2122;
    }

    /** Formatting commands nested deeper than this are dropped (their text kept), so hostile input cannot exhaust the stack. */
    private static final int MAX_MARKUP_DEPTH = 32;

    private final class Printer {
        final StringBuilder out = new StringBuilder();
        final boolean keepGroups;
        final boolean rich;
        /** Formatting commands this printer is inside (a declaration such as {@code \\em} nests without braces). */
        final int markupDepth;
        boolean lossy;
        /** Groups that protect case become nocase spans ({@link #decodeTitle}); false inside one. */
        boolean nocase;

        Printer(boolean keepGroups) {
            this(keepGroups, false, 0);
        }

        Printer(boolean keepGroups, boolean rich) {
            this(keepGroups, rich, 0);
        }

        private Printer(boolean keepGroups, boolean rich, int markupDepth) {
            this.keepGroups = keepGroups;
            this.rich = rich;
            this.markupDepth = markupDepth;
        }

        void print(List<LaTeXObject> objects) {
            for (int i = 0; i < objects.size(); i++) {
                LaTeXObject o = objects.get(i);
                if (o instanceof LaTeXString s) {
                    out.append(ligatures(s.getValue()));
                } else if (o instanceof LaTeXGroup g) {
                    boolean special = !g.getObjects().isEmpty() && g.getObjects().get(0) instanceof LaTeXCommand c
                            && (known(c.getName()) || rich && markup.containsKey(c.getName()));
                    boolean span = nocase && rich && !special && !keepGroups;
                    if (!special && !g.getObjects().isEmpty() && !span) lossy = true;
                    Printer sub = new Printer(keepGroups, rich, markupDepth);
                    sub.nocase = nocase && !span;
                    sub.print(g.getObjects());
                    lossy |= sub.lossy;
                    boolean braces = keepGroups && !special && sub.out.length() > 0;
                    if (braces) out.append('{');
                    span &= !sub.out.toString().isBlank();
                    if (span) out.append(RichText.Tag.NOCASE.open());
                    out.append(sub.out);
                    if (span) out.append(RichText.Tag.NOCASE.close());
                    if (braces) out.append('}');
                } else if (o instanceof LaTeXCommand c) {
                    i = command(c.getName(), objects, i);
                }
            }
        }

        private boolean known(String name) {
            return accentMark.containsKey(name) || symbols.containsKey(name) || LaTeXPrinter.getSymbol(name) != null;
        }

        /** Prints a command; returns the index of the last object it consumed. */
        private int command(String name, List<LaTeXObject> objects, int i) {
            Integer mark = accentMark.get(name);
            if (mark != null) {
                String arg = "";
                int consumed = i;
                if (i + 1 < objects.size()) {
                    LaTeXObject next = objects.get(i + 1);
                    Printer sub = new Printer(false);
                    if (next instanceof LaTeXGroup g) {
                        sub.print(g.getObjects());
                        arg = sub.out.toString();
                        consumed = i + 1;
                    } else if (next instanceof LaTeXCommand c) {
                        // an accent on an accent (\'\^e): the inner command consumes what it takes, and no more is
                        // printed again (a chain of accents was re-read from each link: quadratic time, cubic output)
                        consumed = sub.command(c.getName(), objects, i + 1);
                        arg = sub.out.toString();
                    } else if (next instanceof LaTeXString s) {
                        String v = s.getValue();
                        int k = 0;
                        while (k < v.length() && v.charAt(k) == ' ') k++;
                        if (k < v.length()) {
                            int cp = v.codePointAt(k);
                            out.append(applyMark(new String(Character.toChars(cp)), mark));
                            out.append(ligatures(v.substring(k + Character.charCount(cp))));
                            return i + 1;
                        }
                    }
                }
                out.append(applyMark(arg, mark));
                return consumed;
            }
            if (name.equals("opisnbsp")) {
                out.append('\u00A0');
                return skipEmptyGroup(objects, i);
            }
            if (name.equals("opisu") && i + 1 < objects.size() && objects.get(i + 1) instanceof LaTeXGroup g) {
                Printer sub = new Printer(false);
                sub.print(g.getObjects());
                try {
                    out.appendCodePoint(Integer.parseInt(sub.out.toString(), 16));
                } catch (IllegalArgumentException e) {
                    lossy = true;
                }
                return i + 1;
            }
            RichText.Tag tag = rich ? markup.get(name) : null;
            boolean argument = i + 1 < objects.size() && objects.get(i + 1) instanceof LaTeXGroup;
            boolean declaration = !name.startsWith("text") && !name.equals("emph"); // \em, \it, \bf: to the end of the group
            if (tag != null && (argument || declaration) && markupDepth < MAX_MARKUP_DEPTH) {
                // \emph{x}: the group after the command; {\em x}: the rest of the enclosing group
                Printer sub = new Printer(keepGroups, true, markupDepth + 1);
                sub.nocase = nocase;
                int last;
                if (argument && objects.get(i + 1) instanceof LaTeXGroup g) {
                    sub.print(g.getObjects());
                    last = i + 1;
                } else {
                    sub.print(objects.subList(i + 1, objects.size()));
                    last = objects.size() - 1;
                }
                lossy |= sub.lossy;
                String inner = sub.out.toString();
                if (!inner.isBlank()) {
                    // spaces stay outside the tags (CSL processors do not look inside them for word breaks)
                    int a = 0;
                    int z = inner.length();
                    while (a < z && Character.isWhitespace(inner.charAt(a))) a++;
                    while (z > a && Character.isWhitespace(inner.charAt(z - 1))) z--;
                    out.append(inner, 0, a).append(tag.open()).append(inner, a, z).append(tag.close()).append(inner, z, inner.length());
                } else {
                    out.append(inner);
                }
                return last;
            }
            if (dropped.contains(name)) {
                lossy = true;
                return i + 1 < objects.size() && objects.get(i + 1) instanceof LaTeXGroup ? i + 1 : i;
            }
            String sym = symbols.get(name);
            if (sym == null) sym = LaTeXPrinter.getSymbol(name);
            if (sym != null) {
                out.append(sym);
                return skipEmptyGroup(objects, i);
            }
            lossy = true; // formatting (\emph) or an unknown command: dropped, its argument is kept as text
            return i;
        }

        private int skipEmptyGroup(List<LaTeXObject> objects, int i) {
            if (i + 1 < objects.size() && objects.get(i + 1) instanceof LaTeXGroup g && g.getObjects().isEmpty()) return i + 1;
            return i;
        }
    }

    private static String applyMark(String text, int mark) {
        if (text.isEmpty()) return new String(Character.toChars(mark));
        int cp = text.codePointAt(0);
        if (cp == 0x131) cp = 'i';
        if (cp == 0x237) cp = 'j';
        String first = new String(Character.toChars(cp)) + new String(Character.toChars(mark));
        return NFC.normalize(first + text.substring(Character.charCount(text.codePointAt(0))));
    }

    private static String ligatures(String v) {
        // Single quotes stay ASCII: in UTF-8 .bib files they are apostrophes and soft signs as typed
        // (Vʹetnam, aprel'), and keeping them makes .bib → records → .bib exact.
        if (v.indexOf('-') < 0 && v.indexOf('`') < 0 && v.indexOf('\'') < 0) return v;
        return v.replace("---", "\u2014").replace("--", "\u2013")
                .replace("``", "\u201C").replace("''", "\u201D");
    }
}
