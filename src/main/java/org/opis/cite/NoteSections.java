package org.opis.cite;

import org.opis.lexicon.SectionHeadings;
import org.opis.text.SourceText;

/**
 * Where the parts of a note are: the body, the notes (endnotes) and the reference list, found
 * by their headings ({@code ## REFERENCES}, {@code ### NOTES}, {@code Список литературы} …;
 * the wordings are data in {@code lexicon/section-headings.tsv}).
 *
 * @param notesStart      offset of the notes heading, or the end of the prose when there is none
 * @param referencesStart offset of the reference-list heading, or the end of the text when there is none
 */
public record NoteSections(int notesStart, int referencesStart) {

    /** Finds the sections of a note (the last heading of each kind wins; notes must precede references). */
    public static NoteSections of(SourceText source) {
        int refs = -1;
        int earlierRefs = -1;
        int notes = -1;
        for (int line = 1; line <= source.lineCount(); line++) {
            String kind = kindOf(source.line(line));
            if (kind == null) continue;
            if (kind.equals("references")) {
                earlierRefs = refs;
                refs = source.lineStart(line);
            } else notes = source.lineStart(line);
        }
        int end = source.text().length();
        if (refs < 0) refs = end;
        // "References" (the notes) then "Sources" (the list), as in encyclopedia articles: with no
        // notes heading, the earlier of two reference headings opens the notes
        if (notes < 0 && earlierRefs >= 0) notes = earlierRefs;
        if (notes < 0 || notes > refs) notes = refs;
        return new NoteSections(notes, refs);
    }

    /** "references", "notes" or null for a line that is not such a heading. */
    static String kindOf(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 60) return null;
        boolean markdownHeading = s.startsWith("#");
        s = s.replace("#", "").replace("*", "").replace("_", "").strip();
        while (s.endsWith(":") || s.endsWith(".")) s = s.substring(0, s.length() - 1).strip();
        String kind = SectionHeadings.kind(s).filter(k -> k.equals(SectionHeadings.REFERENCES) || k.equals(SectionHeadings.NOTES)).orElse(null);
        if (kind == null) return null;
        // a bare word line counts only when it is set apart as a heading would be (all capitals or Markdown)
        if (!markdownHeading && !s.equals(s.toUpperCase(java.util.Locale.ROOT)) && !line.strip().startsWith("*")) {
            return line.strip().equals(s) ? kind : null;
        }
        return kind;
    }
}
