package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Labels the tokens of an entry from its CSL-JSON record, by finding each field's value in the
 * entry: the longest fields first, every token taken once, names by their family name and then
 * their given names or initials nearby, dates by their year and the month and day beside it,
 * page ranges by their first page and the rest of the range. Used both for synthetic entries
 * (rendered from a known record) and for hand-checked real lists (an entry and its gold record).
 * Tokens no field claims are {@link Label#OTHER}.
 */
final class Aligner {
    private Aligner() {
    }

    private static final String[][] STRING_FIELDS = {
            {"URL", "URL"}, {"DOI", "IDENTIFIER"}, {"ISBN", "IDENTIFIER"}, {"ISSN", "IDENTIFIER"},
            {"title", "TITLE"}, {"container-title", "CONTAINER_TITLE"}, {"collection-title", "COLLECTION_TITLE"},
            {"publisher", "PUBLISHER"}, {"archive", "ARCHIVE"}, {"archive_location", "ARCHIVE_LOCATION"},
            {"genre", "GENRE"}, {"publisher-place", "PUBLISHER_PLACE"},
    };
    private static final String[][] NUMBER_FIELDS = {
            {"number-of-volumes", "NUMBER_OF_VOLUMES"}, {"edition", "EDITION"}, {"volume", "VOLUME"}, {"issue", "ISSUE"},
    };

    static Label[] align(List<Token> tokens, JsonNode csl) {
        Label[] lab = new Label[tokens.size()];
        Arrays.fill(lab, Label.OTHER);
        String[] key = new String[tokens.size()];
        for (int i = 0; i < key.length; i++) key[i] = norm(tokens.get(i).text());
        for (String[] f : STRING_FIELDS) {
            String v = text(csl, f[0]);
            if (v == null) continue;
            Label l = Label.valueOf(f[1]);
            if (f[0].equals("URL") || f[0].equals("DOI")) {
                String lv = v.toLowerCase(Locale.ROOT);
                for (int i = 0; i < key.length; i++) {
                    if (lab[i] == Label.OTHER && key[i].length() > 6 && (key[i].contains(lv) || lv.contains(key[i]))) {
                        lab[i] = l;
                        break;
                    }
                }
                continue;
            }
            sequence(tokens, key, lab, words(v), l, false);
        }
        for (String role : new String[]{"author", "editor", "translator"}) {
            JsonNode names = csl.get(role);
            if (names == null || !names.isArray()) continue;
            Label l = role.equals("author") ? Label.AUTHOR : role.equals("editor") ? Label.EDITOR : Label.TRANSLATOR;
            for (JsonNode n : names) name(tokens, key, lab, n, l);
            fillGaps(tokens, key, lab, l);
        }
        page(key, lab, text(csl, "page"));
        for (String[] f : NUMBER_FIELDS) {
            String v = text(csl, f[0]);
            if (v == null) continue;
            Label l = Label.valueOf(f[1]);
            List<String> w = words(v);
            if (w.isEmpty()) continue;
            if (!sequence(tokens, key, lab, w, l, false) && w.size() == 1) {
                for (int i = 0; i < key.length; i++) {
                    if (lab[i] == Label.OTHER && key[i].startsWith(w.get(0)) && key[i].length() <= w.get(0).length() + 2
                            && Character.isLetter(key[i].charAt(key[i].length() - 1))) {
                        lab[i] = l;
                        break;
                    }
                }
            }
        }
        date(key, lab, csl.get("issued"), Label.DATE);
        date(key, lab, csl.get("accessed"), Label.ACCESSED);
        for (Label l : Label.ALL) if (l != Label.OTHER && l != Label.AUTHOR && l != Label.EDITOR && l != Label.TRANSLATOR) fillGaps(tokens, key, lab, l);
        return lab;
    }

    static String text(JsonNode csl, String field) {
        JsonNode v = csl.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A token's matching key: lower case, ё as е, without combining marks. */
    static String norm(String t) {
        String s = java.text.Normalizer.normalize(t.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            b.append(c == 'ё' ? 'е' : c == '\u2019' || c == '\u02BC' || c == '\u02B9' ? '\'' : c);
        }
        return Noise.foldLookAlikes(b.toString());
    }

    static boolean isWord(String key) {
        return !key.isEmpty() && Tokenizer.isWordChar(key.charAt(0));
    }

    static List<String> words(String v) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokens(v)) {
            String k = norm(t.text());
            if (isWord(k)) out.add(k);
        }
        return out;
    }

    /** Finds the words in order among the free tokens (non-word tokens between them skipped) and labels the span. */
    private static boolean sequence(List<Token> tokens, String[] key, Label[] lab, List<String> w, Label l, boolean last) {
        if (w.isEmpty()) return false;
        int found = -1;
        int foundEnd = -1;
        for (int s = 0; s < key.length; s++) {
            if (lab[s] != Label.OTHER || !key[s].equals(w.get(0))) continue;
            int j = s;
            int k = 0;
            int end = -1;
            while (j < key.length && k < w.size()) {
                if (lab[j] != Label.OTHER) break;
                if (!isWord(key[j])) {
                    j++;
                    continue;
                }
                if (!key[j].equals(w.get(k))) break;
                k++;
                end = j;
                j++;
            }
            if (k == w.size()) {
                found = s;
                foundEnd = end;
                if (!last) break;
            }
        }
        if (found < 0) return false;
        for (int i = found; i <= foundEnd; i++) lab[i] = l;
        return true;
    }

    private static void name(List<Token> tokens, String[] key, Label[] lab, JsonNode n, Label l) {
        String literal = text(n, "literal");
        if (literal != null) {
            sequence(tokens, key, lab, words(literal), l, false);
            return;
        }
        String family = text(n, "family");
        if (family == null) return;
        List<String> fam = words(family);
        String particle = text(n, "non-dropping-particle");
        int before = count(lab, l);
        if (!sequence(tokens, key, lab, fam, l, false)) return;
        int at = -1;
        for (int i = 0; i < lab.length; i++) if (lab[i] == l && key[i].equals(fam.get(0)) && at < 0) at = i;
        if (count(lab, l) == before || at < 0) return;
        List<String> given = new ArrayList<>();
        String g = text(n, "given");
        if (g != null) given.addAll(words(g));
        if (particle != null) given.addAll(words(particle));
        String dp = text(n, "dropping-particle");
        if (dp != null) given.addAll(words(dp));
        for (String gw : given) {
            int bestI = -1;
            for (int d = 1; d <= 6 && bestI < 0; d++) {
                for (int i : new int[]{at - d, at + d}) {
                    if (i < 0 || i >= key.length || lab[i] != Label.OTHER || !isWord(key[i])) continue;
                    if (key[i].equals(gw) || (key[i].length() <= 2 && gw.startsWith(key[i]))) {
                        bestI = i;
                        break;
                    }
                }
            }
            if (bestI >= 0) lab[bestI] = l;
        }
    }

    private static int count(Label[] lab, Label l) {
        int c = 0;
        for (Label x : lab) if (x == l) c++;
        return c;
    }

    private static void page(String[] key, Label[] lab, String v) {
        if (v == null) return;
        List<String> w = words(v);
        if (w.isEmpty()) return;
        for (int i = key.length - 1; i >= 0; i--) {
            if (lab[i] != Label.OTHER || !key[i].equals(w.get(0))) continue;
            lab[i] = Label.PAGE;
            if (w.size() > 1 && i + 2 < key.length && !isWord(key[i + 1]) && lab[i + 2] == Label.OTHER
                    && key[i + 2].chars().allMatch(Character::isLetterOrDigit)) {
                lab[i + 1] = Label.PAGE;
                lab[i + 2] = Label.PAGE;
            }
            return;
        }
    }

    private static void date(String[] key, Label[] lab, JsonNode d, Label l) {
        if (d == null || !d.isObject()) return;
        JsonNode parts = d.get("date-parts");
        if (parts == null || !parts.isArray() || parts.isEmpty()) {
            String lit = text(d, "literal") != null ? text(d, "literal") : text(d, "raw");
            if (lit != null) {
                List<String> w = words(lit);
                for (int s = 0; s < key.length; s++) {
                    if (!w.isEmpty() && lab[s] == Label.OTHER && key[s].equals(w.get(0))) {
                        lab[s] = l;
                        for (int j = s + 1; j < key.length && j < s + 8 && lab[j] == Label.OTHER && (!isWord(key[j]) || w.contains(key[j])); j++) lab[j] = l;
                        break;
                    }
                }
            }
            return;
        }
        for (JsonNode p : parts) {
            if (!p.isArray() || p.isEmpty()) continue;
            String year = p.get(0).asText();
            String day = p.size() > 2 ? p.get(2).asText() : null;
            int at = -1;
            for (int i = 0; i < key.length; i++) {
                if (lab[i] == Label.OTHER && key[i].startsWith(year) && key[i].length() <= year.length() + 1) {
                    at = i;
                    break;
                }
            }
            if (at < 0) continue;
            lab[at] = l;
            for (int dir : new int[]{-1, 1}) {
                int i = at + dir;
                int last = at;
                while (i >= 0 && i < key.length && Math.abs(i - at) <= 5 && lab[i] == Label.OTHER) {
                    String k = key[i];
                    boolean month = Lexicon.isMonth(k.replace(".", ""));
                    boolean num = day != null && k.equals(day) || (p.size() > 1 && k.equals(p.get(1).asText()) && isWord(k));
                    if (month || num) {
                        for (int j = Math.min(last, i); j <= Math.max(last, i); j++) lab[j] = l;
                        last = i;
                    } else if (isWord(k)) {
                        break;
                    }
                    i += dir;
                }
            }
        }
    }

    /** Labels punctuation and connectors lying between two tokens of the same field. */
    private static void fillGaps(List<Token> tokens, String[] key, Label[] lab, Label l) {
        int prev = -1;
        for (int i = 0; i < lab.length; i++) {
            if (lab[i] != l) continue;
            if (prev >= 0 && i - prev > 1 && i - prev <= 4) {
                boolean ok = true;
                for (int j = prev + 1; j < i; j++) {
                    if (lab[j] != Label.OTHER) ok = false;
                    else if (isWord(key[j]) && !connector(key[j])) ok = false;
                }
                if (ok) for (int j = prev + 1; j < i; j++) lab[j] = l;
            }
            prev = i;
        }
    }

    private static boolean connector(String k) {
        return Lexicon.is(k, "conj");
    }
}
