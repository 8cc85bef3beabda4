package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * Typographic apostrophes before formatting. citeproc-java's smart quotes read a straight
 * {@code '} after a letter at the end of a word ({@code Ljudi. Gody. Vlast'}) as a closing quote
 * and print the locale's inner closing quote: {@code Vlast”} in British English, {@code Vlast“} in
 * Russian. An apostrophe after a letter is made {@code ’} (U+2019) in the texts of a record (titles,
 * publisher, place, note), which is what citeproc-js prints too.
 */
final class Typography {

    private Typography() {
    }

    /** The item with apostrophes after letters made typographic in its title-like texts. */
    static CSLItemData apostrophes(CSLItemData d) {
        return new CSLItemDataBuilder(d)
                .title(fix(d.getTitle()))
                .titleShort(fix(d.getTitleShort()))
                .containerTitle(fix(d.getContainerTitle()))
                .containerTitleShort(fix(d.getContainerTitleShort()))
                .collectionTitle(fix(d.getCollectionTitle()))
                .originalTitle(fix(d.getOriginalTitle()))
                .publisher(fix(d.getPublisher()))
                .publisherPlace(fix(d.getPublisherPlace()))
                .note(fix(d.getNote()))
                .build();
    }

    /** {@code '} after a letter (or a letter's combining mark) becomes {@code ’}; null stays null. */
    static String fix(String s) {
        if (s == null || s.indexOf('\'') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' && i > 0) {
                int prev = s.codePointBefore(i);
                int type = Character.getType(prev);
                if (Character.isLetter(prev) || type == Character.NON_SPACING_MARK) {
                    sb.append('\u2019');
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
