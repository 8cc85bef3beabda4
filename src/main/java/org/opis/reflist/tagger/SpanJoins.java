package org.opis.reflist.tagger;

import org.opis.lexicon.Connectors;
import org.opis.reflist.Data;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The labels of an entry's tokens mended by the shape of what they label, before runs become fields:
 * a title or publisher split by a full stop, a degree before a thesis genre, a bracketed variant of a
 * name, one name cut between two name spans, a name ending with a middle initial, a month before the
 * date's year, a body's name opening the entry, a unit word after a number.
 */
final class SpanJoins {
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[4-9]\\d\\d|20\\d\\d)(?!\\d)");

    private SpanJoins() {
    }

    /** Labels spanning full stops or colons between two runs of one field: a title and its subtitle, a publisher written in two sentences. */
    private static final java.util.Set<Label> JOINABLE = java.util.EnumSet.of(Label.TITLE, Label.CONTAINER_TITLE,
            Label.COLLECTION_TITLE, Label.PUBLISHER);

    static int[] joinSplitRuns(List<Token> tokens, int[] labels) {
        int[] out = labels.clone();
        int other = Label.OTHER.ordinal();
        for (int i = 1; i < out.length; i++) {
            if (out[i] != other || out[i - 1] == other || !JOINABLE.contains(Label.ALL[out[i - 1]])) continue;
            int j = i;
            while (j < out.length && out[j] == other && j - i < 2 && isStop(tokens.get(j).text())) j++;
            if (j > i && j < out.length && out[j] == out[i - 1] && tokens.get(j).quoted() == tokens.get(i - 1).quoted()
                    && tokens.get(j).italic() == tokens.get(i - 1).italic()) {
                for (int k = i; k < j; k++) out[k] = out[i - 1];
            }
        }
        // a degree before a thesis genre is part of it ("Kand. diss.", "Ph. D. diss."): short capitalised abbreviations just before
        int genre = Label.GENRE.ordinal();
        for (int i = 1; i < out.length; i++) {
            if (out[i] != genre || out[i - 1] != other) continue;
            int j = i;
            while (j - 1 >= 0 && i - j < 4 && out[j - 1] == other && abbreviation(tokens, j - 1)) j--;
            if (j < i && !tokens.get(j).text().equals(".")) for (int k = j; k < i; k++) out[k] = genre;
        }
        // one name cut between two name spans ("Linenthal, Edward, and Tom | Engelhardt, eds."): the list is one, and
        // the role word after it ("eds.", "trans.") names the role of all of it, else the first span's role holds
        for (int i = 1; i < out.length; i++) {
            if (!NAMES.contains(Label.ALL[out[i - 1]]) || !NAMES.contains(Label.ALL[out[i]]) || out[i] == out[i - 1]) continue;
            if (!givenAfterConnector(tokens, out, i - 1) || !capitalised(tokens.get(i).text())) continue;
            int a = i - 1;
            while (a > 0 && out[a - 1] == out[i - 1]) a--;
            int b = i;
            while (b + 1 < out.length && out[b + 1] == out[i]) b++;
            int after = b + 1;
            while (after < out.length && (tokens.get(after).text().equals(",") || tokens.get(after).text().equals("("))) after++;
            boolean roleAfter = after < out.length && roleWord(tokens.get(after).text());
            int role = roleAfter ? out[i] : out[i - 1];
            for (int k = a; k <= b; k++) out[k] = role;
        }
        // a name in reading order that ends with a middle initial lacks its family name, which the next word is when a
        // comma closes it ("Joseph F. | Bouchard, Command in Crisis"): the word joins the name
        for (int i = 2; i + 1 < out.length; i++) {
            if (!NAMES.contains(Label.ALL[out[i - 1]]) || out[i] == out[i - 1] || !tokens.get(i - 1).text().equals(".")) continue;
            String ini = tokens.get(i - 2).text();
            if (ini.length() != 1 || !Character.isUpperCase(ini.charAt(0)) || out[i - 2] != out[i - 1]) continue;
            int a = i - 1;
            boolean comma = false;
            while (a > 0 && out[a - 1] == out[i - 1]) {
                if (tokens.get(a - 1).text().equals(",")) comma = true;
                a--;
            }
            if (comma || !capitalised(tokens.get(a).text()) || tokens.get(a).text().length() < 2) continue;
            if (!capitalised(tokens.get(i).text()) || tokens.get(i).text().length() < 2 || !tokens.get(i + 1).text().equals(",")) continue;
            out[i] = out[i - 1];
        }
        // a month (or season) word just before the date's year, apart from it only by a full stop or comma, is part of the
        // date ("(Apr., 1985)", "(Spring, 1999)")
        int issued = Label.DATE.ordinal();
        for (int i = 0; i + 1 < out.length; i++) {
            if (out[i] != other || !Lexicon.isMonth(tokens.get(i).text().toLowerCase(Locale.ROOT))) continue;
            int j = i + 1;
            while (j < out.length && j - i <= 2 && out[j] == other && (tokens.get(j).text().equals(".") || tokens.get(j).text().equals(","))) j++;
            if (j < out.length && out[j] == issued && YEAR.matcher(tokens.get(j).text()).matches()) for (int k = i; k < j; k++) out[k] = issued;
        }
        // a name span opening the entry with an article is a body's name ("The Harry S. Truman Library and Museum."):
        // it runs to the first full stop that does not close an initial
        if (out.length > 1 && NAMES.contains(Label.ALL[out[0]]) && corporate(tokens.get(0).text())) {
            int k = 1;
            while (k < out.length && k < 16 && capitalisedOrJoin(tokens.get(k).text())) {
                if (tokens.get(k).text().equals(".") && !(tokens.get(k - 1).text().length() == 1 && Character.isUpperCase(tokens.get(k - 1).text().charAt(0)))) break;
                k++;
            }
            if (k < out.length && tokens.get(k).text().equals(".")) for (int x = 1; x < k; x++) out[x] = out[0];
        }
        // a unit word after a number is part of the number's field, with its full stop ("1950–1975 гг.", "XVII–XX вв.")
        for (int i = 1; i < out.length; i++) {
            if (out[i] != other || out[i - 1] == other || !numeral(tokens.get(i - 1).text())
                    || !UNITS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) continue;
            out[i] = out[i - 1];
            if (i + 1 < out.length && out[i + 1] == other && tokens.get(i + 1).text().equals(".")) out[i + 1] = out[i - 1];
        }
        // a name, a bracketed variant of it, the name again: one span ("Anatoly (Anatoliy) Dobrynin")
        for (int i = 1; i < out.length; i++) {
            if (out[i] != other || !NAMES.contains(Label.ALL[out[i - 1]]) || !tokens.get(i).text().equals("(") && !tokens.get(i).text().equals("[")) continue;
            int j = i;
            while (j < out.length && out[j] == other && j - i < 6 && !tokens.get(j).text().equals(")") && !tokens.get(j).text().equals("]")) j++;
            if (j + 1 < out.length && out[j] == other && out[j + 1] == out[i - 1]) {
                for (int k = i; k <= j; k++) out[k] = out[i - 1];
            }
        }
        return out;
    }

    /** A full stop, or a short capitalised word followed by one (a part of an abbreviation such as {@code Kand.} or {@code Ph.}). */
    private static boolean abbreviation(List<Token> tokens, int k) {
        String t = tokens.get(k).text();
        if (t.equals(".")) return true;
        return t.length() <= 5 && Character.isUpperCase(t.charAt(0)) && t.chars().allMatch(Character::isLetter)
                && k + 1 < tokens.size() && tokens.get(k + 1).text().equals(".");
    }

    private static final java.util.Set<Label> NAMES = java.util.EnumSet.of(Label.AUTHOR, Label.EDITOR, Label.TRANSLATOR);
    private static final java.util.Set<String> UNITS = Data.set("number-units.txt");

    /** Whether the name span ending at {@code end} ends with a connector and one or two capitalised words (a given name without its family name). */
    private static boolean givenAfterConnector(List<Token> tokens, int[] labels, int end) {
        int k = end;
        int words = 0;
        while (k >= 0 && labels[k] == labels[end] && words < 3) {
            String t = tokens.get(k).text();
            if (t.equals(".")) {
                k--;
                continue;
            }
            if (!capitalised(t)) break;
            words++;
            k--;
        }
        if (words == 0 || words > 2 || k < 0 || labels[k] != labels[end]) return false;
        return Lexicon.is(tokens.get(k).text().toLowerCase(Locale.ROOT), "conj");
    }

    private static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    /** A role word after a list of names ({@code eds.}, {@code trans.}, {@code Hrsg.}, {@code ред.}), from the tagger's dictionary. */
    private static boolean roleWord(String t) {
        for (String c : Lexicon.classes(t.toLowerCase(Locale.ROOT))) if (c.equals("ed") || c.equals("trans")) return true;
        return false;
    }

    private static final java.util.Set<String> ARTICLES = Data.set("name-articles.txt");

    /** Lower-case words inside a body's name: the connectors' "and" and in-name words ("of", "for", "für"). */
    private static final java.util.Set<String> JOIN_WORDS = joinWords();

    private static java.util.Set<String> joinWords() {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (String kind : List.of(Connectors.AND, Connectors.WORD)) {
            for (String w : Connectors.of(kind)) s.add(w.toLowerCase(Locale.ROOT));
        }
        return java.util.Set.copyOf(s);
    }

    /** Whether a name begins with an article, as a body's name does and a person's does not. */
    static boolean corporate(String firstWord) {
        return ARTICLES.contains(firstWord);
    }

    private static boolean capitalisedOrJoin(String t) {
        return t.equals(".") || JOIN_WORDS.contains(t) || capitalised(t);
    }

    /** Arabic digits (a year, a range's end) or a Roman numeral (a century). */
    private static boolean numeral(String t) {
        return !t.isEmpty() && (t.chars().allMatch(Character::isDigit) || ROMAN.matcher(t).matches());
    }

    private static boolean isStop(String t) {
        return t.equals(".") || t.equals(":");
    }
}
