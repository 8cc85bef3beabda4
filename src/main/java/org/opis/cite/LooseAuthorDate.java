package org.opis.cite;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.Reference;
import org.opis.names.MatchKey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A last look at author-date citations every other reading left unresolved, linking them loosely (a
 * {@code citation/fuzzy} warning says how) when the list leaves one reading:
 * <ul>
 *   <li>a single cited author with the year of exactly one work whose first author that is and which has more
 *       authors ({@code Brown 1980} for "Brown, Eric; Green, William; Swanborough, Gordon (1980)"): the co-authors
 *       were left out;</li>
 *   <li>an author of whom the list holds one work only (the same title entered twice — a book repeated under
 *       "Further reading" — counts once), cited with the year next to the list's ({@code Kostam 2019} against
 *       "Kostam, Angus. … 2018"): a book dated by its printing or its copyright year. A wider gap is more often
 *       another edition or another work and stays unresolved.</li>
 * </ul>
 * A citation that gives a title links only to an entry whose title opens with it. Decided from the list's content
 * alone; with two candidate works nothing is linked.
 */
public final class LooseAuthorDate {

    private static final Pattern ET_AL = Pattern.compile("(?:,\\s*)?\\bet\\s+al\\.?$|\\bи\\s+др\\.?$");
    private static final Pattern AND = Pattern.compile("\\s*(?:,?\\s(?:" + org.opis.lexicon.Connectors.alternation(org.opis.lexicon.Connectors.AND)
            + ")\\s|\\s?[/&]\\s?|,\\s)\\s*");

    /** An entry that opens with a line for "the same author" ({@code ———. 2014.}, {@code ___}): its author was not read. */
    private static final Pattern REPEATED_AUTHOR = Pattern.compile("^[\\s*_]*(?:[\u2014\u2013\u2012-]{2,}|_{3,})");

    private final WorkIndex index;
    private final MatchKey.Memo keys = MatchKey.standard().memo();
    /** Some entry's author is a "same as above" line: no author's works can be counted, so none is the only one. */
    private final boolean worksUncounted;

    private LooseAuthorDate(List<Reference> references) {
        this.index = new WorkIndex(references, keys);
        this.worksUncounted = references.stream().anyMatch(r -> REPEATED_AUTHOR.matcher(r.raw()).find());
    }

    /** A last look against these entries (the document's list as read). */
    public static LooseAuthorDate over(List<Reference> references) {
        return new LooseAuthorDate(references);
    }

    /** The citation, linked loosely when one work answers as described above; else itself. */
    public CheckedCitation of(CheckedCitation c) {
        if (c.status() != CitationStatus.UNRESOLVED) return c;
        InTextCitation t = c.citation();
        if (t.kind() != CitationKind.BIBLIOGRAPHIC || t.byTitle() || t.who().isBlank() || t.year().isEmpty()) return c;
        CitedYear y = t.year().get();
        if (y.noDate() || !y.suffix().isEmpty()) return c;
        String who = t.who().strip();
        var et = ET_AL.matcher(who);
        boolean etAl = et.find();
        List<String> cited = new ArrayList<>();
        for (String p : AND.split(etAl ? who.substring(0, et.start()) : who)) if (!p.isBlank()) cited.add(p.strip());
        if (cited.isEmpty()) return c;
        String title = t.title().orElse("").strip();

        List<WorkIndex.Work> sameNames = new ArrayList<>();
        List<WorkIndex.Work> firstOnly = new ArrayList<>();
        for (WorkIndex.Work w : index.works) {
            if (w.ref().archive() || w.names().isEmpty() || !w.hasDate()) continue;
            if (!title.isEmpty() && !titleOpens(title, w)) continue;
            if (namesAre(cited, etAl, w.names())) sameNames.add(w);
            else if (cited.size() == 1 && !etAl && w.names().size() >= 2 && same(cited.get(0), w.names().get(0))
                    && w.start() == y.start() && w.end() == y.end() && w.suffix().isEmpty()) firstOnly.add(w);
        }
        if (sameNames.isEmpty() && distinct(firstOnly) == 1) {
            WorkIndex.Work w = firstOnly.get(0);
            return fuzzy(c, w, "cited by its first author only; the entry has " + w.names().size() + " authors");
        }
        if (!worksUncounted && !sameNames.isEmpty() && distinct(sameNames) == 1) {
            WorkIndex.Work w = sameNames.get(0);
            boolean next = y.start() == y.end() && w.start() == w.end() && Math.abs(y.start() - w.start()) == 1;
            if (next) return fuzzy(c, w, "year mismatch: cited " + y.display() + ", the list's only work of " + who + " has " + w.yearLabel());
        }
        return c;
    }

    private static CheckedCitation fuzzy(CheckedCitation c, WorkIndex.Work w, String reason) {
        return new CheckedCitation(c.citation(), CitationStatus.FUZZY, Optional.of(w.ref().id()), List.of(w.ref().id()),
                reason + " \u2192 " + w.label(), c.locators(), c.archival());
    }

    /** The cited names are the entry's, in order (the entry may have more after "et al."). */
    private boolean namesAre(List<String> cited, boolean etAl, List<CSLName> names) {
        if (etAl ? names.size() < cited.size() : names.size() != cited.size()) return false;
        for (int i = 0; i < cited.size(); i++) if (!same(cited.get(i), names.get(i))) return false;
        return true;
    }

    /** A cited name is the listed person's family (or literal) name, exactly as the keys compare. */
    private boolean same(String cited, CSLName n) {
        String family = n.getFamily() != null ? n.getFamily() : n.getLiteral();
        if (family == null) return false;
        if (n.getNonDroppingParticle() != null && n.getFamily() != null
                && keys.compare(cited, n.getNonDroppingParticle() + " " + family).closeness() == MatchKey.Closeness.EXACT) return true;
        return keys.compare(cited, family).closeness() == MatchKey.Closeness.EXACT;
    }

    private boolean titleOpens(String cited, WorkIndex.Work w) {
        String c = keys.key(cited);
        if (c.isEmpty()) return true;
        for (String t : w.titles()) {
            String k = keys.key(t);
            if (k.equals(c) || k.startsWith(c + " ")) return true;
        }
        return false;
    }

    /** How many works these entries are: entries with one title (case, accents and punctuation aside) are one. */
    private int distinct(List<WorkIndex.Work> ws) {
        Set<String> out = new LinkedHashSet<>();
        for (WorkIndex.Work w : ws) out.add(w.titles().isEmpty() ? w.ref().id() : keys.key(w.titles().get(0)).toLowerCase(Locale.ROOT));
        return out.size();
    }
}
