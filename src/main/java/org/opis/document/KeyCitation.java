package org.opis.document;

import org.opis.cite.Locator;
import org.opis.model.Span;

import java.util.List;
import java.util.Optional;

/**
 * A citation that names its work by a key rather than by author and year: a pandoc citation
 * ({@code [@kotkin1995, p. 45]}), a LaTeX command ({@code \parencite[45]{kotkin1995}}) or an item of
 * a Zotero/Mendeley field code (the key is the item's id there).
 *
 * @param text            the citation as written
 * @param key             the key
 * @param span            where it is in the original file
 * @param group           citations written together share a group number
 * @param locators        the pinpoint
 * @param prefix          text before the key inside the citation ({@code see})
 * @param suppressAuthor  {@code [-@key]}: year only
 * @param inNote          written in a footnote or endnote
 * @param visible         for a field code: the text Word shows, which the plug-in wrote
 * @param block           index of the block it is written in
 * @param start           where it starts in the block's text
 * @param end             where it ends in the block's text
 */
public record KeyCitation(String text, String key, Span span, int group, List<Locator> locators, String prefix,
                          boolean suppressAuthor, boolean inNote, Optional<String> visible, int block, int start, int end) {
    public KeyCitation {
        locators = List.copyOf(locators);
        prefix = prefix == null ? "" : prefix;
        visible = visible == null ? Optional.empty() : visible;
    }
}
