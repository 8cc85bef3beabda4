package org.opis.bibtex;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The genre a thesis entry type implies: {@code @phdthesis} is a "PhD thesis", {@code @mastersthesis}
 * a "Master's thesis" (the entry types' meanings in BibTeX's own documentation, btxdoc). Import gives CSL
 * {@code genre} these words when the entry has no {@code type} field; export leaves out a
 * {@code type} field that would only repeat them, so a round trip adds no field.
 */
final class ThesisGenre {

    private static final Map<String, String> IMPLIED = Map.of("phdthesis", "PhD thesis", "mastersthesis", "Master's thesis");

    private ThesisGenre() {
    }

    /** The genre an entry type implies, if any. */
    static Optional<String> implied(String entryType) {
        return Optional.ofNullable(IMPLIED.get(entryType.toLowerCase(Locale.ROOT)));
    }

    /** True when the genre says no more than the entry type ({@code PhD thesis} on {@code @phdthesis}). */
    static boolean isImplied(String entryType, String genre) {
        return implied(entryType).map(g -> g.equalsIgnoreCase(genre.strip().replace('\u2019', '\''))).orElse(false);
    }
}
