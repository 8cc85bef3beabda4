package org.opis.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw HTML list written inside Markdown ({@code <ul>}/{@code <ol>} holding {@code <li>…</li>}, as
 * blog engines let authors write a reference list): each item becomes a list-item block of its
 * own, its text the item's content (Markdown inside it kept as written), so the list is read as a
 * list and no {@code <li>} tag stays in an entry. Other HTML blocks are left to the caller.
 */
final class HtmlListItems {

    private static final Pattern LIST = Pattern.compile("^\\s*<(ul|ol)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("<li\\b[^>]*>(.*?)(?=</li\\s*>|<li\\b|</[uo]l\\s*>|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlListItems() {
    }

    /**
     * The items of an HTML block that is a list, each at its place in the source ({@code start} is the
     * block's offset in the file); empty when the block is not a list or holds no item.
     */
    static List<Block> of(String block, int start) {
        List<Block> items = new ArrayList<>();
        Matcher list = LIST.matcher(block);
        if (!list.find()) return items;
        boolean ordered = list.group(1).equalsIgnoreCase("ol");
        Matcher m = ITEM.matcher(block);
        int k = 0;
        while (m.find()) {
            String inner = m.group(1);
            int lead = 0;
            while (lead < inner.length() && Character.isWhitespace(inner.charAt(lead))) lead++;
            String t = inner.substring(lead).stripTrailing();
            if (t.isEmpty()) continue;
            k++;
            items.add(new Block(BlockKind.LIST_ITEM, 1, ordered ? String.valueOf(k) : "", t,
                    new Origin().add(0, start + m.start(1) + lead, true)));
        }
        return items;
    }
}
