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

    /** The list may stand inside wrapping containers opened before it: {@code <div class="references"><ol>…}. */
    private static final Pattern LIST = Pattern.compile("^\\s*(?:<(?:div|section|aside|nav|footer)\\b[^>]*>\\s*){0,3}<(ul|ol)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("<li\\b[^>]*>(.*?)(?=</li\\s*>|<li\\b|</[uo]l\\s*>|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern ENTITY = Pattern.compile("&(#\\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-z]{2,6});");

    private HtmlListItems() {
    }

    /** The text of an entity: a no-break space is a space; null for a name not known here (left as written). */
    private static String entity(String name) {
        try {
            if (name.startsWith("#x")) return name.length() > 2 ? Character.toString(Integer.parseInt(name.substring(2), 16)) : null;
            if (name.startsWith("#")) return Character.toString(Integer.parseInt(name.substring(1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (name) {
            case "nbsp", "ensp", "emsp", "thinsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "ndash" -> "–";
            case "mdash" -> "—";
            default -> null;
        };
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
            String raw = inner.substring(lead).stripTrailing();
            if (raw.isEmpty()) continue;
            k++;
            // entities read as their characters ("S.&nbsp;38" is "S. 38"), each piece of text mapped to its place
            long at = start + m.start(1) + lead;
            Origin origin = new Origin().add(0, at, true);
            StringBuilder t = new StringBuilder(raw.length());
            Matcher e = ENTITY.matcher(raw);
            int from = 0;
            while (e.find()) {
                String ch = entity(e.group(1));
                if (ch == null) continue;
                t.append(raw, from, e.start()).append(ch);
                from = e.end();
                origin.add(t.length(), at + from, true);
            }
            t.append(raw, from, raw.length());
            items.add(new Block(BlockKind.LIST_ITEM, 1, ordered ? String.valueOf(k) : "", t.toString(), origin));
        }
        return items;
    }
}
