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
        for (int i = 0; i < n; i++) {
            Token tk = tokens.get(i);
            int k = 0;
            String w = lower[i];
            buf[k++] = h("b", "");
            buf[k++] = h("w", w);
            buf[k++] = h("s", shape[i]);
            buf[k++] = h("sc", script(tk.text()));
            if (w.length() > 3) {
                buf[k++] = h("p3", w.substring(0, 3));
                buf[k++] = h("x3", w.substring(w.length() - 3));
                buf[k++] = h("x2", w.substring(w.length() - 2));
            }
            buf[k++] = h("len", String.valueOf(Math.min(w.length(), 8)));
            if (isYear(w)) buf[k++] = h("year", "");
            if (w.length() > 0 && Character.isDigit(w.charAt(0))) buf[k++] = h("nd", String.valueOf(Math.min(digits(w), 5)));
            if (isRoman(tk.text())) buf[k++] = h("roman", "");
            if (w.startsWith("http") || w.startsWith("www.")) buf[k++] = h("url", "");
            if (w.startsWith("10.") && w.indexOf('/') > 0) buf[k++] = h("doi", "");
            if (Lexicon.russianEnding(w)) buf[k++] = h("rus", "");
            for (String c : lex[i]) buf[k++] = h("L", c);
            String typo = (tk.italic() ? "i" : "") + (tk.quoted() ? "q" : "") + (tk.paren() ? "p" : "") + (tk.bracket() ? "k" : "");
            buf[k++] = h("ty", typo);
            if (tk.italic()) buf[k++] = h("it", "");
            if (tk.quoted()) buf[k++] = h("qu", "");
            if (tk.paren()) buf[k++] = h("pa", "");
            if (tk.bracket()) buf[k++] = h("br", "");
            buf[k++] = h("sp", tk.spaceBefore() ? "1" : "0");
            buf[k++] = h("pos", String.valueOf(i * 8 / Math.max(n, 1)));
            if (i == 0) buf[k++] = h("first", "");
            if (i == n - 1) buf[k++] = h("last", "");
            buf[k++] = h("per", String.valueOf(Math.min(periods, 4)));
            buf[k++] = h("com", String.valueOf(Math.min(commas, 4)));
            buf[k++] = h("yr", String.valueOf(Math.min(years, 2)));
            buf[k++] = h("col", String.valueOf(Math.min(colons, 2)));
            buf[k++] = h("per-s", Math.min(periods, 3) + shape[i]);
            buf[k++] = h("yr-s", Math.min(years, 1) + shape[i]);
            buf[k++] = h("ty-s", typo + shape[i]);
            for (int d = -2; d <= 2; d++) {
                if (d == 0) continue;
                int j = i + d;
                String pos = String.valueOf(d);
                if (j < 0 || j >= n) {
                    buf[k++] = h("w" + pos, "<>");
                    continue;
                }
                buf[k++] = h("w" + pos, lower[j]);
                buf[k++] = h("s" + pos, shape[j]);
                if (Math.abs(d) == 1) {
                    for (String c : lex[j]) if (k < buf.length - 8) buf[k++] = h("L" + pos, c);
                    Token o = tokens.get(j);
                    buf[k++] = h("ty" + pos, (o.italic() ? "i" : "") + (o.quoted() ? "q" : "") + (o.paren() ? "p" : ""));
                }
            }
            if (i > 0) buf[k++] = h("w-1w", lower[i - 1] + "|" + w);
            if (i + 1 < n) buf[k++] = h("ww+1", w + "|" + lower[i + 1]);
            if (i > 0 && i + 1 < n) buf[k++] = h("s-1s+1", shape[i - 1] + "|" + shape[i] + "|" + shape[i + 1]);
            int[] f = new int[k];
            for (int a = 0; a < k; a++) f[a] = buf[a] & mask;
            out[i] = f;
            if (w.equals(".")) periods++;
            else if (w.equals(",")) commas++;
            else if (w.equals(":")) colons++;
            else if (isYear(w)) years++;
            if (k > buf.length - 20) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        return out;
    }

    private static int h(String kind, String value) {
        int x = 0x811C9DC5;
        for (int i = 0; i < kind.length(); i++) x = (x ^ kind.charAt(i)) * 0x01000193;
        x = (x ^ 0x1F) * 0x01000193;
        for (int i = 0; i < value.length(); i++) x = (x ^ value.charAt(i)) * 0x01000193;
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        return x;
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
