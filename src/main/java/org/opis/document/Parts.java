package org.opis.document;

import org.opis.reflist.BlockShapes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the parts of a document from what its blocks contain, with headings as one signal.
 * <p>
 * The blocks between two headings form a section. Footnotes and endnotes are notes wherever they
 * stand. For a section of list items or paragraphs, each block is judged on its own —
 * {@link BlockShapes#entryLike a reference entry} (names first, a year, a title set off by italics or quotes, or
 * publication details), {@link BlockShapes#shortCitation a short citation} ({@code Hasanli 2014, pp. 221–222.},
 * {@code Ibid.}) or a note's back-link residue ({@code ^ a b}) — and the section takes the part most
 * of its blocks have: mostly short citations or back-links → notes (a list of short footnotes is
 * read as citations, never as the list); mostly entries → the reference list, or further reading
 * when a heading above it announces further reading or external links; a heading announcing
 * references or notes settles a section whose content is mixed. Everything before the first
 * section of notes, entries or announced back matter is the body; anything after that is not
 * notes or entries is other. All reference sections, with their sub-headings, form one list.
 */
public final class Parts {

    private Parts() {
    }

    /** The part of each block, in the order of the blocks. */
    public static List<Part> of(Document doc) {
        List<Block> blocks = doc.blocks();
        Part[] parts = new Part[blocks.size()];
        boolean backMatter = false;
        // the kinds announced by the current headings, by level
        String[] announced = new String[8];
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.HEADING) {
                int level = Math.max(1, Math.min(7, b.level()));
                Optional<String> kind = Headings.kind(b.text());
                announced[level] = kind.orElse(null);
                for (int l = level + 1; l < announced.length; l++) announced[l] = null;
                if (kind.isPresent() && !kind.get().equals("other")) backMatter = true;
                parts[i] = backMatter || kind.isPresent() ? Part.OTHER : Part.BODY;
                i++;
                continue;
            }
            // a section: up to the next heading
            int end = i;
            while (end < blocks.size() && blocks.get(end).kind() != BlockKind.HEADING) end++;
            String heading = innermost(announced);
            boolean further = contains(announced, "further");
            int items = 0, entries = 0, shorts = 0, notesCount = 0, residues = 0;
            for (int k = i; k < end; k++) {
                Block s = blocks.get(k);
                if (s.kind() == BlockKind.NOTE) {
                    notesCount++;
                    continue;
                }
                if (s.kind() == BlockKind.TABLE || s.text().isBlank()) continue;
                items++;
                String t = s.text();
                boolean residue = BlockShapes.backLink(t);
                String bare = BlockShapes.strip(t);
                if (residue) residues++;
                if (residue || BlockShapes.shortCitation(bare)) shorts++;
                else if (BlockShapes.entryLike(bare) || BlockShapes.readingLike(bare)) entries++;
            }
            Part sectionPart;
            if ("other".equals(heading) && entries * 2 < items) {
                sectionPart = Part.OTHER;
            } else if (items == 0) {
                sectionPart = backMatter ? Part.OTHER : Part.BODY;
            } else if (shorts * 2 >= items && shorts > 0 && (backMatter || "notes".equals(heading) || "references".equals(heading) || residues * 2 >= items)) {
                sectionPart = Part.NOTE;
            } else if (NoteLikeItems.notes(blocks, i, end)) {
                // a numbered list of short forms and ibid.s, under whatever heading ("Sources"): notes
                sectionPart = Part.NOTE;
            } else if ("notes".equals(heading) && entries * 2 >= items && numbered(blocks, i, end)) {
                // numbered items under a heading announcing notes: notes that give their works in full
                sectionPart = Part.NOTE;
            } else if (entries * 2 >= items && entries > 0 && (backMatter || heading != null || listy(blocks, i, end) && entries >= 3)) {
                sectionPart = further ? Part.FURTHER_READING : Part.REFERENCE;
            } else if ("references".equals(heading) && entries * 10 >= items * 3) {
                sectionPart = further ? Part.FURTHER_READING : Part.REFERENCE;
            } else if ("notes".equals(heading)) {
                sectionPart = Part.NOTE;
            } else {
                sectionPart = backMatter ? Part.OTHER : Part.BODY;
            }
            if (sectionPart == Part.NOTE || sectionPart == Part.REFERENCE || sectionPart == Part.FURTHER_READING) backMatter = true;
            for (int k = i; k < end; k++) {
                Block s = blocks.get(k);
                Part p = sectionPart;
                if (s.kind() == BlockKind.NOTE) p = Part.NOTE;
                else if (p == Part.BODY && Headings.pointer(s.text())) p = Part.OTHER;
                else if (p == Part.NOTE && s.kind() != BlockKind.LIST_ITEM) {
                    // a line of a notes section that is not an item: a note only when it reads as one
                    String bare = BlockShapes.strip(s.text());
                    boolean looks = s.text().strip().startsWith("^") || s.text().strip().startsWith("**^**") || BlockShapes.shortCitation(bare)
                            || BlockShapes.entryLike(bare) || BlockShapes.dated(bare) && bare.length() > 20;
                    if (!looks) p = Part.OTHER;
                }
                else if (sectionPart == Part.REFERENCE || sectionPart == Part.FURTHER_READING) {
                    // a paragraph of prose inside a list section (an introduction) is not an entry
                    String bare = BlockShapes.strip(s.text());
                    if (s.kind() == BlockKind.PARAGRAPH && !BlockShapes.entryLike(bare) && !BlockShapes.dated(bare) && !BlockShapes.readingLike(bare)) p = Part.OTHER;
                    if (s.kind() == BlockKind.TABLE) p = Part.OTHER;
                }
                parts[k] = p;
            }
            // numbered notes after the list, starting again at 1, with no heading of their own
            if (sectionPart == Part.REFERENCE) RestartedNotes.mark(blocks, i, end, parts);
            i = end;
        }
        return List.of(parts);
    }

    /** True when most blocks of the section are list items (a list, not prose). */
    private static boolean listy(List<Block> blocks, int from, int to) {
        int list = 0, all = 0;
        for (int k = from; k < to; k++) {
            if (blocks.get(k).kind() == BlockKind.NOTE) continue;
            all++;
            if (blocks.get(k).kind() == BlockKind.LIST_ITEM) list++;
        }
        return all > 0 && list * 2 >= all;
    }

    /** True when most list items of the section carry a number (an ordered list: numbered notes, not an alphabetical list). */
    private static boolean numbered(List<Block> blocks, int from, int to) {
        int list = 0, withNumber = 0;
        for (int k = from; k < to; k++) {
            Block b = blocks.get(k);
            if (b.kind() != BlockKind.LIST_ITEM) continue;
            list++;
            if (b.label().matches("\\d{1,4}")) withNumber++;
        }
        return list >= 2 && withNumber * 2 > list;
    }

    private static String innermost(String[] announced) {
        for (int l = announced.length - 1; l >= 1; l--) if (announced[l] != null) return announced[l];
        return null;
    }

    private static boolean contains(String[] announced, String kind) {
        for (String a : announced) if (kind.equals(a)) return true;
        return false;
    }
}
