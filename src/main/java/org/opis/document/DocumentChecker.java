package org.opis.document;

import org.opis.model.CslRecords;
import org.opis.Opis;
import org.opis.cite.CheckSummary;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.cite.UncitedReferenceRule;
import org.opis.cite.UnresolvedCitationRule;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a document: finds its parts ({@link Parts}), lays it out as a note ({@link Rendering}),
 * checks that with the citation checker against the list — the user's library when one is given,
 * else the works a Word plug-in embedded, else the document's own reference sections — adds the key
 * citations (pandoc, LaTeX, field codes) resolved by key, and puts every span back on the original
 * file. Further-reading entries are never reported uncited; with a library, uncited records are not
 * findings either: one information ({@code document/library-cited}) says which records are cited.
 */
public final class DocumentChecker {

    /** {@code document/library-cited} (info): which records of the library the document cites. */
    public static final String LIBRARY_CITED = "document/library-cited";

    private DocumentChecker() {
    }

    /** The check of a document, with what it was read into and its numeric note calls joined to their notes. */
    public record Result(Document document, List<Part> parts, SourceText layout, CheckedNote checked, List<NoteCalls.Call> calls) {
        public Result {
            calls = List.copyOf(calls);
        }
    }

    public static Result check(Document doc, Library library) {
        if (doc.blocks().isEmpty() && doc.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            // unreadable: its findings only
            List<Diagnostic> all = new ArrayList<>(doc.diagnostics());
            all.addAll(library.diagnostics());
            return new Result(doc, List.of(), new SourceText(doc.name(), ""), new CheckedNote(doc.name(), List.of(), List.of(), all,
                    new CheckSummary(0, 0, 0, 0, 0, 0, 0, 0)), List.of());
        }
        List<Part> parts = Parts.of(doc);
        List<KeyCitation> keys = new ArrayList<>(doc.keyCitations());
        List<Diagnostic> unclosed = new ArrayList<>();
        if (doc.format() != Format.LATEX) {
            int[] group = {0};
            for (int i = 0; i < doc.blocks().size(); i++) {
                Part p = parts.get(i);
                if (p != Part.BODY && p != Part.NOTE) continue;
                Block b = doc.blocks().get(i);
                Origin o = b.origin();
                keys.addAll(PandocCitations.find(b.text(), i, p == Part.NOTE, k -> doc.positions().span(o.position(k)), group));
                for (org.opis.cite.UnclosedParentheses.Paren u : PandocCitations.unclosed(b.text())) {
                    unclosed.add(Diagnostic.warning(org.opis.cite.CitationChecker.UNCLOSED_BRACKET, doc.positions().span(o.position(u.open())),
                            "this '[' is never closed; the citation is read up to the end of its sentence or paragraph, and the text after it as usual")
                            .withFix("add the missing ']'"));
                }
            }
        }
        // a Markdown or plain text with no notes, no entries and no keys found by content: read as
        // before, by its headings (a bare list, or a note whose list only its heading announces)
        boolean found = parts.stream().anyMatch(p -> p == Part.NOTE || p == Part.REFERENCE || p == Part.FURTHER_READING)
                || !NumericReferences.numbered(doc, parts, true).isEmpty();
        if (!found && keys.isEmpty() && library.isEmpty() && doc.source().isPresent()
                && (doc.format() == Format.MARKDOWN || doc.format() == Format.TEXT)) {
            SourceText src = doc.source().get();
            // with citations in brackets in the text ("[Carl Levy, **Gramsci and the Anarchists**, p. 135]"), these give the works
            CheckedNote plain = BracketCitations.merged(doc, parts, Opis.check(new org.opis.text.SourceReader.Result(src, doc.diagnostics())));
            // a keyed list and sigla, as below for a note whose parts were found by content
            plain = PlainNoteLinks.relinked(doc, parts, plain);
            return new Result(doc, parts, src, plain, List.of());
        }
        Rendering layout = Rendering.of(doc, parts, keys);
        SourceText text = layout.text();
        List<Reference> list;
        List<Diagnostic> listDiags = new ArrayList<>();
        boolean fromLibrary = !library.isEmpty();
        Map<String, Span> originalSpans = new HashMap<>();
        ParsedRecords records;
        if (fromLibrary || !doc.embedded().isEmpty()) {
            List<Reference> source = fromLibrary ? library.records() : doc.embedded();
            list = new ArrayList<>();
            // the records' places are in other files: keep them out of the layout's line range
            Span past = new Span(text.lineCount() + 1, 1, text.text().length(), 0);
            for (Reference r : source) {
                originalSpans.put(r.id(), r.span());
                list.add(CslRecords.reference(r.id(), CslRecords.csl(r), past, r.raw(), List.of(), r.archive(), r.extra()));
            }
            if (fromLibrary) listDiags.addAll(library.diagnostics());
            records = new ParsedRecords(list, List.of());
        } else {
            records = EntryLabels.renamed(doc, parts, Opis.parse(text), r -> layout.map(r.span()).offset());
        }
        CheckedNote checked = Opis.check(text, records);
        // a list under no heading that lacks most works the full notes give is not their bibliography: the notes give the works
        if (!fromLibrary && doc.embedded().isEmpty() && HeadinglessLists.notTheBibliography(checked, doc, parts)) {
            checked = Opis.check(text, new ParsedRecords(List.of(), records.diagnostics()));
        }
        CheckedNote note = checked;

        // citations found in the layout, back on the original (after a second look at those left unresolved)
        Set<String> furtherIds = new HashSet<>();
        if (!fromLibrary && doc.embedded().isEmpty()) {
            for (Reference r : note.references()) if (layout.inFurtherReading(r.span().offset())) furtherIds.add(r.id());
        }
        List<CheckedCitation> citations = new ArrayList<>();
        Set<Span> relinked = new HashSet<>();
        // the blocks in which a citation was found (a note's text may run over several lines of the file)
        Set<Integer> citedBlocks = new HashSet<>();
        for (CheckedCitation c : note.citations()) citedBlocks.add(layout.block(c.citation().span().offset()));
        for (KeyCitation k : keys) citedBlocks.add(k.block());
        Map<Integer, List<CheckedCitation>> inBlock = new HashMap<>();
        Set<CheckedCitation> linkedLate = new HashSet<>();
        // a list whose entries open with the key they are cited by ("Royce, 1970: …", "RUP: …")
        Map<String, String> keyed = fromLibrary ? Map.of() : KeyedEntries.keys(note.references());
        // a last look: the co-authors left out, the year next to the only work's (linked loosely, said so)
        org.opis.cite.LooseAuthorDate loose = org.opis.cite.LooseAuthorDate.over(note.references());
        List<CheckedCitation> looselyLinked = new ArrayList<>();
        for (CheckedCitation c : note.citations()) {
            CheckedCitation second = SecondLook.of(c, note.references(), furtherIds);
            if (second == c) second = KeyedEntries.of(c, keyed);
            boolean last = second == c;
            if (last) second = loose.of(c);
            if (second != c) relinked.add(c.citation().span());
            CheckedCitation at = moved(second, layout.map(c.citation().span()));
            if (last && second != c) looselyLinked.add(at);
            if (second != c) linkedLate.add(at);
            citations.add(at);
            inBlock.computeIfAbsent(layout.block(c.citation().span().offset()), k -> new ArrayList<>()).add(at);
        }
        // key citations
        Map<String, String> ids = new HashMap<>();
        for (Reference r : note.references()) ids.putIfAbsent(r.id().toLowerCase(Locale.ROOT), r.id());
        List<CheckedCitation> byKey = new ArrayList<>();
        for (KeyCitation k : keys) byKey.add(resolve(k, ids, library, doc));
        citations.addAll(byKey);
        // the scanner's ibid. chain does not see them: an ibid. in the note after one ("\cite[][S.~5]{key}", then "Ebd.") takes its work
        linkedLate.addAll(byKey);
        // notes that give a work in full in a form the scanner does not read
        List<CheckedCitation> whole = new ArrayList<>();
        // with no list of its own (none, or only works read from full notes), a full note the scanner did not read
        // gives its work as well
        boolean worksFromNotes = !fromLibrary && doc.embedded().isEmpty() && note.references().stream().allMatch(org.opis.cite.NoteWorks::fromNote);
        List<Reference> known = new ArrayList<>(note.references());
        List<Reference> addedWorks = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Reference r : known) usedIds.add(r.id());
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (parts.get(i) != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            // the citation starts where the work does, after a clause of prose and lead words ("On prison conditions, see …")
            int workAt = Math.max(0, org.opis.cite.LeadWords.workAfterProse(b.text()));
            Span at = doc.positions().span(b.origin().position(workAt));
            if (!FullNotes.reads(b.text())) continue;
            if (citedBlocks.contains(i)) {
                // what the scanner found in a full note may be its imprint in parentheses, "(Ausst.-Kat. …, Bonn 2015)"
                List<CheckedCitation> inNote = inBlock.getOrDefault(i, List.of());
                if (inNote.isEmpty() || !FullNotes.imprintOnly(b.text(), inNote)) continue;
                citations.removeAll(inNote);
            }
            CheckedCitation full = FullNotes.cite(b.text(), at, 2_000_000 + i, known);
            if (worksFromNotes && full.status() == CitationStatus.UNRESOLVED) full = givesWork(full, b.text(), at, known, addedWorks, usedIds);
            whole.add(full);
            linkedLate.add(full);
        }
        // a further work of a note given in full after its first citation ("…, S. 6, sowie Vasari, Giorgio: …", "; …")
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (parts.get(i) != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            // an article's range is a further work's locator when the scanner so read the note's first work's
            boolean ranges = ArticleRanges.readAsLocator(inBlock.getOrDefault(i, List.of()));
            for (int[] piece : SecondWorks.pieces(b.text())) {
                String pt = b.text().substring(piece[0], piece[1]);
                // lead words, or a clause of prose and lead words, before the work ("For a general overview, see …")
                int lead = Math.max(org.opis.cite.LeadWords.at(pt), org.opis.cite.LeadWords.workAfterProse(pt));
                String w = pt.substring(lead);
                if (!SecondWorks.opensWork(w) || !FullNotes.reads(w)) continue;
                Span at = doc.positions().span(b.origin().position(piece[0] + lead));
                Span last = doc.positions().span(b.origin().position(Math.max(piece[0] + lead, piece[1] - 1)));
                List<CheckedCitation> inPiece = citations.stream().filter(c -> c.citation().span().offset() >= at.offset()
                        && c.citation().span().offset() <= last.offset()).toList();
                if (!inPiece.isEmpty() && !FullNotes.imprintOnly(w, inPiece)) continue;
                citations.removeAll(inPiece);
                CheckedCitation full = FullNotes.cite(w, at, 3_000_000 + i, known, ranges);
                // with no list, a further work given in full gives its work, as the note's first work does
                if (worksFromNotes && full.status() == CitationStatus.UNRESOLVED) full = givesWork(full, w, at, known, addedWorks, usedIds);
                whole.add(full);
                linkedLate.add(full);
                // the note read whole as one work, when the text before this piece is no work but prose ("Simula, developed in
                // the 1960s by … . For more on the history of this, see Ole-Johan Dahl, …"): the work is this piece's
                String before = b.text().substring(0, piece[0]);
                int group = 2_000_000 + i;
                if (!FullNotes.reads(before)) {
                    for (CheckedCitation c : List.copyOf(whole)) {
                        if (c.citation().group() != group) continue;
                        whole.remove(c);
                        linkedLate.remove(c);
                        c.resolvesTo().ifPresent(id -> {
                            addedWorks.removeIf(r -> r.id().equals(id));
                            known.removeIf(r -> r.id().equals(id) && !note.references().contains(r));
                        });
                    }
                }
            }
        }
        citations.addAll(whole);
        // notes naming their authors with initials, in capitals or GOST-wise, titles unmarked, and their shortened forms
        NamedTitleNotes.add(doc, parts, citations, known, addedWorks, worksFromNotes, usedIds, linkedLate);
        // numbered references cited by number: [12, с. 45], [12; 14]
        NumericReferences.add(doc, parts, citations, known, addedWorks, worksFromNotes, usedIds,
                r -> note.references().contains(r) ? layout.map(r.span()).offset() : r.span().offset());
        // with no list, citations in brackets in the text give their works ("[Williams, **Op. Cit.**, p. 200]")
        if (worksFromNotes) {
            List<CheckedCitation> brackets = BracketCitations.find(doc, parts, known, addedWorks, usedIds);
            citations.removeIf(c -> BracketCitations.inside(c, brackets));
            citations.addAll(brackets);
        }
        // author-date citations resolved before the full notes gave their works: against those works now
        if (worksFromNotes) LateWorkLinks.relink(citations, known, addedWorks, linkedLate);
        // "… are from Katz and Lindell, pp. 131–47.": the authors of a work given before, and a page
        if (!fromLibrary) citations.addAll(AuthorShortForms.find(doc, parts, citations, known));
        // works cited by an abbreviation of their title (ICE, p. 302)
        List<CheckedCitation> withSigla = Sigla.add(doc, parts, citations, known);
        for (CheckedCitation c : withSigla) if (!citations.contains(c)) linkedLate.add(c);
        citations.clear();
        citations.addAll(withSigla);
        // keys alone in parentheses: "(viz RUP)", "(srov. IEEE 830)"
        linkedLate.addAll(KeyedEntries.add(doc, parts, citations, keyed));
        // an edition cited by its siglum: "(*RR*, I, 319)"; an ivi after it is of it
        List<CheckedCitation> sigla = SiglumCitations.find(doc, parts, citations, keyed);
        citations.addAll(sigla);
        linkedLate.addAll(sigla);
        citations.sort(Comparator.comparingInt((CheckedCitation c) -> c.citation().span().line())
                .thenComparingInt(c -> c.citation().span().column()));
        NoteChains.ibidAfterLateLinks(citations, linkedLate);
        KeyedEntries.ibidAfter(citations, linkedLate);
        // "…: 8-33 (8)": the page in parentheses after an article's range is the one cited
        citations.replaceAll(RangePinpoints::of);

        Set<String> cited = UncitedReferenceRule.cited(citations);
        Set<Span> furtherSpans = new HashSet<>();
        Map<Span, String> refAt = new HashMap<>();
        List<Reference> refs = new ArrayList<>();
        for (Reference r : note.references()) {
            refAt.put(r.span(), r.id());
            if (!fromLibrary && doc.embedded().isEmpty() && layout.inFurtherReading(r.span().offset())) furtherSpans.add(r.span());
            Span orig = originalSpans.containsKey(r.id()) ? originalSpans.get(r.id()) : layout.map(r.span());
            List<Diagnostic> defects = originalSpans.containsKey(r.id()) ? List.of() : r.defects().stream().map(d -> d.at(layout.map(d.span()))).toList();
            refs.add(CslRecords.reference(r.id(), CslRecords.csl(r), orig, r.raw(), defects, r.archive(), r.extra()));
        }
        refs.addAll(addedWorks);
        Set<String> further = new HashSet<>();
        furtherSpans.forEach(s -> further.add(refAt.get(s)));

        Set<Diagnostic> diags = new LinkedHashSet<>(doc.diagnostics());
        diags.addAll(unclosed);
        for (Diagnostic d : note.diagnostics()) {
            if (d.code().equals(UncitedReferenceRule.CODE)) {
                String id = refAt.get(d.span());
                if (fromLibrary || !doc.embedded().isEmpty() || id == null || cited.contains(id) || further.contains(id)) continue;
                diags.add(d.at(originalSpans.containsKey(id) ? originalSpans.get(id) : layout.map(d.span())));
                continue;
            }
            if (d.span().line() > text.lineCount()) continue;
            if (relinked.contains(d.span()) && (d.code().equals(UnresolvedCitationRule.CODE) || d.code().equals(org.opis.cite.AmbiguousCitationRule.CODE))) continue;
            diags.add(d.at(layout.map(d.span())));
        }
        // embedded works: uncited is reported as for a list of the document's own
        if (!fromLibrary && !doc.embedded().isEmpty()) {
            for (Reference r : refs) {
                if (!cited.contains(r.id())) diags.add(Diagnostic.warning(UncitedReferenceRule.CODE, r.span(),
                        "reference " + r.id() + " is embedded in the document but never cited"));
            }
        }
        diags.addAll(listDiags);
        diags.addAll(new org.opis.cite.FuzzyCitationRule().check(looselyLinked, refs));
        List<NoteCalls.Call> calls = NoteCalls.of(doc, parts);
        diags.addAll(NoteCalls.findings(calls));
        diags.addAll(new UnresolvedCitationRule().check(byKey, refs));
        diags.addAll(new UnresolvedCitationRule().check(whole, refs));
        int uncited = 0;
        if (fromLibrary) {
            List<String> citedIds = refs.stream().map(Reference::id).filter(cited::contains).toList();
            String shown = String.join(", ", citedIds.size() > 40 ? citedIds.subList(0, 40) : citedIds) + (citedIds.size() > 40 ? ", …" : "");
            diags.add(Diagnostic.info(LIBRARY_CITED, Span.START, "the document cites " + citedIds.size() + " of the " + refs.size()
                    + " records of " + String.join(", ", library.files()) + (citedIds.isEmpty() ? "" : ": " + shown)));
        } else {
            for (Reference r : refs) if (!cited.contains(r.id()) && !further.contains(r.id())) uncited++;
        }
        List<Diagnostic> sorted = new ArrayList<>(diags);
        sorted.sort(null);
        CheckSummary s = summary(citations, uncited);
        return new Result(doc, parts, text, new CheckedNote(doc.name(), refs, citations, sorted, s), calls);
    }

    /** A full note's work, read from {@code text} and added to the works read from notes; the citation resolves to it. */
    private static CheckedCitation givesWork(CheckedCitation full, String text, Span at, List<Reference> known, List<Reference> addedWorks,
                                             Set<String> usedIds) {
        Reference w = FullNotes.work(text, at, NamedTitleNotes.unique(usedIds));
        known.add(w);
        addedWorks.add(w);
        return new CheckedCitation(full.citation(), CitationStatus.RESOLVED, Optional.of(w.id()), List.of(), "", full.locators(), Optional.empty());
    }

    private static CheckSummary summary(List<CheckedCitation> cs, int uncited) {
        return org.opis.cite.CitationChecker.summarize(cs, uncited);
    }

    private static CheckedCitation moved(CheckedCitation c, Span to) {
        InTextCitation i = c.citation();
        InTextCitation m = new InTextCitation(i.text(), to, i.group(), i.form(), i.kind(), i.who(), i.byTitle(), i.year(), i.date(),
                i.locators(), i.rest(), i.inNotes(), i.title(), i.fullNote());
        return new CheckedCitation(m, c.status(), c.resolvesTo(), c.candidates(), c.reason(), c.locators(), c.archival());
    }

    /** A key citation resolves when the list has a record with its key (BibTeX keys ignore case). */
    private static CheckedCitation resolve(KeyCitation k, Map<String, String> ids, Library library, Document doc) {
        boolean bracketed = k.text().startsWith("[") || k.text().startsWith("\\") && !k.text().startsWith("\\textcite") && !k.text().startsWith("\\citet")
                || k.visible().isPresent();
        InTextCitation c = new InTextCitation(k.text(), k.span(), 1_000_000 + Math.abs(k.group()),
                bracketed ? CitationForm.PARENTHETICAL : CitationForm.NARRATIVE, CitationKind.BIBLIOGRAPHIC, k.key(), false,
                Optional.empty(), Optional.empty(), k.locators(), "", k.inNote(), Optional.empty(), false);
        String id = ids.get(k.key().toLowerCase(Locale.ROOT));
        if (id == null) id = TypedKeys.untyped(k.key(), ids).orElse(null);
        if (id != null) return new CheckedCitation(c, CitationStatus.RESOLVED, Optional.of(id), List.of(), "", k.locators(), Optional.empty());
        String where = !library.isEmpty() ? "the library (" + String.join(", ", library.files()) + ")"
                : !doc.embedded().isEmpty() ? "the works embedded in the document" : "the reference list";
        String reason = "no record with the key " + org.opis.model.Quoted.of(k.key()) + " in " + where
                + (library.isEmpty() && !doc.bibResources().isEmpty() ? "; the document names " + String.join(", ", doc.bibResources())
                + ": give it with --bibliography" : "");
        return new CheckedCitation(c, CitationStatus.UNRESOLVED, Optional.empty(), List.of(), reason, k.locators(), Optional.empty());
    }
}
