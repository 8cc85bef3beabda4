package org.opis.document;

import org.opis.lexicon.Connectors;
import org.opis.lexicon.Particles;
import org.opis.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the parts of a document from what its blocks contain, with headings as one signal.
 * <p>
 * The blocks between two headings form a section. Footnotes and endnotes are notes wherever they
 * stand. For a section of list items or paragraphs, each block is judged on its own —
 * {@link #entryLike a reference entry} (names first, a year, a title set off by italics or quotes, or
 * publication details), {@link #shortCitation a short citation} ({@code Hasanli 2014, pp. 221–222.},
 * {@code Ibid.}) or a note's back-link residue ({@code ^ a b}) — and the section takes the part most
 * of its blocks have: mostly short citations or back-links → notes (a list of short footnotes is
 * read as citations, never as the list); mostly entries → the reference list, or further reading
 * when a heading above it announces further reading or external links; a heading announcing
 * references or notes settles a section whose content is mixed. Everything before the first
 * section of notes, entries or announced back matter is the body; anything after that is not
 * notes or entries is other. All reference sections, with their sub-headings, form one list.
 */
public final class Parts {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])(1[5-9]\\d\\d|20[0-4]\\d)(?:[a-z]|–\\d{2,4})?(?![\\d/])|\\bn\\.\\s?d\\.");
    private static final Pattern RESIDUE = Pattern.compile("^\\s*(?:\\*\\*)?\\^(?:\\*\\*)?(?:\\s*(?:_\\*\\*|\\*\\*_|\\*\\*|\\*|_)?[a-z]{1,2}(?:\\*\\*_|_\\*\\*|\\*\\*|\\*|_)?(?=\\s))*\\s*");
    /** Family name (or names) at the start, then a year, and little else: the short notes of author-date notes. */
    private static final Pattern SHORT = Pattern.compile(
            "^(?:(?:see|cf\\.|quoted in|also)\\s+)?[\\p{Lu}][\\p{L}'’\\-]+(?:(?:,|\\s+(?:" + Connectors.alternation(Connectors.AND) + "|" + Connectors.alternation(Connectors.ET_AL)
            + "|" + Words.alternation(Particles.all(), false) + "))?\\s+[\\p{Lu}\\p{Ll}][\\p{L}'’\\-.]*){0,5}\\s*\\(?(?:1[5-9]\\d\\d|20[0-4]\\d|n\\.\\s?d\\.)[a-z]?(?:[–-]\\d{2,4})?\\)?[,:]?\\s*(?:(?:pp?\\.|vol\\.|ch\\.|chap\\.|p\\.|§|loc\\.)?\\s*[\\divxlcIVXLC][\\w–\\-, .]*)?[.;]?");
    private static final Pattern IBID = Pattern.compile("^(?:ibid|ibidem|idem|там же|op\\. cit)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_MARK = Pattern.compile("\\*[^*\\s][^*]*\\*|_[^_\\s][^_]*_|[“\"«„][^”\"»“]{3,}[”\"»“]");
    private static final Pattern NAME_FIRST = Pattern.compile("^[\\p{Lu}][\\p{L}'’\\-]+(?:\\s[\\p{Lu}][\\p{L}'’\\-]+)?,\\s+[\\p{Lu}\\p{Ll}]|^[\\p{Lu}][\\p{L}'’\\-]+\\s+[\\p{Lu}]\\.|^[“\"*_«]");
    private static final Pattern IMPRINT = Pattern.compile("(?i)\\b(?:press|university|verlag|isbn|doi|issn|publishers?|издательство|retrieved|archived|journal|review|edited by|ed\\.|eds\\.|trans\\.|vol\\.)\\b|https?://|[\\p{L}]+:\\s*[\\p{Lu}][\\p{L}]+");

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
                boolean residue = RESIDUE.matcher(t).lookingAt() && t.strip().startsWith("^") || t.strip().startsWith("**^**");
                String bare = strip(t);
                if (residue) residues++;
                if (residue || shortCitation(bare)) shorts++;
                else if (entryLike(bare)) entries++;
            }
            Part sectionPart;
            if ("other".equals(heading) && entries * 2 < items) {
                sectionPart = Part.OTHER;
            } else if (items == 0) {
                sectionPart = backMatter ? Part.OTHER : Part.BODY;
            } else if (shorts * 2 >= items && shorts > 0 && (backMatter || "notes".equals(heading) || "references".equals(heading) || residues * 2 >= items)) {
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
                    String bare = strip(s.text());
                    boolean looks = s.text().strip().startsWith("^") || s.text().strip().startsWith("**^**") || shortCitation(bare)
                            || entryLike(bare) || YEAR.matcher(bare).find() && bare.length() > 20;
                    if (!looks) p = Part.OTHER;
                }
                else if (sectionPart == Part.REFERENCE || sectionPart == Part.FURTHER_READING) {
                    // a paragraph of prose inside a list section (an introduction) is not an entry
                    String bare = strip(s.text());
                    if (s.kind() == BlockKind.PARAGRAPH && !entryLike(bare) && !YEAR.matcher(bare).find()) p = Part.OTHER;
                    if (s.kind() == BlockKind.TABLE) p = Part.OTHER;
                }
                parts[k] = p;
            }
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

    private static String innermost(String[] announced) {
        for (int l = announced.length - 1; l >= 1; l--) if (announced[l] != null) return announced[l];
        return null;
    }

    private static boolean contains(String[] announced, String kind) {
        for (String a : announced) if (kind.equals(a)) return true;
        return false;
    }

    /** The text without a note's back-link residue ({@code ^ a b}) and list marks. */
    static String strip(String t) {
        String s = t.strip();
        var m = RESIDUE.matcher(s);
        if (s.startsWith("^") || s.startsWith("**^**")) {
            if (m.lookingAt()) s = s.substring(m.end());
        }
        return s.strip();
    }

    /** A short citation: author(s) and year with at most a pinpoint ({@code Gaddis 2005, p. 30.}), or {@code ibid.} */
    static boolean shortCitation(String t) {
        if (t.length() > 160) return false;
        if (IBID.matcher(t).lookingAt()) return true;
        var m = SHORT.matcher(t);
        if (!m.lookingAt()) return false;
        String rest = t.substring(m.end()).strip();
        // several short citations in one note: "Gaddis 2005, p. 30; Leffler 1992."
        return rest.isEmpty() || rest.startsWith(";") || rest.length() < 60 && !TITLE_MARK.matcher(rest).find() && !IMPRINT.matcher(rest).find();
    }

    /** A reference entry: names or a title first, a year, and a title set off or publication details. */
    static boolean entryLike(String t) {
        if (t.length() < 25 || t.length() > 1500) return false;
        if (!YEAR.matcher(t).find()) return false;
        boolean marked = TITLE_MARK.matcher(t).find();
        boolean imprint = IMPRINT.matcher(t).find();
        boolean names = NAME_FIRST.matcher(t).find();
        return names && (marked || imprint) || marked && imprint;
    }
}
