package org.opis.reflist.tagger;

import java.util.List;

/**
 * An entry with no names that opens with plain words the model read as a title, followed by a title set in quotes or italics
 * ({@code Wikipedia contributors, "Historiography of Germany," Wikipedia, …}; {@code United Nations. *Yearbook …*}): the opening
 * words are the body that wrote it, its author, and the marked title is the title (the record keeps the first title it reads).
 */
final class LeadingTitles {
    private LeadingTitles() {
    }

    static int[] mend(List<Token> tokens, int[] labels) {
        int title = Label.TITLE.ordinal();
        int first = 0;
        while (first < labels.length && !Aligner.isWord(tokens.get(first).text())) first++;
        if (first >= labels.length || labels[first] != title) return labels;
        for (int l : labels) {
            if (l == Label.AUTHOR.ordinal() || l == Label.EDITOR.ordinal() || l == Label.TRANSLATOR.ordinal()) return labels;
        }
        int end = first;
        while (end + 1 < labels.length && labels[end + 1] == title) end++;
        for (int k = first; k <= end; k++) {
            Token t = tokens.get(k);
            if (t.quoted() || t.italic() || t.paren() || t.bracket()) return labels;
        }
        if (end + 1 >= tokens.size() || !closes(tokens.get(end + 1).text())) return labels;
        if (!markedTitleAfter(tokens, labels, end + 1)) return labels;
        int[] out = labels.clone();
        for (int k = first; k <= end; k++) out[k] = Label.AUTHOR.ordinal();
        return out;
    }

    /** A comma or full stop ends the opening words (not a colon: {@code Title: "Subtitle"} is one title). */
    private static boolean closes(String t) {
        return t.equals(",") || t.equals(".");
    }

    /** A later title run whose words are all in quotes or all in italics. */
    private static boolean markedTitleAfter(List<Token> tokens, int[] labels, int from) {
        int title = Label.TITLE.ordinal();
        int i = from;
        while (i < labels.length && labels[i] != title) i++;
        if (i >= labels.length) return false;
        boolean quoted = true;
        boolean italic = true;
        boolean word = false;
        for (int k = i; k < labels.length && labels[k] == title; k++) {
            Token t = tokens.get(k);
            if (!Aligner.isWord(t.text())) continue;
            word = true;
            quoted &= t.quoted();
            italic &= t.italic();
        }
        return word && (quoted || italic);
    }
}
