package org.opis.reflist.tagger;

import org.opis.reflist.Data;

import java.util.List;
import java.util.Set;

/**
 * An article the tagger left outside the title it opens: a capitalised article (data:
 * {@code org/opis/reflist/title-articles.txt}) labelled other, standing at the start of the entry or
 * of a sentence, directly before a title span with the same typography (no punctuation between),
 * is the title's first word ({@code A History of the Comintern. By Jane Doe.}).
 */
final class TitleArticles {
    private static final Set<String> ARTICLES = Data.set("title-articles.txt");
    private static final Set<Label> TITLES = java.util.EnumSet.of(Label.TITLE, Label.CONTAINER_TITLE, Label.COLLECTION_TITLE);
    private static final String OPENS = ".:;“\"«„([*";

    private TitleArticles() {
    }

    static int[] join(List<Token> tokens, int[] labels) {
        int[] out = labels;
        int other = Label.OTHER.ordinal();
        for (int i = 0; i + 1 < labels.length; i++) {
            if (labels[i] != other || !TITLES.contains(Label.ALL[labels[i + 1]])) continue;
            Token a = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (!ARTICLES.contains(a.text()) || !next.spaceBefore() || !Aligner.isWord(next.text())) continue;
            if (a.italic() != next.italic() || a.quoted() != next.quoted()) continue;
            if (i > 0 && !sentenceStart(tokens.get(i - 1).text())) continue;
            if (out == labels) out = labels.clone();
            out[i] = labels[i + 1];
        }
        return out;
    }

    private static boolean sentenceStart(String previous) {
        return previous.length() == 1 && OPENS.indexOf(previous.charAt(0)) >= 0;
    }
}
