package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The imprint in parentheses, mended before runs become fields (called by {@link NameSpans#mend}): a
 * parenthesised group {@code (Words, YYYY)} — capitalised words, a comma, a year, the closing parenthesis —
 * whose words the model left unlabelled or ran into the title before it is the publisher and the date
 * ({@code The Lionheads (Braziller, 1972)}, {@code (U.S. Department of the Army, Office of the Chief of
 * Military History, 1955)}); with a colon in it, the words before the colon are the place
 * ({@code (New York: Knopf, 1972)}). Only when the entry has no publisher yet, and never for a group whose
 * words are a month or season ({@code (Winter, 1988)}) or hold digits.
 */
final class Imprints {
    private static final Map<String, String> MONTHS = org.opis.reflist.Data.months();

    private Imprints() {
    }

    static void mend(List<Token> tokens, int[] out) {
        int publisher = Label.PUBLISHER.ordinal();
        for (int l : out) if (l == publisher) return;
        int other = Label.OTHER.ordinal();
        int title = Label.TITLE.ordinal();
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("(")) continue;
            int close = -1;
            for (int k = i + 1; k < tokens.size() && k < i + 30; k++) {
                String t = tokens.get(k).text();
                if (t.equals(")")) {
                    close = k;
                    break;
                }
                if (t.equals("(")) break;
            }
            if (close < i + 4) continue;
            int year = close - 1;
            int comma = close - 2;
            if (!year(tokens.get(year).text()) || !tokens.get(comma).text().equals(",")) continue;
            int first = i + 1;
            String w = tokens.get(first).text();
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) continue;
            // the words: unlabelled, or the title's run carried on into the parentheses
            boolean fits = true;
            int colon = -1;
            for (int k = first; k < comma; k++) {
                Token t = tokens.get(k);
                if (out[k] != other && !(out[k] == title && out[i - 1] == title)) fits = false;
                if (t.text().chars().anyMatch(Character::isDigit) || MONTHS.containsKey(t.text().toLowerCase(Locale.ROOT).replace(".", ""))) fits = false;
                if (t.text().equals(":") && colon < 0) colon = k;
            }
            if (!fits) continue;
            int from = first;
            if (colon > first && colon + 1 < comma) {
                for (int k = first; k < colon; k++) out[k] = Label.PUBLISHER_PLACE.ordinal();
                out[colon] = other;
                from = colon + 1;
            }
            for (int k = from; k < comma; k++) out[k] = publisher;
            if (out[i] == title) out[i] = other;
            if (out[year] == other) out[year] = Label.DATE.ordinal();
            return;
        }
    }

    /** A four-digit year from 1000 to 2099. */
    static boolean year(String t) {
        return t.length() == 4 && t.chars().allMatch(Character::isDigit) && (t.startsWith("1") || t.startsWith("20"));
    }
}
