package org.opis.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list laid out in a table — the way a Word user (or an old web page) aligns a bibliography or a list of notes:
 * one row a work, one cell holding its whole text, beside it at most a short label ({@code [1]}, {@code 12.},
 * {@code Becker2025}) or nothing. Such a table is read as list items, one a row, not as a data table: each row has
 * exactly one cell of {@value #LONG} characters or more holding at least two thirds of the row's text, and every
 * other cell is empty or a label of at most {@value #SHORT} characters. A data table (cells of like length, several
 * long cells in a row, a row without a long cell) and a table of one such row (a boxed paragraph) are left as they are.
 */
final class LayoutTables {

    static final int LONG = 30;
    static final int SHORT = 24;

    /** A row read as an item: its label (a number or a key, brackets and final stop dropped; may be empty) and the cell of its text. */
    record Row(String label, int cell) {
    }

    /** A paragraph of a cell: its text and where it starts in the original (the text runs on from there). */
    record Para(String text, long position) {
    }

    private static final Pattern WRAPPED = Pattern.compile("^[\\[(]?\\s*([^\\s\\[\\]()]{1,22}?)\\s*[\\])]?[.:]?$");

    private LayoutTables() {
    }

    /**
     * The rows of {@code table} (each a list of cell texts) as items, or {@code null} when it is not a list laid out
     * in a table. Empty rows give {@code null} items.
     */
    static Row[] items(List<List<String>> table) {
        if (table.isEmpty()) return null;
        Row[] out = new Row[table.size()];
        int read = 0;
        for (int r = 0; r < table.size(); r++) {
            List<String> cells = table.get(r);
            int total = 0, main = -1, longCells = 0;
            for (int c = 0; c < cells.size(); c++) {
                int n = cells.get(c).strip().length();
                total += n;
                if (n >= LONG) {
                    longCells++;
                    main = c;
                }
            }
            if (total == 0) continue;
            if (longCells != 1 || cells.get(main).strip().length() * 3 < total * 2) return null;
            String label = "";
            for (int c = 0; c < cells.size(); c++) {
                String s = cells.get(c).strip();
                if (c == main || s.isEmpty()) continue;
                if (s.length() > SHORT || !label.isEmpty()) return null;
                Matcher m = WRAPPED.matcher(s);
                label = m.matches() ? m.group(1) : s;
            }
            out[r] = new Row(label, main);
            read++;
        }
        return read < 2 ? null : out;
    }

    /**
     * The blocks of a table given as rows of cells of paragraphs: one list item a row when it is a list laid out in a
     * table (never inside a note), else one table block (a note block inside a note) with the cells joined by
     * {@code " | "}.
     */
    static List<Block> blocks(List<List<List<Para>>> rows, boolean inNote) {
        return blocks(rows, inNote, (p, at) -> { });
    }

    /** Where a paragraph's text went: the index of its block among those returned, and its offset in the block's text. */
    interface Placed {
        void at(Para p, int[] blockAndOffset);
    }

    /** {@link #blocks(List, boolean)}, telling {@code placed} where each paragraph kept went. */
    static List<Block> blocks(List<List<List<Para>>> rows, boolean inNote, Placed placed) {
        List<List<String>> texts = new ArrayList<>();
        for (List<List<Para>> row : rows) {
            List<String> cells = new ArrayList<>();
            for (List<Para> cell : row) cells.add(String.join(" ", cell.stream().map(Para::text).toList()));
            texts.add(cells);
        }
        Row[] items = inNote ? null : items(texts);
        List<Block> out = new ArrayList<>();
        if (items == null) {
            StringBuilder b = new StringBuilder();
            Origin o = new Origin();
            for (List<List<Para>> row : rows) {
                for (List<Para> cell : row) {
                    for (Para p : cell) {
                        placed.at(p, new int[] {0, b.length()});
                        o.add(b.length(), p.position(), true);
                        b.append(p.text()).append(" | ");
                    }
                }
            }
            if (b.length() > 0) out.add(new Block(inNote ? BlockKind.NOTE : BlockKind.TABLE, 0, "", b.toString().strip(), o));
            return out;
        }
        for (int r = 0; r < items.length; r++) {
            if (items[r] == null) continue;
            StringBuilder b = new StringBuilder();
            Origin o = new Origin();
            for (Para p : rows.get(r).get(items[r].cell())) {
                if (b.length() > 0) b.append(' ');
                placed.at(p, new int[] {out.size(), b.length()});
                o.add(b.length(), p.position(), true);
                b.append(p.text());
            }
            out.add(new Block(BlockKind.LIST_ITEM, 1, items[r].label(), b.toString(), o));
        }
        return out;
    }
}
