package org.opis.document;

import org.opis.bibtex.LaTeX;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX's ways of writing characters, read as the characters themselves in a document's text: italics
 * ({@code \\emph{Title}}, {@code {\\it Title}}) as Markdown's {@code *Title*}, accent commands
 * ({@code {\"o}}, {@code \v{s}}, {@code \'e}), letter commands ({@code {\ss}}, {@code \l{}}), the quotes
 * {@code ``…''} and {@code ,,…``}, and the dashes {@code --} and {@code ---}. A reference list set in LaTeX then reads
 * as the same list typed in Unicode: {@code 201--230} is a page range, {@code ``Title.''} a quoted title,
 * {@code K{\"o}rper} one word.
 * <p>
 * The text keeps its length, so every column stays the file's column: a sequence becomes its character and the rest of
 * the word it stands in moves left, the freed places becoming spaces after the word (a column inside that one word may
 * then point a few characters early). The accent and letter table is {@code bibtex/latex.tsv}, through
 * {@link LaTeX#decode(String)}.
 */
final class LatexGlyphs {

    private static final String ACCENT = "\\\\(?:[`'^~=.\"]\\s*|[uvHckrdbt](?:\\s+|(?=\\{)))(?:\\{\\\\?[a-zA-Z]\\}|\\\\?[a-zA-Z])";
    private static final String LETTER = "\\\\(?:ss|o|O|l|L|ae|AE|oe|OE|aa|AA|i|j)(?![a-zA-Z])(?:\\{\\})?";
    /** An accent command on one letter or a letter command, with its own pair of braces when it has one. */
    private static final Pattern COMMAND = Pattern.compile("\\{(?:" + ACCENT + "|" + LETTER + ")\\}|" + ACCENT + "|" + LETTER);
    /** Where italics open: {@code \\emph{…}}, {@code \\textit{…}}, {@code \\textsl{…}}, or {@code {\\em …}}, {@code {\\it …}}. */
    private static final Pattern ITALIC = Pattern.compile("\\\\(?:emph|textit|textsl)\\s*\\{|\\{\\\\(?:em|it|itshape|sl)(?![a-zA-Z])\\s*");
    private static final Pattern SEQUENCE = Pattern.compile(ITALIC.pattern() + "|" + COMMAND.pattern() + "|---|--|``|''|,,");

    private LatexGlyphs() {
    }

    /** Rewrites {@code b} in place (see the class comment); text without such a sequence is left as it is. */
    static void apply(char[] b) {
        String s = new String(b);
        if (s.indexOf('\\') < 0 && s.indexOf("--") < 0 && s.indexOf("``") < 0 && s.indexOf("''") < 0 && s.indexOf(",,") < 0) return;
        // italics: the brace that closes them becomes the closing *, their opening command the opening * (below)
        Matcher it = ITALIC.matcher(s);
        while (it.find()) {
            int open = s.charAt(it.start()) == '{' ? it.start() : it.end() - 1;
            int close = LatexReader.close(s, open, s.length());
            if (close >= 0) b[close] = '*';
        }
        s = new String(b);
        Matcher m = SEQUENCE.matcher(s);
        int copied = 0; // characters of s consumed
        int written = 0; // characters written to b
        int wordEnd = -1; // where the word holding the last replacement ends in s
        while (m.find()) {
            String glyph = glyph(m.group());
            if (glyph == null || glyph.length() > m.group().length()) continue;
            int start = m.start();
            if (wordEnd >= 0 && start >= wordEnd) {
                // close the previous word: copy up to its end, then pad to its width
                written = copy(s, b, copied, wordEnd, written);
                while (written < wordEnd) b[written++] = ' ';
                copied = wordEnd;
            }
            written = copy(s, b, copied, start, written);
            for (int k = 0; k < glyph.length(); k++) b[written++] = glyph.charAt(k);
            copied = m.end();
            wordEnd = wordEnd(s, copied);
        }
        if (wordEnd < 0) return;
        written = copy(s, b, copied, wordEnd, written);
        while (written < wordEnd) b[written++] = ' ';
    }

    private static int copy(String s, char[] b, int from, int to, int written) {
        for (int k = from; k < to; k++) b[written++] = s.charAt(k);
        return written;
    }

    private static int wordEnd(String s, int from) {
        int k = from;
        while (k < s.length() && !Character.isWhitespace(s.charAt(k))) k++;
        return k;
    }

    /** The character(s) a sequence stands for, or null when it is not one (an unknown command). */
    private static String glyph(String seq) {
        if (ITALIC.matcher(seq).matches()) return "*";
        switch (seq) {
            case "---": return "\u2014";
            case "--": return "\u2013";
            case "``": return "\u201C";
            case "''": return "\u201D";
            case ",,": return "\u201E";
            default: break;
        }
        LaTeX.Decoded d = LaTeX.standard().decode(seq);
        if (d.problem().isPresent() || d.text().isEmpty() || d.text().indexOf('\\') >= 0 || d.text().length() > 2) return null;
        return d.text();
    }
}
