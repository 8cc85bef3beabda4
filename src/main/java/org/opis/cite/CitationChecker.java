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

    /**
     * Checks a note whose reference list has already been parsed into {@code records}. A note with
     * no reference list at all (notes-bibliography style without a bibliography) takes its works
     * from its full notes ({@link NoteWorks}): each full note resolves to the work it gives, and
     * short notes and {@code ibid.} to those works.
     */
    public CheckedNote check(SourceText source, ParsedRecords records) {
        List<Reference> list = records.references();
        // the prose ends at the reference-list heading, or where the parser found the first entry
        NoteSections sections = NoteSections.of(source);
        int end = sections.referencesStart();
        for (Reference r : list) {
            int line = r.span().line();
            if (line >= 1 && line <= source.lineCount()) end = Math.min(end, source.lineStart(line));
        }
        int notes = Math.min(sections.notesStart(), end);
        List<Reference> refs = list;
        CitationResolver resolver = new CitationResolver(refs, archival);
        List<InTextCitation> found = new CitationScanner(archival, resolver::knows, resolver::knowsTitle, resolver::authorOfYear).scan(source, 0, end, notes);
        if (list.isEmpty()) found = WholeReferenceNotes.widen(source, found, Locators.standard());
        NoteWorks works = list.isEmpty() ? NoteWorks.of(source, found) : new NoteWorks(List.of(), java.util.Map.of());
        boolean fromNotes = !works.references().isEmpty();
        if (fromNotes) {
            // the citations stay those found without a list (not scanned again: a name of a work's
            // author followed by life dates in the prose is not a citation)
            refs = works.references();
            resolver = new CitationResolver(refs, archival, works.definedAt());
        }
        List<CheckedCitation> checked = resolver.resolve(found);
        if (fromNotes) checked = explainMissingWorks(checked, resolver);
        else if (!list.isEmpty()) checked = explainFullNotesMissingFromList(checked);

        Set<Diagnostic> diags = new LinkedHashSet<>();
        for (Diagnostic d : records.diagnostics()) {
            if (fromNotes && d.code().equals(NO_REFERENCE_SECTION)) {
                diags.add(Diagnostic.info(WORKS_FROM_NOTES, d.span(), "no reference list: the "
                        + refs.size() + " works given in full in the notes serve as the reference list"));
            } else {
                diags.add(d);
            }
        }
        for (Reference r : refs) diags.addAll(r.defects());
        SpanCursor spans = new SpanCursor(source);
        for (CheckedCitation c : checked) {
            if (c.archival().isEmpty()) continue;
            for (ArchivalFinding f : c.archival().get().findings()) diags.add(place(source, spans, c.citation(), f));
        }
        for (CitationRule rule : CitationRule.all()) diags.addAll(rule.check(checked, refs));
        for (UnclosedParentheses.Paren p : UnclosedParentheses.scan(source.text().substring(0, Math.min(end, source.text().length())), 800)) {
            if (p.closed()) continue;
            diags.add(Diagnostic.warning("citation/unclosed-parenthesis", spans.span(p.open(), 1),
                    "this '(' is never closed; it is read up to the end of its sentence or paragraph, and the text after it is scanned as usual")
                    .withFix("add the missing ')'"));
        }
        for (UnclosedParentheses.Paren p : UnclosedParentheses.scan(source.text().substring(0, Math.min(end, source.text().length())), 800, '[', ']')) {
            if (p.closed()) continue;
            diags.add(Diagnostic.warning(UNCLOSED_BRACKET, spans.span(p.open(), 1),
                    "this '[' is never closed; it is read up to the end of its sentence or paragraph, and the text after it is scanned as usual")
                    .withFix("add the missing ']'"));
        }
        List<Diagnostic> sorted = new ArrayList<>(diags);
        sorted.sort(null);
        return new CheckedNote(source.name(), refs, checked, sorted, summarize(checked, refs));
    }

    /** {@code citation/unclosed-bracket} (warning): a {@code [} never closed; read to the end of its sentence or paragraph. */
    public static final String UNCLOSED_BRACKET = "citation/unclosed-bracket";

    /** The reference-list parser's finding for a note without a reference section. */
    static final String NO_REFERENCE_SECTION = "reflist/no-reference-section";
    /** {@code citation/works-from-notes} (info): the note has no reference list; its full notes define the works. */
    public static final String WORKS_FROM_NOTES = "citation/works-from-notes";

    /** With a reference list, a full note of a work the list lacks says so: the list is incomplete. */
    private static List<CheckedCitation> explainFullNotesMissingFromList(List<CheckedCitation> checked) {
        List<CheckedCitation> out = new ArrayList<>(checked.size());
        for (CheckedCitation c : checked) {
            if (c.status() == CitationStatus.UNRESOLVED && c.citation().fullNote() && c.citation().kind() == CitationKind.BIBLIOGRAPHIC) {
                String reason = c.reason() + (c.reason().isEmpty() ? "" : "; ")
                        + "this note gives the work in full, but the reference list lacks it";
                c = new CheckedCitation(c.citation(), c.status(), c.resolvesTo(), c.candidates(), reason, c.locators(), c.archival());
            }
            out.add(c);
        }
        return out;
    }

    /** In a note whose works come from its full notes, an unresolved citation is one no full note gives. */
    private static List<CheckedCitation> explainMissingWorks(List<CheckedCitation> checked, CitationResolver resolver) {
        List<CheckedCitation> out = new ArrayList<>(checked.size());
        for (CheckedCitation c : checked) {
            if (c.status() != CitationStatus.UNRESOLVED || c.citation().kind() != CitationKind.BIBLIOGRAPHIC) {
                out.add(c);
                continue;
            }
            String who = c.citation().who();
            String what = c.citation().title().map(t -> who + ", \u201C" + t + "\u201D").orElse(who);
            String reason = "no full note in the text gives " + what
                    + (c.candidates().isEmpty() ? "" : "; works given in full: "
                    + String.join(", ", c.candidates().stream().map(resolver::label).toList()));
            out.add(new CheckedCitation(c.citation(), c.status(), c.resolvesTo(), c.candidates(), reason, c.locators(), c.archival()));
        }
        return out;
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
        Set<String> cited = UncitedReferenceRule.cited(checked);
        int uncited = (int) refs.stream().filter(r -> !cited.contains(r.id())).count();
        return summarize(checked, uncited);
    }

    /** The counts of a check: citations by status, archival citations by validity, and {@code uncited} references. */
    public static CheckSummary summarize(List<CheckedCitation> checked, int uncited) {
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
        return new CheckSummary(checked.size(), resolved, fuzzy, unresolved, ambiguous, uncited, valid, invalid);
    }
}
