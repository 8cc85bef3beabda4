package org.opis.report;

/**
 * Escaping for the HTML report: any text the historian wrote (the note, its citations, the
 * reference list, messages quoting them) is shown as text, never read as markup.
 */
public final class Html {
    private Html() {
    }

    /**
     * The text with {@code & < > " '} replaced by character references, safe both between tags and
     * inside a quoted attribute. Characters XML cannot carry (control characters other than tab,
     * line feed and carriage return, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so the page
     * stays well-formed.
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escapeTo(sb, s, 0, s.length());
        return sb.toString();
    }

    /** Appends the escaped characters {@code s[from, to)} to {@code sb}. */
    public static void escapeTo(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
