package org.opis.archival;

import java.util.Objects;

/**
 * One level of an archival reference (fond 495, opis 201, delo 1/2, list 104–105 …) with the
 * value kept as a string (leading zeros, R-/Р-/П- prefixes, slashes and letters are significant).
 *
 * @param level  level name: fond, opis, papka, karton, delo, unit, chast, tom, list, verso, page,
 *               year, extent (or a scheme's own name)
 * @param value  the value, cleaned (vulgar fractions as n/m, ranges with an en dash and expanded ends)
 * @param raw    the element exactly as written, label included
 * @param column 1-based column (code points) of the element in the citation text; 0 for a level
 *               inherited from the antecedent of an ibid. continuation
 * @param length length of the element in code points
 */
public record Level(String level, String value, String raw, int column, int length) {
    public Level {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(value, "value");
        raw = raw == null ? "" : raw;
    }

    /** True when this level has the same value as another once Cyrillic/Latin look-alikes are folded. */
    public boolean sameValue(Level other) {
        return level.equals(other.level) && Values.sameNumber(value, other.value);
    }
}
