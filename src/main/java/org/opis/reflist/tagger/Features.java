package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;

/**
 * The features of every token of an entry, as hashed indices: the word, its shape, case, digits,
 * script, affixes, dictionary classes, typography (italics, quotes, parentheses, brackets, a space
 * before it), its position (relative place, full stops, commas and years before it) and the same
 * of its neighbours.
 */
final class Features {
    private Features() {
    }

    static int[][] of(List<Token> tokens, int bits) {
        int n = tokens.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        String[][] lex = new String[n][];
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i).text();
            lower[i] = t.toLowerCase(Locale.ROOT);
            shape[i] = shape(t);
            lex[i] = Lexicon.classes(lower[i]);
        }
        int mask = (1 << bits) - 1;
        int[][] out = new int[n][];
        int periods = 0;
        int commas = 0;
        int years = 0;
        int colons = 0;
        int[] buf = new int[96];
        String[] next = new String[n];
        String[] seps = new String[n]; // each token's separator kind, found once
        String after = "<>";
        for (int i = n - 1; i >= 0; i--) {
            next[i] = after;
            String sep = seps[i] = separator(tokens.get(i), lower[i]);
            if (sep != null) after = sep;
        }
        String lastSep = "<>";
        int since = 0;
        boolean container = false;
        boolean slash = false;
        for (int i = 0; i < n; i++) {
            Token tk = tokens.get(i);
            int k = 0;
            String w = lower[i];
            buf[k++] = h(K_B, "");
            buf[k++] = h(K_W, w);
            buf[k++] = h(K_S, shape[i]);
            buf[k++] = h(K_SC, script(tk.text()));
            if (w.length() > 3) {
                buf[k++] = h(K_P3, w, 0, 3);
                buf[k++] = h(K_X3, w, w.length() - 3, w.length());
                buf[k++] = h(K_X2, w, w.length() - 2, w.length());
            }
            buf[k++] = h(K_LEN, SMALL[Math.min(w.length(), 8)]);
            if (isYear(w)) buf[k++] = h(K_YEAR, "");
            if (w.length() > 0 && Character.isDigit(w.charAt(0))) buf[k++] = h(K_ND, SMALL[Math.min(digits(w), 5)]);
            if (isRoman(tk.text())) buf[k++] = h(K_ROMAN, "");
            if (w.startsWith("http") || w.startsWith("www.")) buf[k++] = h(K_URL, "");
            if (w.startsWith("10.") && w.indexOf('/') > 0) buf[k++] = h(K_DOI, "");
            if (Lexicon.russianEnding(w)) buf[k++] = h(K_RUS, "");
            for (String c : lex[i]) buf[k++] = h(K_L, c);
            String typo = TYPO[(tk.italic() ? 1 : 0) | (tk.quoted() ? 2 : 0) | (tk.paren() ? 4 : 0) | (tk.bracket() ? 8 : 0)];
            buf[k++] = h(K_TY, typo);
            if (tk.italic()) buf[k++] = h(K_IT, "");
            if (tk.quoted()) buf[k++] = h(K_QU, "");
            if (tk.paren()) buf[k++] = h(K_PA, "");
            if (tk.bracket()) buf[k++] = h(K_BR, "");
            if (tk.linked()) buf[k++] = h(K_LN, "");
            buf[k++] = h(K_SP, tk.spaceBefore() ? "1" : "0");
            buf[k++] = h(K_POS, SMALL[i * 8 / Math.max(n, 1)]);
            if (i == 0) buf[k++] = h(K_FIRST, "");
            if (i == n - 1) buf[k++] = h(K_LAST, "");
            buf[k++] = h(K_PER, SMALL[Math.min(periods, 4)]);
            buf[k++] = h(K_COM, SMALL[Math.min(commas, 4)]);
            buf[k++] = h(K_YR, SMALL[Math.min(years, 2)]);
            buf[k++] = h(K_COL, SMALL[Math.min(colons, 2)]);
            buf[k++] = h(K_PER_MS, SMALL[Math.min(periods, 3)], shape[i]);
            buf[k++] = h(K_YR_MS, SMALL[Math.min(years, 1)], shape[i]);
            buf[k++] = h(K_TY_MS, typo, shape[i]);
            for (int d = -2; d <= 2; d++) {
                if (d == 0) continue;
                int j = i + d;
                int pos = d + 2;
                if (j < 0 || j >= n) {
                    buf[k++] = h(W_AT_K[pos], "<>");
                    continue;
                }
                buf[k++] = h(W_AT_K[pos], lower[j]);
                buf[k++] = h(S_AT_K[pos], shape[j]);
                if (Math.abs(d) == 1) {
                    for (String c : lex[j]) if (k < buf.length - 8) buf[k++] = h(L_AT_K[pos], c);
                    Token o = tokens.get(j);
                    buf[k++] = h(TY_AT_K[pos], TYPO[(o.italic() ? 1 : 0) | (o.quoted() ? 2 : 0) | (o.paren() ? 4 : 0)]);
                }
            }
            String dist = SMALL[Math.min(since, 4)];
            buf[k++] = h(K_LS, lastSep, dist);
            buf[k++] = h(K_NS, next[i]);
            buf[k++] = h(K_LS_MNS, lastSep, next[i]);
            if (container) buf[k++] = h(K_INB, "");
            if (slash) buf[k++] = h(K_SLB, "");
            if (i > 0) buf[k++] = h(K_W_M1W, lower[i - 1], "|", w);
            if (i + 1 < n) buf[k++] = h(K_WW_P1, w, "|", lower[i + 1]);
            if (i > 0 && i + 1 < n) buf[k++] = h(K_S_M1S_P1, shape[i - 1], "|", shape[i], "|", shape[i + 1]);
            int[] f = new int[k];
            for (int a = 0; a < k; a++) f[a] = buf[a] & mask;
            out[i] = f;
            String sep = seps[i];
            if (sep != null) {
                lastSep = sep;
                since = 0;
            } else {
                since++;
            }
            if (w.equals("//") || tk.text().equals("In") || tk.text().equals("Dans")) container = true;
            if (w.equals("/")) slash = true;
            if (w.equals(".")) periods++;
            else if (w.equals(",")) commas++;
            else if (w.equals(":")) colons++;
            else if (isYear(w)) years++;
            if (k > buf.length - 20) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        return out;
    }

    // the same hashes from a kind's start computed once ({@link #startOf}): the kinds Features.of writes are constants
    private static int h(int kind, String value) {
        return end(more(kind, value, 0, value.length()));
    }

    private static int h(int kind, String value, int from, int to) {
        return end(more(kind, value, from, to));
    }

    private static int h(int kind, String a, String b) {
        return end(more(more(kind, a, 0, a.length()), b, 0, b.length()));
    }

    private static int h(int kind, String a, String b, String c) {
        return end(more(more(more(kind, a, 0, a.length()), b, 0, b.length()), c, 0, c.length()));
    }

    private static int h(int kind, String a, String b, String c, String d, String e) {
        int x = more(more(more(more(kind, a, 0, a.length()), b, 0, b.length()), c, 0, c.length()), d, 0, d.length());
        return end(more(x, e, 0, e.length()));
    }

    private static int startOf(String kind) {
        int x = 0x811C9DC5;
        for (int i = 0; i < kind.length(); i++) x = (x ^ kind.charAt(i)) * 0x01000193;
        return (x ^ 0x1F) * 0x01000193;
    }

    private static int more(int x, String s, int from, int to) {
        for (int i = from; i < to; i++) x = (x ^ s.charAt(i)) * 0x01000193;
        return x;
    }

    private static int end(int x) {
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        return x;
    }

    /** The tokens that close or open a field in most styles: the kind of the nearest one before and after a token is a feature. */
    private static final java.util.Set<String> SEPARATORS = java.util.Set.of(".", ",", ":", ";", "/", "//", "(", ")", "[", "]",
            "\u2014", "\u2013", "\u00AB", "\u00BB", "\u201C", "\u201D", "\"", "by", "ed", "eds", "hrsg", "hg", "trans", "transl");

    /** The separator kind of a token, or null: one of {@link #SEPARATORS}, or a capitalised {@code In} (a container follows). */
    private static String separator(Token tk, String lower) {
        if (SEPARATORS.contains(lower)) return lower;
        return tk.text().equals("In") ? "In" : null;
    }

    /** "0" … "8", the small counts and places the features write (no string made per token). */
    private static final String[] SMALL = {"0", "1", "2", "3", "4", "5", "6", "7", "8"};
    /** The typography string of italic (1), quoted (2), parenthesised (4), bracketed (8). */
    private static final String[] TYPO = new String[16];
    /** The kinds of the neighbours' features, by offset + 2 (-2 … 2). */
    private static final String[] W_AT = {"w-2", "w-1", "w0", "w1", "w2"};
    private static final String[] S_AT = {"s-2", "s-1", "s0", "s1", "s2"};
    private static final String[] L_AT = {"L-2", "L-1", "L0", "L1", "L2"};
    private static final String[] TY_AT = {"ty-2", "ty-1", "ty0", "ty1", "ty2"};

    /** The starts of the kinds {@link #of} writes, computed once. */
    private static final int K_L = startOf("L");
    private static final int K_B = startOf("b");
    private static final int K_BR = startOf("br");
    private static final int K_COL = startOf("col");
    private static final int K_COM = startOf("com");
    private static final int K_DOI = startOf("doi");
    private static final int K_FIRST = startOf("first");
    private static final int K_INB = startOf("inb");
    private static final int K_IT = startOf("it");
    private static final int K_LAST = startOf("last");
    private static final int K_LEN = startOf("len");
    private static final int K_LN = startOf("ln");
    private static final int K_LS = startOf("ls");
    private static final int K_LS_MNS = startOf("ls-ns");
    private static final int K_ND = startOf("nd");
    private static final int K_NS = startOf("ns");
    private static final int K_P3 = startOf("p3");
    private static final int K_PA = startOf("pa");
    private static final int K_PER = startOf("per");
    private static final int K_PER_MS = startOf("per-s");
    private static final int K_POS = startOf("pos");
    private static final int K_QU = startOf("qu");
    private static final int K_ROMAN = startOf("roman");
    private static final int K_RUS = startOf("rus");
    private static final int K_S = startOf("s");
    private static final int K_S_M1S_P1 = startOf("s-1s+1");
    private static final int K_SC = startOf("sc");
    private static final int K_SLB = startOf("slb");
    private static final int K_SP = startOf("sp");
    private static final int K_TY = startOf("ty");
    private static final int K_TY_MS = startOf("ty-s");
    private static final int K_URL = startOf("url");
    private static final int K_W = startOf("w");
    private static final int K_W_M1W = startOf("w-1w");
    private static final int K_WW_P1 = startOf("ww+1");
    private static final int K_X2 = startOf("x2");
    private static final int K_X3 = startOf("x3");
    private static final int K_YEAR = startOf("year");
    private static final int K_YR = startOf("yr");
    private static final int K_YR_MS = startOf("yr-s");
    private static final int[] W_AT_K = starts(W_AT);
    private static final int[] S_AT_K = starts(S_AT);
    private static final int[] L_AT_K = starts(L_AT);
    private static final int[] TY_AT_K = starts(TY_AT);

    private static int[] starts(String[] kinds) {
        int[] out = new int[kinds.length];
        for (int i = 0; i < kinds.length; i++) out[i] = startOf(kinds[i]);
        return out;
    }

    static {
        for (int t = 0; t < 16; t++) TYPO[t] = ((t & 1) != 0 ? "i" : "") + ((t & 2) != 0 ? "q" : "") + ((t & 4) != 0 ? "p" : "") + ((t & 8) != 0 ? "k" : "");
    }

    /** Xxxx, x, dddd, X. … : letters as X/x, digits as d, repeats collapsed after two. */
    static String shape(String t) {
        if (t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0))) return t;
        StringBuilder b = new StringBuilder(6);
        char last = 0;
        int run = 0;
        for (int i = 0; i < t.length() && b.length() < 6; i++) {
            char c = t.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k == last) {
                if (++run >= 2) continue;
            } else {
                run = 0;
            }
            b.append(k);
            last = k;
        }
        return b.toString();
    }

    static String script(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return switch (s) {
                case LATIN -> "lat";
                case CYRILLIC -> "cyr";
                case HAN -> "han";
                case GREEK -> "grk";
                default -> "oth";
            };
        }
        return t.isEmpty() || !Character.isDigit(t.charAt(0)) ? "punct" : "num";
    }

    static boolean isYear(String w) {
        if (w.length() != 4) return false;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(w.charAt(i))) return false;
        int y = Integer.parseInt(w);
        return y >= 1400 && y <= 2099;
    }

    private static int digits(String w) {
        int d = 0;
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) d++;
        return d;
    }

    private static boolean isRoman(String t) {
        if (t.isEmpty() || t.length() > 6) return false;
        for (int i = 0; i < t.length(); i++) if ("IVXLCivxlc".indexOf(t.charAt(i)) < 0) return false;
        return true;
    }
}
