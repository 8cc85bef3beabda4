package org.opis.reflist;

import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A publisher the tagger read where the rules read none, standing right after a place and a colon, the imprint's own
 * punctuation ({@code Petrópolis: Vozes, 2007}, {@code São Paulo: Cultrix}, {@code Rio de Janeiro: Elsevier}): the tagger's
 * publisher is taken (a check of {@link ChoiceChecks}' kind). The place must be capitalised words of letters, so a
 * title's colon ({@code Memory: Essays}) after a lower-case word or a number does not count.
 */
final class ColonPublishers {
    /** Capitalised words (a place, up to four, with an optional parenthesised state) and a colon, ending where the publisher starts. */
    private static final Pattern PLACE_COLON = Pattern.compile(
            "(?u)(?:^|[.,;]\\s*)\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|do|da|dos|das|am|an|upon|on|sur))*(?:\\s+\\([\\p{L} .]+\\))?\\s*:\\s*$");

    private ColonPublishers() {
    }

    static List<String> mend(List<String> take, String entry, FieldChooser.Readings rd, org.opis.reflist.tagger.Tagger.Tagged tagged) {
        if (take.contains("publisher") || rd.rules().get("publisher") != null || rd.tagger().get("publisher") == null) return take;
        for (Field f : tagged.fields()) {
            if (f.label() != Label.PUBLISHER) continue;
            String before = entry.substring(Math.max(0, f.start() - 60), f.start());
            if (!PLACE_COLON.matcher(before).find()) return take;
            List<String> out = new ArrayList<>(take);
            out.add("publisher");
            return out;
        }
        return take;
    }
}
