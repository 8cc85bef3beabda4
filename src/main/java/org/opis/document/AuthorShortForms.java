package org.opis.document;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.cite.Locator;
import org.opis.model.CslRecords;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortest short form of notes-bibliography: the authors' family names and a page, after a full note gave the work
 * ({@code The specific results discussed in this section are from Katz and Lindell, pp. 131–47.}). Taken only in a note
 * where nothing else was found, only when the names are exactly the authors of a work already given (all of them, in
 * their order), and only before a page and the end of the clause; the latest such work is meant.
 */
final class AuthorShortForms {

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+";
    private static final Pattern SHORT = Pattern.compile("(?<![\\p{L}.])(" + NAME + "(?:(?:, | and | & |, and )" + NAME + "){0,3}), "
            + "(?:pp?\\.\\s*)?(\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?)(?=\\s*(?:[.;]|$))");

    private AuthorShortForms() {
    }

    static List<CheckedCitation> find(Document doc, List<Part> parts, List<CheckedCitation> citations, List<Reference> known) {
        List<CheckedCitation> out = new ArrayList<>();
        if (known.isEmpty()) return out;
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (parts.get(i) != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            String t = b.text();
            if (t.isBlank()) continue;
            int from = doc.positions().span(b.origin().position(0)).offset();
            int to = doc.positions().span(b.origin().position(t.length() - 1)).offset();
            if (citations.stream().anyMatch(c -> c.citation().span().offset() >= from && c.citation().span().offset() <= to)) continue;
            Matcher m = SHORT.matcher(t);
            while (m.find()) {
                List<String> names = List.of(m.group(1).split(", and |, | and | & "));
                Reference work = null;
                for (Reference r : known) if (authoredBy(r, names)) work = r;
                if (work == null) continue;
                Span at0 = doc.positions().span(b.origin().position(m.start()));
                Span at = new Span(at0.line(), at0.column(), at0.offset(), m.end() - m.start());
                List<Locator> pages = BracketCitations.pages("p. " + m.group(2).replaceAll("\\s+", ""));
                InTextCitation c = new InTextCitation(m.group(), at, 5_000_000 + i, CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC,
                        m.group(1), false, Optional.empty(), Optional.empty(), pages, "", true);
                out.add(new CheckedCitation(c, CitationStatus.RESOLVED, Optional.of(work.id()), List.of(), "", pages, Optional.empty()));
            }
        }
        return out;
    }

    /** The work's authors are exactly these family names, in this order. */
    private static boolean authoredBy(Reference r, List<String> names) {
        CSLName[] authors = CslRecords.csl(r).getAuthor();
        if (authors == null || authors.length != names.size()) return false;
        for (int k = 0; k < authors.length; k++) {
            String f = authors[k].getFamily();
            if (f == null || !fold(f).equals(fold(names.get(k)))) return false;
        }
        return true;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
