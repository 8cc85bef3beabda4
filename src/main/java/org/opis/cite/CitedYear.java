package org.opis.cite;

import java.util.Objects;

/**
 * The date part of an author-date citation: a year ({@code 1999}), a year range with its end
 * written in full ({@code 1971–82} is 1971–1982), an optional year suffix ({@code 2008b}), or
 * "no date" ({@code n.d.}).
 *
 * @param start  first year (0 for no date)
 * @param end    last year (equal to start for a single year)
 * @param suffix year suffix such as {@code a}, or empty
 * @param noDate true for {@code n.d.}
 */
public record CitedYear(int start, int end, String suffix, boolean noDate) {

    public CitedYear {
        suffix = suffix == null ? "" : suffix;
        Objects.requireNonNull(suffix);
    }

    /** A single year. */
    public static CitedYear of(int year) {
        return new CitedYear(year, year, "", false);
    }

    /** No date ({@code n.d.}). */
    public static CitedYear none() {
        return new CitedYear(0, 0, "", true);
    }

    public boolean isRange() {
        return !noDate && end != start;
    }

    /** As a reader would write it in full: {@code 1971–1982}, {@code 2008b}, {@code n.d.}. */
    public String display() {
        if (noDate) return "n.d.";
        return (isRange() ? start + "\u2013" + end : String.valueOf(start)) + suffix;
    }

    @Override
    public String toString() {
        return display();
    }
}
