package org.opis.cli;

import org.opis.csl.CitationItem;
import org.opis.csl.StyleCatalog;
import org.opis.model.Diagnostic;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * Checks the citations given with {@code opis format --cite}: an id that names no record is a
 * finding ({@code cite/unknown-id}, with the nearest ids) and the item is left out, the other
 * citations are still formatted; a word before the locator that is no locator label is a finding
 * ({@code cite/unknown-label}) instead of silently becoming a page.
 */
final class CiteChecks {

    private final Set<String> ids;
    private final List<Diagnostic> findings = new ArrayList<>();
    private int argument;

    CiteChecks(List<String> ids) {
        this.ids = new LinkedHashSet<>(ids);
    }

    /** The items of one --cite value whose ids are known; findings for the rest. */
    List<CitationItem> check(String raw, List<CitationItem> items) {
        argument++;
        Span where = Span.at(argument, 1);
        for (String part : raw.split(";")) {
            int comma = part.indexOf(',');
            if (comma < 0) continue;
            String rest = part.substring(comma + 1).strip();
            int sp = rest.indexOf(' ');
            String first = sp > 0 ? rest.substring(0, sp) : "";
            if (!first.isEmpty() && first.matches("[\\p{L}.]+") && CitationItem.label(first).isEmpty()) {
                findings.add(Diagnostic.warning("cite/unknown-label", where,
                        "--cite '" + raw.strip() + "': '" + first + "' is not a locator label; the locator is printed without a label")
                        .withFix("use one of p., fol., vol., ch., no., sec., para., col., l., pt., bk., fig., n."));
            }
        }
        List<CitationItem> kept = new ArrayList<>();
        for (CitationItem item : items) {
            if (ids.contains(item.id())) {
                kept.add(item);
                continue;
            }
            List<String> near = ids.stream()
                    .sorted(Comparator.comparingInt((String k) -> StyleCatalog.distance(item.id(), k)).thenComparing(k -> k))
                    .limit(3).toList();
            findings.add(Diagnostic.error("cite/unknown-id", where,
                    "--cite '" + raw.strip() + "': no record has the id '" + item.id() + "'; it is left out")
                    .withFix(near.isEmpty() ? "the input has no records" : "nearest ids: " + String.join(", ", near)));
        }
        return kept;
    }

    List<Diagnostic> findings() {
        return findings;
    }
}
