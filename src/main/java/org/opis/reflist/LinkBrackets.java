package org.opis.reflist;

/**
 * A Markdown link whose address the rules take as the entry's URL ({@code [2,000,000 people depend on it](http://…).
 * (1949, July 6). The Singapore Free Press, p. 4.}): its brackets go with the address, so the linked words read as the
 * words they are (a title, a chapter, a page) and not as {@code [words]()}. Only the link around the address taken;
 * a bracket that does not open that link's text is left as it is.
 */
final class LinkBrackets {
    private LinkBrackets() {
    }

    /**
     * Blanks the link syntax around the address at {@code [start, end)} of the entry's working text, when the address is
     * a link's ({@code [words](address)}): the {@code [}, the {@code ](} and the {@code )}.
     */
    static void unwrap(StringBuilder b, int start, int end) {
        // an address whose closing full stop was left out of it ("…/cybernetics.)"): the link's ")" follows that stop
        int close = end;
        while (close < b.length() && close - end < 2 && ".,;:".indexOf(b.charAt(close)) >= 0) close++;
        if (close >= b.length() || b.charAt(close) != ')') close = end;
        if (start < 2 || close >= b.length() || b.charAt(start - 1) != '(' || b.charAt(start - 2) != ']' || b.charAt(close) != ')') return;
        int open = -1;
        for (int i = start - 3; i >= 0; i--) {
            char c = b.charAt(i);
            if (c == '[') {
                open = i;
                break;
            }
            if (c == ']' || c == '\n') return;
        }
        if (open < 0) return;
        b.setCharAt(open, ' ');
        b.setCharAt(start - 2, ' ');
        b.setCharAt(start - 1, ' ');
        for (int i = end; i <= close; i++) b.setCharAt(i, ' ');
    }

    /**
     * When the address at {@code [start, end)} is itself a link's shown text ({@code [https://doi.org/10.1/x](https://doi.org/10.1/x)}),
     * blanks the link's {@code [} and returns where the whole link ends (after its {@code )}), so the address is read once;
     * otherwise {@code end}.
     */
    static int shownAddressEnd(StringBuilder b, int start, int end) {
        if (end + 1 >= b.length() || b.charAt(end) != ']' || b.charAt(end + 1) != '(' || start < 1 || b.charAt(start - 1) != '[') {
            return end;
        }
        int depth = 0;
        for (int i = end + 2; i < b.length(); i++) {
            char c = b.charAt(i);
            if (Character.isWhitespace(c)) return end;
            if (c == '(') depth++;
            if (c == ')' && depth-- == 0) {
                b.setCharAt(start - 1, ' ');
                return i + 1;
            }
        }
        return end;
    }
}
