package org.opis.reflist.segment;

import java.util.regex.Pattern;

/**
 * A line that holds nothing but an HTML comment ({@code <!-- source: … -->}), as Markdown and wiki
 * sources carry between the entries of a list: no text of the page, so the segmenter reads it as
 * a blank line, never as an entry.
 */
public final class HtmlComments {

    private static final Pattern WHOLE = Pattern.compile("^\\s*<!--.*-->\\s*$");

    private HtmlComments() {
    }

    /** Whether {@code line} is one HTML comment and nothing else. */
    public static boolean whole(String line) {
        return line.indexOf("<!--") >= 0 && WHOLE.matcher(line).matches();
    }
}
