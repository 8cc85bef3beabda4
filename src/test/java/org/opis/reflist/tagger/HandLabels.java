package org.opis.reflist.tagger;

import java.util.Arrays;
import java.util.List;

/** Labels written out by hand for a span-rule test: words of the entry and the label each run of them has. */
final class HandLabels {
    private HandLabels() {
    }

    /** Every token {@link Label#OTHER} but those inside the given runs ({@code "words", Label, "words", Label, …}). */
    static int[] label(List<Token> tokens, String entry, Object... spans) {
        int[] out = new int[tokens.size()];
        Arrays.fill(out, Label.OTHER.ordinal());
        for (int k = 0; k < spans.length; k += 2) {
            String words = (String) spans[k];
            int from = entry.indexOf(words);
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= from && tokens.get(i).end() <= from + words.length()) out[i] = ((Label) spans[k + 1]).ordinal();
            }
        }
        return out;
    }

    /** The fields the span conversion gives an entry whose tokens carry these hand labels, each label sure. */
    static List<Field> fields(String entry, Object... spans) {
        List<Token> tokens = Tokenizer.tokens(entry);
        int[] labels = label(tokens, entry, spans);
        double[][] marg = new double[tokens.size()][Label.ALL.length];
        for (int i = 0; i < tokens.size(); i++) marg[i][labels[i]] = 1;
        return Decoder.fields(entry, tokens, labels, marg);
    }

    /** The text of the first field of that label, or null. */
    static String text(List<Field> fields, Label l) {
        return fields.stream().filter(f -> f.label() == l).map(Field::text).findFirst().orElse(null);
    }
}
