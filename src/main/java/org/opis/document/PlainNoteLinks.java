package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationChecker;
import org.opis.cite.UncitedReferenceRule;
import org.opis.cite.UnresolvedCitationRule;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The late links of a note read by its headings alone (a short list, no notes found by content), which the checker of
 * a note whose parts were found by content makes too: citations of a list keyed by author and year ({@code Serra 2010:
 * F. Serra, …}, {@link KeyedEntries}) and editions cited by their siglum ({@code (*RR*, I, 319)}, {@link
 * SiglumCitations}), and the loose last look of {@link org.opis.cite.LooseAuthorDate}; an ivi/ibidem right after such a
 * citation then refers to it. The findings of the citations so
 * changed, and the uncited findings of entries now cited, are made again.
 */
final class PlainNoteLinks {

    private PlainNoteLinks() {
    }

    /** The note with its late links made; itself when there are none. */
    static CheckedNote relinked(Document doc, List<Part> parts, CheckedNote plain) {
        Map<String, String> keys = KeyedEntries.keys(plain.references());
        List<CheckedCitation> all = new ArrayList<>();
        Set<CheckedCitation> late = new HashSet<>();
        org.opis.cite.LooseAuthorDate loose = org.opis.cite.LooseAuthorDate.over(plain.references());
        for (CheckedCitation c : plain.citations()) {
            CheckedCitation d = KeyedEntries.of(c, keys);
            if (d == c) d = loose.of(c);
            if (d != c) late.add(d);
            all.add(d);
        }
        List<CheckedCitation> sigla = SiglumCitations.find(doc, parts, all, keys);
        all.addAll(sigla);
        late.addAll(sigla);
        if (late.isEmpty()) return plain;
        all.sort(Comparator.comparingInt((CheckedCitation c) -> c.citation().span().line()).thenComparingInt(c -> c.citation().span().column()));
        NoteChains.ibidAfterLateLinks(all, late);
        KeyedEntries.ibidAfter(all, late);
        Set<CheckedCitation> before = new HashSet<>(plain.citations());
        List<CheckedCitation> changed = all.stream().filter(c -> !before.contains(c)).toList();
        Set<Span> changedAt = new HashSet<>();
        for (CheckedCitation c : changed) changedAt.add(c.citation().span());
        Set<String> cited = UncitedReferenceRule.cited(all);
        Map<Span, String> refAt = new HashMap<>();
        for (Reference r : plain.references()) refAt.put(r.span(), r.id());
        List<Diagnostic> diags = new ArrayList<>();
        int uncited = 0;
        for (Diagnostic d : plain.diagnostics()) {
            if (d.code().startsWith("citation/") && changedAt.contains(d.span())) continue;
            if (d.code().equals(UncitedReferenceRule.CODE)) {
                if (cited.contains(refAt.get(d.span()))) continue;
                uncited++;
            }
            diags.add(d);
        }
        diags.addAll(new UnresolvedCitationRule().check(changed, plain.references()));
        diags.addAll(new org.opis.cite.FuzzyCitationRule().check(changed, plain.references()));
        diags.sort(null);
        return new CheckedNote(plain.name(), plain.references(), all, diags, CitationChecker.summarize(all, uncited));
    }
}
