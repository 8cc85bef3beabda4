package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;
import org.opis.text.Regexes;

/**
 * Spans mended around a page label, before runs become fields (called by {@link NameSpans#mend}):
 * <ul>
 *   <li>a page label ({@code p.}, {@code pp.}, {@code S.}, {@code с.}: the tagger dictionary's page class)
 *       followed by a number or range the model left unlabelled makes that number the page, when the entry
 *       has no page yet;</li>
 *   <li>a publisher, or a title span after the entry's first title and a field between them, directly followed by
 *       {@code , p. 4} in an entry without a container is the container (a newspaper or journal: a book's imprint is
 *       not followed by its page, {@code The Straits Times, p. 6});</li>
 *   <li>the text of a Markdown link opening the entry ({@code [Cold front war](http://…)}) that the model left
 *       unlabelled is the title when the entry has none;</li>
 *   <li>a bare number the model put at the head of a date in parentheses ({@code 12 (Winter 1988)},
 *       {@code 41 (Jun., 1982)}) is the volume (the issue after an issue label), when the entry has none:
 *       a date does not begin with a number outside its parentheses.</li>
 * </ul>
 */
final class Pages {
    private Pages() {
    }

    static void mend(List<Token> tokens, int[] out) {
        int page = Label.PAGE.ordinal();
        int other = Label.OTHER.ordinal();
        if (!has(out, page)) {
            for (int i = 0; i + 1 < out.length; i++) {
                if (out[i] != other || !pageLabel(tokens.get(i).text())) continue;
                int j = i + 1;
                if (tokens.get(j).text().equals(".") && out[j] == other) j++;
                if (j >= out.length || out[j] != other || !number(tokens.get(j).text())) continue;
                int k = j;
                while (k + 2 < out.length && out[k + 1] == other && dash(tokens.get(k + 1).text()) && number(tokens.get(k + 2).text())) k += 2;
                for (int x = j; x <= k; x++) out[x] = page;
                if (i >= 2 && tokens.get(i - 1).text().equals(",") && !has(out, Label.CONTAINER_TITLE.ordinal())
                        && (out[i - 2] == Label.PUBLISHER.ordinal() || secondTitle(out, i - 2))) {
                    int l = out[i - 2];
                    for (int x = i - 2; x >= 0 && out[x] == l; x--) out[x] = Label.CONTAINER_TITLE.ordinal();
                }
                break;
            }
        }
        if (!has(out, Label.TITLE.ordinal()) && out.length > 3 && tokens.get(0).text().equals("[") && out[0] == other) {
            int j = 1;
            while (j < out.length && out[j] == other && !tokens.get(j).text().equals("]")) j++;
            if (j > 1 && j + 2 < out.length && tokens.get(j).text().equals("]") && tokens.get(j + 1).text().equals("(")
                    && out[j + 2] == Label.URL.ordinal()) {
                for (int x = 1; x < j; x++) out[x] = Label.TITLE.ordinal();
            }
        }
        labelledNumber(tokens, out, "vol", Label.VOLUME.ordinal());
        labelledNumber(tokens, out, "issue", Label.ISSUE.ordinal());
        issueAfterVolumeLabel(tokens, out);
        volumeBeforeDate(tokens, out);
    }

    /**
     * Whether the token at {@code end} closes a title span that is not the entry's first: an earlier title span, set
     * apart from it by a field that is no title ({@code [Crisis over](…). (1962, October 30). The Straits Times, p. 1}).
     */
    static boolean secondTitle(int[] out, int end) {
        int title = Label.TITLE.ordinal();
        if (out[end] != title) return false;
        int x = end;
        while (x >= 0 && out[x] == title) x--;
        boolean between = false;
        for (; x >= 0; x--) {
            if (out[x] == title) return between;
            if (out[x] != Label.OTHER.ordinal()) between = true;
        }
        return false;
    }

    /**
     * A number the model read as the issue right after a volume label ({@code t.1}, {@code vol. 3}: the tagger
     * dictionary's class {@code vol}, not also an issue label), in an entry with no volume, is the volume: the label
     * says what the number is ({@code Hồ Chí Minh: Toàn tập, Nxb. Sự thật, Hà Nội, 1980, t.1, tr.157}).
     */
    static void issueAfterVolumeLabel(List<Token> tokens, int[] out) {
        int issue = Label.ISSUE.ordinal();
        if (has(out, Label.VOLUME.ordinal())) return;
        for (int i = 1; i < out.length; i++) {
            if (out[i] != issue || !number(tokens.get(i).text()) || i > 0 && out[i - 1] == issue && number(tokens.get(i - 1).text())) continue;
            int j = i - 1;
            if (tokens.get(j).text().equals(".") && j > 0) j--;
            String label = tokens.get(j).text();
            if (!is(label, "vol") || is(label, "issue")) continue;
            int x = j;
            for (; x < out.length && (out[x] == issue || x < i); x++) if (out[x] == issue) out[x] = Label.VOLUME.ordinal();
            // a list of volumes read as issues ("T. 5, 9") stays one list
            while (x + 1 < out.length && tokens.get(x).text().equals(",") && out[x + 1] == issue && number(tokens.get(x + 1).text())) {
                out[x] = Label.VOLUME.ordinal();
                out[x + 1] = Label.VOLUME.ordinal();
                x += 2;
            }
            return;
        }
    }

    /**
     * A volume or issue label ({@code Bd.}, {@code vol.}, {@code No.}, {@code вып.}: the tagger dictionary's
     * classes) followed by a number the model left unlabelled makes that number the volume or issue, when the
     * entry has none yet (as the page label does for pages above).
     */
    static void labelledNumber(List<Token> tokens, int[] out, String cls, int label) {
        int other = Label.OTHER.ordinal();
        if (has(out, label)) return;
        for (int i = 0; i + 1 < out.length; i++) {
            if (out[i] != other || !is(tokens.get(i).text(), cls) || pageLabel(tokens.get(i).text())) continue;
            if (i > 0 && out[i - 1] != other && !Regexes.matches(tokens.get(i - 1).text(), "\\p{P}")) continue;
            int j = i + 1;
            if (tokens.get(j).text().equals(".") && out[j] == other) j++;
            if (j >= out.length || out[j] != other || !number(tokens.get(j).text()) || tokens.get(j).text().length() > 4) continue;
            out[j] = label;
            return;
        }
    }

    private static boolean is(String t, String cls) {
        for (String c : Lexicon.classes(t.toLowerCase(Locale.ROOT))) if (c.equals(cls)) return true;
        return false;
    }

    /** {@code N (Season YYYY)}: the number before the parenthesised date is a volume (or, after an issue label, an issue). */
    static void volumeBeforeDate(List<Token> tokens, int[] out) {
        int date = Label.DATE.ordinal();
        for (int i = 0; i + 2 < out.length; i++) {
            if (out[i] != date || !number(tokens.get(i).text()) || tokens.get(i).text().length() > 3) continue;
            if (!tokens.get(i + 1).text().equals("(") || out[i + 1] != date && out[i + 2] != date) continue;
            if (i > 0 && out[i - 1] == date) continue;
            boolean year = false;
            for (int k = i + 2; k < out.length && !tokens.get(k).text().equals(")"); k++) {
                if (Imprints.year(tokens.get(k).text())) year = true;
            }
            if (!year) continue;
            boolean issue = false;
            for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
                for (String c : Lexicon.classes(tokens.get(k).text().toLowerCase(Locale.ROOT))) if (c.equals("issue")) issue = true;
            }
            int l = issue ? Label.ISSUE.ordinal() : Label.VOLUME.ordinal();
            if (has(out, l)) continue;
            out[i] = l;
            return;
        }
    }

    private static boolean has(int[] out, int label) {
        for (int l : out) if (l == label) return true;
        return false;
    }

    private static boolean pageLabel(String t) {
        for (String c : Lexicon.classes(t.toLowerCase(Locale.ROOT))) if (c.equals("page")) return true;
        return false;
    }

    private static boolean number(String t) {
        return !t.isEmpty() && t.length() <= 5 && t.chars().allMatch(Character::isDigit);
    }

    private static boolean dash(String t) {
        return t.equals("-") || t.equals("–") || t.equals("—");
    }
}
