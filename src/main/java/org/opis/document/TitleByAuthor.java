package org.opis.document;

import java.util.regex.Pattern;

/**
 * A note that gives its work as the title, {@code by} and the author's name, as wiki and blog writers do
 * ({@code Stalin: Breaker of Nations by Robert Conquest, page 10-12}, {@code Red Holocaust by Steven Rosefielde, 2010},
 * {@code The Great Terror: A Reassessment by Robert Conquest, 1990}): a title of words opening with a capital, no comma in
 * it, then {@code by} and a name of two to four capitalised words or initials, then at most a year or a page. Read as a
 * full reference ({@link FullNotes#reads}); a sentence with "by" in it ({@code Referenced in analysis of …}) has no name
 * at its end and is not one.
 */
final class TitleByAuthor {

    /** Title, "by", the name (given names or initials, then the family name), then a year or a page at most. */
    private static final Pattern SHAPE = Pattern.compile(
            "\\p{Lu}[^,;()\\[\\]]{2,150}?\\s+by\\s+(?:\\p{Lu}[\\p{L}'’\\-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}'’\\-]+"
                    + "(?:,\\s*(?:(?:1[5-9]|20)\\d\\d|(?:page|pages|pp?\\.)\\s*\\d+(?:\\s*[-–]\\s*\\d+)?))?\\.?");

    private TitleByAuthor() {
    }

    /** The note's whole text (its lines joined) has that shape. */
    static boolean reads(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 250 && SHAPE.matcher(t).matches();
    }
}
