package org.opis.cite;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.Reference;
import org.opis.names.MatchKey;
import org.opis.reflist.Ids;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The works a note identifies by their full notes, for a note in the notes-bibliography style
 * that has no bibliography: each first full note ({@code Stephen Kotkin, *Magnetic Mountain*
 * (Berkeley: University of California Press, 1995), 45.}) is read like an entry of a reference
 * list — without its pinpoint, which belongs to the citation — and becomes a work with a readable
 * id ({@code kotkin1995magnetic}); later short notes and {@code ibid.} then resolve to it. A
 * work cited in full a second time is the same work. Each such record keeps the note's text and
 * place, and is marked {@code opis:source = note} in {@link Reference#extra()}.
 *
 * @param references the works, in the order of their first full notes
 * @param definedAt  for each full-note citation (by its offset in the note), the id of its work
 */
public record NoteWorks(List<Reference> references, Map<Integer, String> definedAt) {

    /** Key in {@link Reference#extra()} telling where a record came from; {@value #FROM_NOTE} for a full note. */
    public static final String SOURCE = "opis:source";
    /** Value of {@link #SOURCE} for a work read from its full note. */
    public static final String FROM_NOTE = "note";

    public NoteWorks {
        references = List.copyOf(references);
        definedAt = Map.copyOf(definedAt);
    }

    /** True when a record is a work read from a full note rather than an entry of a reference list. */
    public static boolean fromNote(Reference r) {
        return FROM_NOTE.equals(r.extra().get(SOURCE));
    }

    /** The works given in full in the notes of a note, found by scanning it (its archival citations read by {@code archival}). */
    public static NoteWorks of(SourceText source, ArchivalReader archival) {
        return of(source, new CitationScanner(archival, n -> false, t -> false).scan(source));
    }

    /** The works given in full by the citations found in a note (bibliographic full notes, in text order). */
    public static NoteWorks of(SourceText source, List<InTextCitation> citations) {
        MatchKey keys = MatchKey.standard();
        Ids ids = new Ids();
        List<Reference> refs = new ArrayList<>();
        Map<String, String> byKey = new HashMap<>();
        Map<Integer, String> at = new LinkedHashMap<>();
        String text = source.text();
        for (InTextCitation c : citations) {
            if (!c.fullNote() || c.kind() != CitationKind.BIBLIOGRAPHIC) continue;
            int start = c.span().offset();
            int end = Math.min(text.length(), start + c.span().length());
            if (start < 0 || start >= end) continue;
            while (start > 0 && (text.charAt(start - 1) == '*' || text.charAt(start - 1) == '_')) start--; // an opening italic
            end = withoutPinpoint(text, start, end);
            Reference r = ReferenceListParser.parseNoteEntry(source, start, end, ids);
            String key = key(r, keys);
            String known = byKey.get(key);
            if (known != null) {
                at.put(c.span().offset(), known);
                continue;
            }
            Map<String, String> extra = new LinkedHashMap<>(r.extra());
            extra.remove("locator"); // the pinpoint belongs to the citation, not to the work
            extra.put(SOURCE, FROM_NOTE);
            Reference work = CslRecords.reference(r.id(), CslRecords.csl(r), r.span(), r.raw(), r.defects(), r.archive(), extra);
            refs.add(work);
            byKey.put(key, work.id());
            at.put(c.span().offset(), work.id());
        }
        return new NoteWorks(refs, at);
    }

    /**
     * Where a full note's work ends: after the closing parenthesis of its imprint when only a
     * pinpoint follows ({@code , 45}, {@code : 250–51}, {@code , 69: 198–201}, {@code , 4–5}).
     */
    static int withoutPinpoint(String text, int start, int end) {
        int close = text.lastIndexOf(')', end - 1);
        if (close < start) return end;
        for (int i = close + 1; i < end; i++) {
            char ch = text.charAt(i);
            boolean ok = Character.isDigit(ch) || Character.isWhitespace(ch) || ",:;.-\u2010\u2011\u2012\u2013\u2014*_".indexOf(ch) >= 0
                    || "ivxlcIVXLCpnfl".indexOf(ch) >= 0;
            if (!ok) return end;
        }
        return close + 1;
    }

    /** The same work cited in full twice: same first name, year and title (letters only). */
    private static String key(Reference r, MatchKey keys) {
        CSLItemData d = CslRecords.csl(r);
        String who = "";
        CSLName[] names = d.getAuthor() != null && d.getAuthor().length > 0 ? d.getAuthor() : d.getEditor();
        if (names != null && names.length > 0 && names[0] != null) {
            who = names[0].getFamily() != null ? names[0].getFamily() : names[0].getLiteral() != null ? names[0].getLiteral() : "";
        }
        String year = d.getIssued() != null && d.getIssued().getDateParts() != null && d.getIssued().getDateParts().length > 0
                && d.getIssued().getDateParts()[0].length > 0 ? String.valueOf(d.getIssued().getDateParts()[0][0]) : "";
        String title = d.getTitle() != null ? d.getTitle() : d.getContainerTitle() != null ? d.getContainerTitle() : r.raw();
        return keys.ascii(who) + "|" + year + "|" + keys.ascii(title);
    }
}
