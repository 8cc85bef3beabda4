package org.opis.csl;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The round trip of a reference list: each parsed entry is formatted again in a style (the house
 * style that imitates the list) and compared, after {@link MarkupNormalizer markup normalisation},
 * with the entry as the source printed it. What remains different is either a defect of the source
 * that opis reported on the entry, or a limit of the parser or the style.
 */
public final class Roundtrip {

    /**
     * One entry compared.
     *
     * @param reference the parsed record (its {@code raw} is the printed text)
     * @param printed   the printed entry, normalised
     * @param formatted opis's formatting of it in the style, normalised
     */
    public record Comparison(Reference reference, String printed, String formatted) {
        /** True when the two agree exactly after normalisation. */
        public boolean same() {
            return printed.equals(formatted);
        }

        /** 1-based column (in characters of the normalised texts) of the first difference, 0 when the same. */
        public int firstDifference() {
            if (same()) return 0;
            int i = 0;
            while (i < printed.length() && i < formatted.length() && printed.charAt(i) == formatted.charAt(i)) i++;
            return i + 1;
        }

        /** The defects the parser reported on this entry (a difference they explain is the source's). */
        public List<Diagnostic> defects() {
            return reference.defects();
        }
    }

    /**
     * The result: every entry compared, in list order.
     *
     * @param comparisons    one per record with printed text
     * @param formattedOrder the records' ids in the order the style sorts the bibliography
     * @param diagnostics    findings of the formatter
     */
    public record Result(List<Comparison> comparisons, List<String> formattedOrder, List<Diagnostic> diagnostics) {
        public Result {
            comparisons = List.copyOf(comparisons);
            formattedOrder = List.copyOf(formattedOrder);
            diagnostics = List.copyOf(diagnostics);
        }

        /**
         * The 1-based position of the first entry the style sorts differently from the printed list;
         * empty when the style puts every entry where the source printed it.
         */
        public java.util.Optional<Integer> firstOrderDifference() {
            for (int i = 0; i < comparisons.size(); i++) {
                String printedId = comparisons.get(i).reference().id();
                if (i >= formattedOrder.size() || !formattedOrder.get(i).equals(printedId)) return java.util.Optional.of(i + 1);
            }
            return java.util.Optional.empty();
        }

        /** Entries that agree. */
        public int same() {
            return (int) comparisons.stream().filter(Comparison::same).count();
        }

        /** Entries compared. */
        public int total() {
            return comparisons.size();
        }

        /** Agreement in percent (100 for an empty list). */
        public double percent() {
            return total() == 0 ? 100.0 : 100.0 * same() / total();
        }
    }

    private Roundtrip() {
    }

    /**
     * Formats the records in the style (plain text, the style's default locale unless one is given)
     * and compares each with its printed text.
     */
    public static Result run(List<Reference> references, CslStyle style, java.util.Optional<String> locale) throws FormatException {
        Objects.requireNonNull(style, "style");
        CslFormatter formatter = new CslFormatter(style, locale, OutputFormat.TEXT);
        List<Reference> printed = new ArrayList<>();
        for (Reference r : references) if (!r.raw().isBlank()) printed.add(r);
        Rendering rendering = formatter.bibliography(printed);
        Map<String, String> byId = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (FormattedEntry e : rendering.bibliography()) {
            byId.put(e.id(), e.text());
            order.add(e.id());
        }
        List<Comparison> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Reference r : printed) {
            int n = seen.merge(r.id(), 1, Integer::sum);
            String id = n == 1 ? r.id() : r.id() + "-" + n;
            String formatted = byId.getOrDefault(id, "");
            out.add(new Comparison(r, MarkupNormalizer.normalize(r.raw()), MarkupNormalizer.normalize(formatted)));
        }
        return new Result(out, order, rendering.diagnostics());
    }
}
