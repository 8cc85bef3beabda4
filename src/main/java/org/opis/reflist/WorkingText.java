package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The working copy of an entry as the rule readers read it: a {@link StringBuilder} whose parts already placed in a
 * field are blanked out (overwritten with spaces, so that positions stay those of the entry), and the small searches
 * the readers share on it — spaces and punctuation skipped, the start of a sentence or statement, a full stop that
 * closes an abbreviation of {@code abbreviations.txt}, the sentences of a plain entry.
 */
final class WorkingText {
    private WorkingText() {
    }

    static final Set<String> ABBREVIATIONS = Data.set("abbreviations.txt");

    /** Whether {@code lower} holds any of the hints (a cheap check before a costlier pattern). */
    static boolean containsAny(String lower, String[] hints) {
        for (String h : hints) if (lower.contains(h)) return true;
        return false;
    }

    /** The first 40 characters of {@code s}, for a finding's message. */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The sentences of {@code s} from {@code from}: {@code [start, end]} pairs, split at a full stop, question or exclamation mark before a space that does not close an abbreviation. */
    static List<int[]> sentences(String s, int from) {
        List<int[]> out = new ArrayList<>();
        int st = from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                if (c == '.' && (abbreviationBefore(s, i) || editionNumberBefore(s, i))) continue;
                if (i + 1 > st && !s.substring(st, i + 1).isBlank()) out.add(new int[]{st, c == '.' ? i : i + 1});
                st = i + 1;
            }
        }
        if (st < s.length() && !s.substring(st).isBlank()) out.add(new int[]{st, s.length()});
        for (int[] r : out) {
            while (r[0] < r[1] && s.charAt(r[0]) == ' ') r[0]++;
        }
        return out;
    }

    /**
     * Whether the full stop at {@code dot} closes the number of an edition statement ({@code 3. ed. São Paulo},
     * {@code 2. Aufl.}): the number then belongs to the statement after it, not to the sentence before.
     */
    static boolean editionNumberBefore(String s, int dot) {
        int i = dot - 1;
        while (i >= 0 && Character.isDigit(s.charAt(i))) i--;
        int digits = dot - 1 - i;
        // the number opens a statement of its own, after a full stop ("cristã. 3. ed. São Paulo"); after a comma
        // ("Projektumfeld, 2. Aufl., Freiburg") the sentences split as before
        if (digits < 1 || digits > 2 || i < 1 || !Character.isWhitespace(s.charAt(i)) || s.charAt(i - 1) != '.') return false;
        return TailStatements.EDITION.matcher(s).region(i + 1, s.length()).lookingAt();
    }

    /** Whether the full stop at {@code dot} closes an initial or an abbreviation of {@code abbreviations.txt}. */
    static boolean abbreviationBefore(String s, int dot) {
        int i = dot - 1;
        while (i >= 0 && Character.isLetter(s.charAt(i))) i--;
        String word = s.substring(i + 1, dot);
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word);
    }

    /** Start of the statement ending at {@code before}: after the last full stop that does not close an abbreviation or initial. */
    static int statementStart(CharSequence b, int before) {
        String s = b.toString();
        for (int i = before - 1; i > 0; i--) {
            if (b.charAt(i) == ' ' && b.charAt(i - 1) == '.' && !abbreviationBefore(s, i - 1)) return i;
        }
        return 0;
    }

    /** Start of the sentence ending at {@code before}: after the last full stop or semicolon that does not close an abbreviation. */
    static int sentenceStart(CharSequence b, int before) {
        for (int i = before - 1; i > 0; i--) {
            if (b.charAt(i) == ' ' && (b.charAt(i - 1) == '.' || b.charAt(i - 1) == ';') && !abbreviationBefore(b.toString(), i - 1)) return i;
        }
        return 0;
    }

    /** {@code s} stripped, without the full stops, commas, colons and semicolons closing it. */
    static String trimStop(String s) {
        String t = s.strip();
        while (t.endsWith(".") || t.endsWith(",") || t.endsWith(":") || t.endsWith(";")) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    /** An address without the punctuation closing it, and without the "](" of a Markdown link showing it. */
    static String trimUrl(String u) {
        String t = u;
        int link = t.indexOf("](");
        if (link > 0) t = t.substring(0, link); // the address shown as a Markdown link's text ends at its "]("
        while (!t.isEmpty() && ".,;:)]>".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return t;
    }

    /** Whether a letter (not a full stop or an italic marker) stands just before {@code at}, past spaces. */
    static boolean wordBefore(StringBuilder b, int at) {
        int i = at - 1;
        while (i >= 0 && b.charAt(i) == ' ') i--;
        return i >= 0 && Character.isLetter(b.charAt(i));
    }

    /** Overwrites {@code from}..{@code to} with spaces: the part is read, its positions kept. */
    static void blank(StringBuilder b, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(b.length(), to); i++) b.setCharAt(i, ' ');
    }

    /** Blanks the last occurrence of {@code what}. */
    static void blankAll(StringBuilder b, String what) {
        int i = b.lastIndexOf(what);
        if (i >= 0) blank(b, i, i + what.length());
    }

    /** Blanks the first occurrence of {@code word} starting from {@code from} and before {@code to}. */
    static void blankWord(StringBuilder b, int from, int to, String word) {
        int i = b.indexOf(word, from);
        if (i >= 0 && i < to) blank(b, i, i + word.length());
    }

    /** The first position from {@code i} that is not whitespace. */
    static int skipSpace(CharSequence s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** The first position from {@code i} that is neither whitespace nor {@code .,;:}. */
    static int skipPunct(CharSequence s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || ".,;:".indexOf(s.charAt(i)) >= 0)) i++;
        return i;
    }

    /** A regular-expression alternation of the keys, each quoted, the longest first. */
    static String alternation(java.util.Collection<?>... keys) {
        List<String> all = new ArrayList<>();
        for (java.util.Collection<?> k : keys) for (Object o : k) all.add(o.toString());
        all.sort((x, y) -> y.length() - x.length());
        StringBuilder sb = new StringBuilder();
        for (String a : all) {
            if (sb.length() > 0) sb.append('|');
            sb.append(Pattern.quote(a));
        }
        return sb.toString();
    }
}
