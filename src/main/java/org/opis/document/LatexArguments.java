package org.opis.document;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arguments of LaTeX commands that are no text of the note — a label, a link target, an environment's layout
 * parameters — blanked before the document is read, and wrappers whose argument is text unwrapped, so that
 * {@code \hypertarget{refs}{\section{References}}} is a heading and
 * {@code \leavevmode\vadjust pre{\hypertarget{ref-kotkin1995}{}}Kotkin, Stephen. 1995.} (pandoc's bibliography) an
 * entry starting with its author. Every change keeps the text's length.
 */
final class LatexArguments {

    /** A command: how many of its first brace arguments are dropped, and how many after those are kept as text. */
    private record Shape(int drop, int unwrap) {
    }

    private static final Map<String, Shape> COMMANDS = Map.ofEntries(
            Map.entry("label", new Shape(1, 0)), Map.entry("ref", new Shape(1, 0)), Map.entry("pageref", new Shape(1, 0)),
            Map.entry("eqref", new Shape(1, 0)), Map.entry("cref", new Shape(1, 0)), Map.entry("Cref", new Shape(1, 0)),
            Map.entry("autoref", new Shape(1, 0)), Map.entry("index", new Shape(1, 0)), Map.entry("hypertarget", new Shape(1, 1)),
            Map.entry("hyperlink", new Shape(1, 1)), Map.entry("href", new Shape(1, 1)), Map.entry("addcontentsline", new Shape(3, 0)),
            Map.entry("includegraphics", new Shape(1, 0)), Map.entry("vspace", new Shape(1, 0)), Map.entry("hspace", new Shape(1, 0)),
            Map.entry("setlength", new Shape(2, 0)), Map.entry("bibliographystyle", new Shape(1, 0)), Map.entry("newblock", new Shape(0, 0)));
    /** Environments whose opening takes layout arguments: pandoc's {@code \begin{CSLReferences}{1}{0}}. */
    private static final Map<String, Integer> ENVIRONMENTS = Map.of("CSLReferences", 2, "thebibliography", 1, "tabular", 1, "minipage", 1);
    private static final Pattern COMMAND = Pattern.compile("\\\\begin\\{([a-zA-Z*]+)\\}|\\\\([a-zA-Z@]+)\\*?");
    /** pandoc's {@code \vadjust pre}: the word {@code pre} is the command's, not the text's. */
    private static final Pattern VADJUST = Pattern.compile("\\\\vadjust\\s+pre\\b");

    private LatexArguments() {
    }

    /** Blanks and unwraps in place (see the class comment). */
    static void apply(char[] t) {
        String s = new String(t);
        Matcher v = VADJUST.matcher(s);
        while (v.find()) for (int k = v.start(); k < v.end(); k++) t[k] = ' ';
        Matcher m = COMMAND.matcher(s);
        while (m.find()) {
            int drop;
            int unwrap;
            if (m.group(1) != null) {
                Integer n = ENVIRONMENTS.get(m.group(1));
                if (n == null) continue;
                drop = n;
                unwrap = 0;
            } else {
                Shape shape = COMMANDS.get(m.group(2));
                if (shape == null) continue;
                drop = shape.drop();
                unwrap = shape.unwrap();
                for (int k = m.start(); k < m.end(); k++) t[k] = ' ';
            }
            int at = m.end();
            for (int a = 0; a < drop + unwrap; a++) {
                int open = skipSpaces(s, at);
                if (open < s.length() && s.charAt(open) == '[') {
                    int end = s.indexOf(']', open);
                    if (end < 0) break;
                    if (a < drop) for (int k = open; k <= end; k++) t[k] = ' ';
                    open = skipSpaces(s, end + 1);
                }
                if (open >= s.length() || s.charAt(open) != '{') break;
                int close = LatexReader.close(s, open, s.length());
                if (close < 0) break;
                if (a < drop) {
                    for (int k = open; k <= close; k++) t[k] = ' ';
                } else {
                    t[open] = ' ';
                    t[close] = ' ';
                }
                at = close + 1;
            }
        }
    }

    private static int skipSpaces(String s, int k) {
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k++;
        return k;
    }
}
