package org.opis.cite;

import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a note's citations against its reference list: finds every citation, links it, and
 * collects every finding — the reference list's, the archival engine's (placed at the right
 * line and column of the note) and the citation rules' — with the figures of the check.
 */
public final class CitationChecker {

    private final ArchivalReader archival;

    public CitationChecker(ArchivalReader archival) {
        this.archival = archival;
    }

    /** Checks a note whose reference list has already been parsed into {@code records}. */
    public CheckedNote check(SourceText source, ParsedRecords records) {
        List<Reference> refs = records.references();
        CitationResolver resolver = new CitationResolver(refs, archival);
        CitationScanner scanner = new CitationScanner(archival, resolver::knows);
        // the prose ends at the reference-list heading, or where the parser found the first entry
        NoteSections sections = NoteSections.of(source);
        int end = sections.referencesStart();
        for (Reference r : refs) {
            int line = r.span().line();
            if (line >= 1 && line <= source.lineCount()) end = Math.min(end, source.lineStart(line));
        }
        int notes = Math.min(sections.notesStart(), end);
        List<InTextCitation> found = scanner.scan(source, 0, end, notes);
        List<CheckedCitation> checked = resolver.resolve(found);

        Set<Diagnostic> diags = new LinkedHashSet<>(records.diagnostics());
        for (Reference r : refs) diags.addAll(r.defects());
        SpanCursor spans = new SpanCursor(source);
        for (CheckedCitation c : checked) {
            if (c.archival().isEmpty()) continue;
            for (ArchivalFinding f : c.archival().get().findings()) diags.add(place(source, spans, c.citation(), f));
        }
        for (CitationRule rule : CitationRule.all()) diags.addAll(rule.check(checked, refs));
        List<Diagnostic> sorted = new ArrayList<>(diags);
        sorted.sort(null);
        return new CheckedNote(source.name(), refs, checked, sorted, summarize(checked, refs));
    }

    /** An archival finding placed in the note: its column counted from the start of the citation. */
    static Diagnostic place(SourceText source, InTextCitation c, ArchivalFinding f) {
        return place(source, new SpanCursor(source), c, f);
    }

    /** As {@link #place(SourceText, InTextCitation, ArchivalFinding)}, with a cursor over the note for speed. */
    static Diagnostic place(SourceText source, SpanCursor spans, InTextCitation c, ArchivalFinding f) {
        String text = source.text();
        int o = c.span().offset();
        int col = Math.max(1, f.column());
        if (c.kind() == CitationKind.IBID && !c.rest().isEmpty()) {
            // the engine read only what follows "ibid.": count from there
            int at = c.text().indexOf(c.rest());
            if (at > 0) col += c.text().codePointCount(0, at);
        }
        int i = o;
        int end = Math.min(text.length(), o + Math.max(c.span().length(), 1));
        // walk col-1 code points of the citation as the engine saw it, skipping markup it did not see
        int seen = 0;
        while (i < end && seen < col - 1) {
            char ch = text.charAt(i);
            if (ch == '*' || ch == '_') {
                i++;
                continue;
            }
            i += Character.charCount(text.codePointAt(i));
            seen++;
        }
        Span at = spans.span(Math.min(i, text.length()));
        return new Diagnostic(f.code(), f.severity(), at, f.message(), f.fix());
    }

    static CheckSummary summarize(List<CheckedCitation> checked, List<Reference> refs) {
        int resolved = 0, fuzzy = 0, unresolved = 0, ambiguous = 0, valid = 0, invalid = 0;
        for (CheckedCitation c : checked) {
            switch (c.status()) {
                case RESOLVED -> resolved++;
                case FUZZY -> fuzzy++;
                case UNRESOLVED -> unresolved++;
                case AMBIGUOUS -> ambiguous++;
            }
            if (c.archival().isPresent()) {
                if (c.archival().get().valid()) valid++;
                else invalid++;
            }
        }
        Set<String> cited = UncitedReferenceRule.cited(checked);
        int uncited = (int) refs.stream().filter(r -> !cited.contains(r.id())).count();
        return new CheckSummary(checked.size(), resolved, fuzzy, unresolved, ambiguous, uncited, valid, invalid);
    }
}
