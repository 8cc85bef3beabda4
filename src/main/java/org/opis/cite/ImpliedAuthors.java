package org.opis.cite;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.names.MatchKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whose work a year-only parenthesis cites when no name stands before it — {@code (2011: 7)},
 * {@code (2012a: 12)} in a text about one author's works, the author left out as author-date styles
 * allow once the text has named him: the only author with a work of that year in the list; else, of
 * the authors with such a work, the one the paragraph names last before the parenthesis; else the
 * author the list holds clearly most works of (the text's subject). Nothing when none of these
 * decides: the parenthesis is then not read as a citation.
 */
final class ImpliedAuthors {

    /** Works the list must hold of the subject author before a year-only citation is given to him. */
    private static final int SUBJECT_WORKS = 3;

    private ImpliedAuthors() {
    }

    static Optional<String> of(WorkIndex index, MatchKey.Memo keys, CitedYear year, String before) {
        if (year.noDate()) return Optional.empty();
        Map<String, String> candidates = new LinkedHashMap<>(); // folded family -> family as written
        for (WorkIndex.Work w : index.works) {
            if (!w.hasDate() || w.start() != year.start() || w.end() != year.end()) continue;
            if (!year.suffix().isEmpty() && !year.suffix().equalsIgnoreCase(w.suffix())) continue;
            family(w).ifPresent(f -> candidates.putIfAbsent(keys.ascii(f), f));
        }
        if (candidates.isEmpty()) return Optional.empty();
        if (candidates.size() == 1) return Optional.of(candidates.values().iterator().next());
        // the author the paragraph names last before the parenthesis
        String folded = " " + keys.ascii(before) + " ";
        String last = null;
        int at = -1;
        for (Map.Entry<String, String> c : candidates.entrySet()) {
            int k = folded.lastIndexOf(" " + c.getKey() + " ");
            if (k > at) {
                at = k;
                last = c.getValue();
            }
        }
        if (last != null) return Optional.of(last);
        // the author the list holds clearly most works of
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WorkIndex.Work w : index.works) family(w).ifPresent(f -> counts.merge(keys.ascii(f), 1, Integer::sum));
        String best = null;
        int most = 0;
        boolean tie = false;
        for (String c : candidates.keySet()) {
            int n = counts.getOrDefault(c, 0);
            if (n > most) {
                most = n;
                best = c;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        if (best == null || tie || most < SUBJECT_WORKS) return Optional.empty();
        return Optional.of(candidates.get(best));
    }

    private static Optional<String> family(WorkIndex.Work w) {
        List<CSLName> names = w.names();
        if (names.isEmpty()) return Optional.empty();
        CSLName n = names.get(0);
        String f = n.getFamily() != null ? n.getFamily() : n.getLiteral();
        return f == null || f.isBlank() ? Optional.empty() : Optional.of(f.strip());
    }
}
