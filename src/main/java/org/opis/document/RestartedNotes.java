package org.opis.document;

import org.opis.cite.LeadWords;

import java.util.List;

/**
 * Notes set out after the reference list with no heading of their own: in a section read as the list, a
 * second numbered list that starts again at 1 after the list's own numbered run, apart from it (other blocks
 * between, such as an abstract), and that holds a form pointing back to a work cited before
 * ({@code Tamże, s. 49-56.}, {@code Ibid.}, {@code op. cit.} — what a list never holds; see
 * {@link LeadWords#holdsRepeatForm}) is the document's notes, not more entries. A diploma thesis exported to
 * Markdown ends so: {@code ## LITERATURA}, its numbered entries, the abstract, then the numbered notes.
 */
final class RestartedNotes {

    private RestartedNotes() {
    }

    /** Marks as notes, in {@code parts}, the items of such a second numbered run within blocks [from, to). */
    static void mark(List<Block> blocks, int from, int to, Part[] parts) {
        boolean firstRun = false;
        int k = from;
        while (k < to) {
            if (!numberedItem(blocks.get(k))) {
                k++;
                continue;
            }
            int end = k;
            boolean repeat = false;
            while (end < to && (numberedItem(blocks.get(end)) || blocks.get(end).text().isBlank())) {
                if (LeadWords.holdsRepeatForm(blocks.get(end).text())) repeat = true;
                end++;
            }
            boolean restarts = blocks.get(k).label().equals("1");
            // a later run starting again at 1, apart from the first, holding an ibid. or op. cit. form
            if (restarts && firstRun && repeat && end - k >= 2) {
                for (int j = k; j < end; j++) if (numberedItem(blocks.get(j))) parts[j] = Part.NOTE;
            }
            if (restarts) firstRun = true;
            k = end;
        }
    }

    private static boolean numberedItem(Block b) {
        return b.kind() == BlockKind.LIST_ITEM && b.label().matches("\\d{1,4}");
    }
}
