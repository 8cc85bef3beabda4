package org.opis.csl.restyle;

import org.opis.archival.ArchivalCitation;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationForm;
import org.opis.csl.CitationItem;
import org.opis.csl.CslFormatter;
import org.opis.csl.FormatException;
import org.opis.csl.FormattedEntry;
import org.opis.csl.Rendering;
import org.opis.model.Reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Restyles a note into a CSL style: every citation group whose citations all resolved is replaced by
 * the style's citation (author-date and numeric styles in place, parentheses included; note styles
 * as numbered footnotes {@code [^N]} whose texts follow the note), the reference section's entries
 * by the style's bibliography, archival citations by their English or GOST form (or kept), and
 * unresolved citations are kept as written with a mark after them. Nothing else changes.
 */
public final class Restyler {

    /** What to do with archival citations. */
    public enum Archival { KEEP, EN, GOST }

    /** The mark put after a citation that resolves to no entry. */
    public static final String UNRESOLVED_MARK = " [?]";

    private final CslFormatter formatter;
    private final Archival archival;
    private final boolean noteStyle;

    public Restyler(CslFormatter formatter, Archival archival) {
        this.formatter = formatter;
        this.archival = archival;
        this.noteStyle = formatter.style().xml().matches("(?s).*<style\\b[^>]*\\bclass=\"note\".*");
    }

    /** Restyles the note's text; {@code note} is what checking that text found. */
    public Restyled restyle(String text, CheckedNote note) throws FormatException {
        List<NoteCluster> clusters = NoteClusters.of(note);
        List<NoteCluster> converting = new ArrayList<>();
        List<int[]> regions = new ArrayList<>();
        for (NoteCluster c : clusters) {
            if (!c.fullyResolved()) continue;
            if (c.citations().stream().anyMatch(cc -> cc.citation().form() == CitationForm.NARRATIVE)) continue;
            int[] r = parenthesis(text, c);
            if (r == null) continue;
            converting.add(c);
            regions.add(r);
        }
        List<List<CitationItem>> items = new ArrayList<>();
        for (NoteCluster c : converting) items.add(c.items());
        List<Reference> refs = note.references();
        Rendering rendering = formatter.render(refs, items);

        List<Edit> edits = new ArrayList<>();
        int converted = 0;
        int unresolved = 0;
        int archivalCount = 0;
        StringBuilder footnotes = new StringBuilder();
        for (int i = 0; i < converting.size(); i++) {
            String cite = rendering.citations().get(i);
            if (cite.isBlank()) continue;
            int[] r = regions.get(i);
            converted += converting.get(i).citations().size();
            if (noteStyle) {
                int n = i + 1;
                int start = r[0];
                while (start > 0 && text.charAt(start - 1) == ' ') start--;
                edits.add(new Edit(start, r[1], "[^" + n + "]", "citation"));
                footnotes.append("\n[^").append(n).append("]: ").append(cite).append('\n');
            } else {
                edits.add(new Edit(r[0], r[1], cite, "citation"));
            }
        }
        for (NoteCluster c : clusters) {
            for (CheckedCitation cc : c.citations()) {
                int start = cc.citation().span().offset();
                int end = start + cc.citation().span().length();
                if (cc.isArchival()) {
                    archivalCount++;
                    String form = archivalForm(cc);
                    if (form != null && end > start && inside(edits, start) == null) edits.add(new Edit(start, end, form, "archival"));
                } else if (!NoteClusters.resolvedWork(cc)) {
                    unresolved++;
                    if (end > start && inside(edits, start) == null) edits.add(new Edit(end, end, UNRESOLVED_MARK, "unresolved"));
                }
            }
        }
        int[] section = referenceSection(text, refs);
        if (section != null && formatter.style().options().bibliography()) {
            String marker = listMarker(text.substring(section[0], section[1]));
            StringBuilder sb = new StringBuilder();
            for (FormattedEntry e : rendering.bibliography()) {
                if (sb.length() > 0) sb.append('\n');
                sb.append(marker).append(e.text().replaceAll("\\s*\\n\\s*", " ").strip());
            }
            edits.add(new Edit(section[0], section[1], sb.toString(), "bibliography"));
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        List<Edit> applied = new ArrayList<>();
        for (Edit e : edits) {
            if (e.start() < at) continue; // overlapping: the earlier edit wins
            out.append(text, at, e.start()).append(e.text());
            at = e.end();
            applied.add(e);
        }
        out.append(text.substring(at));
        if (footnotes.length() > 0) {
            if (!text.endsWith("\n")) out.append('\n');
            out.append(footnotes);
            applied.add(new Edit(text.length(), text.length(), footnotes.toString(), "footnotes"));
        }
        return new Restyled(out.toString(), applied, converted, unresolved, archivalCount, rendering.diagnostics());
    }

    private static Edit inside(List<Edit> edits, int offset) {
        for (Edit e : edits) if (offset >= e.start() && offset < e.end()) return e;
        return null;
    }

    private String archivalForm(CheckedCitation cc) {
        if (archival == Archival.KEEP || cc.archival().isEmpty() || !cc.archival().get().valid()) return null;
        if (!(cc.archival().get().detail().orElse(null) instanceof ArchivalCitation a)) return null;
        String f = archival == Archival.EN ? a.english() : a.gost().orElse(null);
        return f == null || f.isBlank() ? null : f;
    }

    /**
     * The parenthesis around a citation group: from its {@code (} to its {@code )}, holding nothing
     * but the group's citations and their separators; null when the group is not in one.
     */
    static int[] parenthesis(String text, NoteCluster c) {
        int first = c.citations().get(0).citation().span().offset();
        CheckedCitation lastC = c.citations().get(c.citations().size() - 1);
        int last = lastC.citation().span().offset() + lastC.citation().span().length();
        int open = first - 1;
        while (open >= 0 && text.charAt(open) != '(' && text.charAt(open) != ')' && text.charAt(open) != '\n') open--;
        if (open < 0 || text.charAt(open) != '(' || !text.substring(open + 1, first).isBlank()) return null;
        int close = last;
        while (close < text.length() && text.charAt(close) != ')' && text.charAt(close) != '(' && text.charAt(close) != '\n') close++;
        if (close >= text.length() || text.charAt(close) != ')') return null;
        String tail = text.substring(last, close).replaceAll("[*_.\\s]", "");
        if (!tail.isEmpty()) return null;
        return new int[]{open, close + 1};
    }

    /** From the start of the first entry's line to the end of the last entry's line. */
    static int[] referenceSection(String text, List<Reference> refs) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (Reference r : refs) {
            int o = r.span().offset();
            if (o <= 0 && r.span().line() > 1) continue;
            min = Math.min(min, o);
            max = Math.max(max, o + Math.max(r.span().length(), 1));
        }
        if (max < 0) return null;
        int start = text.lastIndexOf('\n', Math.max(0, min - 1)) + 1;
        int end = text.indexOf('\n', Math.min(max, text.length()) - 1);
        if (end < 0) end = text.length();
        return new int[]{start, end};
    }

    /** The list marker of the section's first line ({@code - }, {@code * }, {@code 1. }), or none. */
    static String listMarker(String section) {
        String first = section.lines().findFirst().orElse("");
        if (first.startsWith("- ") || first.startsWith("* ")) return first.substring(0, 2);
        return "";
    }

    @Override
    public String toString() {
        return "Restyler[" + formatter + ", archival " + archival.name().toLowerCase(Locale.ROOT) + "]";
    }
}
