package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

import java.util.Objects;
import java.util.Optional;

/**
 * The language of a record the tagger changed: the rules guessed it from the titles they read, so
 * when the combined record's titles are other than theirs (the rules took a whole short note,
 * {@code Nietzel 2009, S. 561}, for a title), the guess is made again from the titles the record now
 * has. A language the entry states ({@code (In Russian)}) stays; with no title left to guess from
 * and none stated, the record has no language rather than one guessed from text that is not a title.
 */
final class MergedLanguage {
    private MergedLanguage() {
    }

    static CSLItemData settle(CSLItemData rules, CSLItemData merged, String entry) {
        if (merged == rules || titles(merged).equals(titles(rules))) return merged;
        Optional<String> language = StatedLanguage.find(entry, 0).map(StatedLanguage.Remark::code);
        if (language.isEmpty()) {
            language = LanguageGuesser.guess(titles(merged), merged.getPublisherPlace() == null ? "" : merged.getPublisherPlace());
        }
        String now = language.orElse(null);
        if (Objects.equals(now, merged.getLanguage())) return merged;
        return new CSLItemDataBuilder(merged).language(now).build();
    }

    private static String titles(CSLItemData d) {
        StringBuilder b = new StringBuilder();
        for (String t : new String[] {d.getTitle(), d.getContainerTitle(), d.getCollectionTitle()}) {
            if (t != null) b.append(t).append(' ');
        }
        return b.toString().strip();
    }
}
