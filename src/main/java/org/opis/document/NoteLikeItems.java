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

    /**
     * True when [from, to) holds at least three numbered list items and most of them read as notes, or when several of
     * them are repeat forms themselves ({@code 9. Winblad, op. cit., p. 49.}, {@code 10. Ibid.}): a list of works never
     * has an item that only points back to another, so the numbered "References" holding them are endnotes, the works
     * given in full among them as well.
     */
    static boolean notes(List<Block> blocks, int from, int to) {
        int items = 0, noteLike = 0, repeats = 0;
        for (int k = from; k < to; k++) {
            Block b = blocks.get(k);
            if (b.kind() != BlockKind.LIST_ITEM) continue;
            if (!b.label().matches("\\d{1,4}")) return false;
            items++;
            String t = BlockShapes.strip(org.opis.text.InlineHtml.plain(b.text())); // "S.&nbsp;38" read as "S. 38"
            if (noteLike(t)) noteLike++;
            if (repeat(t)) repeats++;
        }
        return items >= 3 && (noteLike * 2 > items || repeats >= 2 && repeats * 5 >= items);
    }

    /** An item that is a repeat form: it opens with one, or with a name and one ({@code Korson, op. cit., p. 41.}). */
    static boolean repeat(String t) {
        String head = t.strip();
        int comma = head.indexOf(',');
        // the name before "op. cit." or "ibid.", at most three words
        String rest = comma > 0 && comma <= 40 && head.substring(0, comma).split("\\s+").length <= 3 ? head.substring(comma + 1) : head;
        String open = rest.strip();
        return LeadWords.opensWithRepeatForm(open) || LeadWords.opensWithRepeatForm(head);
    }

    static boolean noteLike(String t) {
        return LeadWords.holdsRepeatForm(t) || BlockShapes.shortCitation(t) || SHORT_TITLE_FORM.matcher(t).find();
    }
}
