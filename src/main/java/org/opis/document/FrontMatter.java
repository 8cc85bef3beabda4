package org.opis.document;

import org.opis.text.SourceText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown page (Jekyll, Hugo, pandoc: the lines between an opening {@code ---} and the next
 * {@code ---} or {@code ...}) often carries the page's list of works as a YAML sequence of quoted strings —
 * {@code works-cited:} then {@code   - 'Chappell, Sally Anderson. “Urban Ideals …” …'}. The quotes are YAML's, not the
 * entry's: left in, the opening one sticks to the first author ({@code 'Chappell}) and the closing one to the last field.
 * They are blanked (replaced by spaces, so every column stays the file's); the items themselves are read as any list.
 */
final class FrontMatter {

    /** A sequence item that is one quoted YAML scalar: {@code - 'text'} or {@code - "text"}. */
    private static final Pattern ITEM = Pattern.compile("^\\s*-\\s+(['\"])(.*)\\1\\s*$");

    private FrontMatter() {
    }

    /** The text of {@code src} with the quotes of the quoted sequence items of its front matter blanked. */
    static String unquoted(SourceText src) {
        String text = src.text();
        int n = src.lineCount();
        if (n < 3 || !src.line(1).strip().equals("---")) return text;
        int close = -1;
        for (int line = 2; line <= n && line <= 400; line++) {
            String l = src.line(line).strip();
            if (l.equals("---") || l.equals("...")) {
                close = line;
                break;
            }
        }
        if (close < 0) return text;
        StringBuilder rest = new StringBuilder(text);
        for (int line = 2; line < close; line++) {
            Matcher m = ITEM.matcher(src.line(line));
            if (!m.matches()) continue;
            int start = src.lineStart(line);
            rest.setCharAt(start + m.start(1), ' ');
            rest.setCharAt(start + m.end(2), ' ');
        }
        return rest.toString();
    }
}
