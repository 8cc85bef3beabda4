package org.opis.reflist.tagger;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence of a few capitalised words the tagger left unlabelled just after the title, in an entry with neither publisher
 * nor container, and followed by a date, an access date, a link, an access word ({@code "Cuba receives first US shipment
 * in 50 years". Al Jazeera. 14 July 2012.}) or the note of an archived copy ({@code "The Cuban Slave Market".
 * MysticSeaport.org. Archived from the original on …}; words: {@code tagger/archived-words.txt}), is the publisher (the
 * site or body that issued the page). So is such a sentence the model read as the author, when no name comes before the title
 * (the model takes {@code Al Jazeera} for a person's name).
 */
final class SentencePublishers {
    /** Dictionary classes of a word that say the sentence is something else (a label, a role, a genre). */
    private static final Set<String> NOT_A_PUBLISHER = Set.of("url", "in", "ed", "trans", "vol", "issue", "page", "by", "genre",
            "series", "archive", "month", "gost");
    private static final int MOST_WORDS = 8;
    private static final Set<String> ARCHIVED = Set.copyOf(org.opis.reflist.Data.lines("tagger/archived-words.txt"));

    private SentencePublishers() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int other = Label.OTHER.ordinal();
        int titleEnd = -1;
        for (int i = 0; i < labels.length; i++) {
            Label l = Label.ALL[labels[i]];
            if (l == Label.PUBLISHER || l == Label.CONTAINER_TITLE) return labels;
            if (l == Label.TITLE && titleEnd < 0) {
                int j = i;
                while (j + 1 < labels.length && labels[j + 1] == labels[i]) j++;
                titleEnd = j;
            }
        }
        if (titleEnd < 0) return labels;
        int s = titleEnd + 1;
        boolean stop = false;
        while (s < labels.length && labels[s] == other && !Aligner.isWord(tokens.get(s).text())) {
            if (tokens.get(s).text().equals(".")) stop = true;
            s++;
        }
        if (!stop || s >= labels.length) return labels;
        // the model reads a site's name after the title as its author ("…". Al Jazeera. 14 July 2012.) when no name came before
        int read = labels[s] == Label.AUTHOR.ordinal() && !nameBefore(labels, titleEnd) ? labels[s] : other;
        if (labels[s] != read) return labels;
        Token first = tokens.get(s);
        if (!Character.isUpperCase(first.text().codePointAt(0)) || first.italic() || first.quoted()) return labels;
        int k = s;
        int words = 0;
        while (k < labels.length && labels[k] == read && !sentenceEnd(tokens, k)) {
            String t = tokens.get(k).text();
            if (t.equals("(") || t.equals(",") || t.equals(":") || t.chars().anyMatch(Character::isDigit)) return labels;
            if (Aligner.isWord(t)) {
                words++;
                for (String c : Lexicon.classes(t.toLowerCase(Locale.ROOT))) if (NOT_A_PUBLISHER.contains(c)) return labels;
            }
            k++;
        }
        if (k >= labels.length || !sentenceEnd(tokens, k) || words == 0 || words > MOST_WORDS) return labels;
        if (k + 1 < labels.length && !follows(tokens.get(k + 1), Label.ALL[labels[k + 1]])) return labels;
        int[] out = labels.clone();
        for (int i = s; i < k; i++) out[i] = Label.PUBLISHER.ordinal();
        return out;
    }

    /** Whether a name span comes before the end of the title. */
    private static boolean nameBefore(int[] labels, int titleEnd) {
        for (int i = 0; i <= titleEnd; i++) {
            Label l = Label.ALL[labels[i]];
            if (l == Label.AUTHOR || l == Label.EDITOR || l == Label.TRANSLATOR) return true;
        }
        return false;
    }

    /** A full stop that ends a sentence: the last token, or one a space follows ({@code MysticSeaport.org.} keeps its dots). */
    private static boolean sentenceEnd(List<Token> tokens, int k) {
        return tokens.get(k).text().equals(".") && (k + 1 == tokens.size() || tokens.get(k + 1).spaceBefore());
    }

    private static boolean follows(Token next, Label l) {
        if (l == Label.DATE || l == Label.ACCESSED || l == Label.URL || l == Label.IDENTIFIER) return true;
        String w = next.text().toLowerCase(Locale.ROOT);
        return ARCHIVED.contains(w) || Lexicon.is(w, "url");
    }
}
