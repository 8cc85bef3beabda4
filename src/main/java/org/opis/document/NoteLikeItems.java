package org.opis.document;

import org.opis.cite.LeadWords;
import org.opis.reflist.BlockShapes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A numbered list whose items read as notes, whatever its heading says: under "Sources" a data story numbers its
 * footnotes ({@code <ol><li>Freeden, Georg Robin, 1943/44, S.&nbsp;38. Hingegen bewertet …</li>}). An item reads as a
 * note when it points back to a work cited before ({@code ebd.}, {@code ibid.}, {@code op. cit.}), is a short citation
 * ({@code Gaddis 2005, p. 30.}), or holds a short form of the humanities — the family name, a short title and the year,
 * then a labelled page or the item's end ({@code Poser, Deckenbilder, 1980, S. 160.}). An entry of a list gives its title
 * in full with its imprint, so it is seldom any of these; the list is notes when most of its items are.
 */
final class NoteLikeItems {

    /** Family name, comma, a short title of one to six words, comma, the year (or "o. J."), then a page label or the end. */
    private static final Pattern SHORT_TITLE_FORM = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}[\\p{L}'’\\-]+,\\s+\\p{Lu}[\\p{L}'’\\-]*(?:\\s+[\\p{L}'’\\-]+){0,5},\\s+(?:1[5-9]\\d\\d|20[0-4]\\d)(?:/\\d{2,4})?"
                    + "(?:,\\s+(?:S|s|p|pp|Nr|fol|Bd)\\.\\s?\\d|[.;]?\\s*$)");

    private NoteLikeItems() {
    }

    /** True when [from, to) holds at least three numbered list items and most of them read as notes. */
    static boolean notes(List<Block> blocks, int from, int to) {
        int items = 0, noteLike = 0;
        for (int k = from; k < to; k++) {
            Block b = blocks.get(k);
            if (b.kind() != BlockKind.LIST_ITEM) continue;
            if (!b.label().matches("\\d{1,4}")) return false;
            items++;
            if (noteLike(BlockShapes.strip(org.opis.text.InlineHtml.plain(b.text())))) noteLike++; // "S.&nbsp;38" read as "S. 38"
        }
        return items >= 3 && noteLike * 2 > items;
    }

    static boolean noteLike(String t) {
        return LeadWords.holdsRepeatForm(t) || BlockShapes.shortCitation(t) || SHORT_TITLE_FORM.matcher(t).find();
    }
}
