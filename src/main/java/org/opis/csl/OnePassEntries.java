package org.opis.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SBibliography;
import de.undercouch.citeproc.csl.internal.format.Format;
import de.undercouch.citeproc.output.Bibliography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every registered item's bibliography entry from one pass of citeproc-java over the bibliography,
 * instead of one pass filtered to each item (each such pass tests every registered item, so a
 * bibliography of n items cost n² tests and grew faster than the bibliography).
 *
 * <p>citeproc-java 3.5 leaves empty entries out of the bibliography it returns, so the entries
 * cannot be matched to items by position alone: the output format is wrapped for the pass, and the
 * wrapper records the index (in registration order) of each item it formats. An item it did not
 * format printed nothing, as the filtered pass would have found. The engine's items must be
 * registered unsorted, in the order given.
 */
final class OnePassEntries {

    private OnePassEntries() {
    }

    /**
     * The entries by id, as citeproc-java returns them (not stripped), without the items that print
     * nothing; empty when the pass fails
     * (an entry citeproc-java cannot format: the caller then goes item by item, so one bad entry
     * fails alone). The engine's output format is {@code format} afterwards.
     *
     * @param order  the ids in the order they were registered (unsorted)
     * @param only   the ids to format (the pass renders these only); null: all
     * @param format a fresh instance of the output format the engine should use
     */
    static Optional<Map<String, String>> render(CSL engine, List<String> order, Set<String> only, Format format) {
        Recording rec = new Recording(format);
        engine.setOutputFormat(rec);
        String[] entries;
        // citeproc-java numbers the entries of a filtered pass by their place among the items it keeps
        if (only != null) order = order.stream().filter(only::contains).toList();
        try {
            entries = (only == null ? engine.makeBibliography() : engine.makeBibliography(d -> only.contains(d.getId()))).getEntries();
        } catch (RuntimeException e) {
            return Optional.empty();
        } finally {
            engine.setOutputFormat(format);
        }
        if (entries.length != rec.indexes.size()) return Optional.empty();
        Map<String, String> out = new HashMap<>(order.size() * 2);
        for (int k = 0; k < entries.length; k++) {
            int i = rec.indexes.get(k);
            if (i < 0 || i >= order.size()) return Optional.empty();
            out.put(order.get(i), entries[k]);
        }
        return Optional.of(out);
    }

    /** An output format that notes which items it formats. */
    private static final class Recording implements Format {
        private final Format delegate;
        private final List<Integer> indexes = new ArrayList<>();

        Recording(Format delegate) {
            this.delegate = delegate;
        }

        @Override
        public String getName() {
            return delegate.getName();
        }

        @Override
        public void setConvertLinks(boolean convert) {
            delegate.setConvertLinks(convert);
        }

        @Override
        public String formatCitation(RenderContext ctx) {
            return delegate.formatCitation(ctx);
        }

        @Override
        public String formatBibliographyEntry(RenderContext ctx, int index) {
            String s = delegate.formatBibliographyEntry(ctx, index);
            indexes.add(index);
            return s;
        }

        @Override
        public Bibliography makeBibliography(String[] entries, SBibliography bibliographyElement) {
            return delegate.makeBibliography(entries, bibliographyElement);
        }
    }
}
