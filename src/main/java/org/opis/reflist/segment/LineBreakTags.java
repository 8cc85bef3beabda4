package org.opis.reflist.segment;

import java.util.regex.Pattern;

/**
 * An HTML line break left at the end of a line by a Markdown or wiki source ({@code Engels, Peter:
 * Darmstadt. Kleine Stadtgeschichte, Regensburg 2019.<br>}): it ends the line and is no part of the
 * entry's text.
 */
final class LineBreakTags {

    private static final Pattern TRAILING = Pattern.compile("(?i)\\s*<br\\s*/?>\\s*$");

    private LineBreakTags() {
    }

    /** Where a trailing {@code <br>} (also {@code <br/>}, {@code <br />}) starts in {@code text}, or -1. */
    static int trailing(String text) {
        var m = TRAILING.matcher(text);
        return m.find() ? m.start() : -1;
    }
}
