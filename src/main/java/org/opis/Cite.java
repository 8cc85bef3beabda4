package org.opis;

import java.util.Objects;
import java.util.Optional;

/**
 * One work cited in a citation to be formatted ({@link Opis#format(java.util.List, String, String, java.util.List)}):
 * the record's id and, if the citation points into the work, the place, as a CSL locator label
 * ({@code page}, {@code volume}, {@code folio}, {@code chapter} …) and its value.
 *
 * <pre>{@code
 * Cite.of("kotkin1995magnetic")                    // (Kotkin 1995)
 * Cite.at("kotkin1995magnetic", "page", "45–47")   // (Kotkin 1995, 45–47)
 * }</pre>
 *
 * @param id      the id of a record ({@link org.opis.model.Reference#id()})
 * @param label   the CSL locator label, when there is a locator
 * @param locator the place in the work
 */
public record Cite(String id, Optional<String> label, Optional<String> locator) {
    public Cite {
        Objects.requireNonNull(id, "id");
        label = label == null ? Optional.empty() : label;
        locator = locator == null ? Optional.empty() : locator;
    }

    /** The whole work. */
    public static Cite of(String id) {
        return new Cite(id, Optional.empty(), Optional.empty());
    }

    /** A place in the work, e.g. {@code at("khrushchev1999", "page", "113–15")}. */
    public static Cite at(String id, String label, String locator) {
        return new Cite(id, Optional.of(label), Optional.of(locator));
    }
}
