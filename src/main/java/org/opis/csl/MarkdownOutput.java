package org.opis.csl;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.MarkdownFormat;

/**
 * Markdown as a historian would type it: {@code *italics*}, {@code **bold**}, and only the
 * characters that would otherwise start emphasis or code escaped ({@code \ * _ `}).
 * citeproc-java's own Markdown escapes every punctuation mark ({@code Bovin\, A\.E\.}).
 */
final class MarkdownOutput extends MarkdownFormat {

    @Override
    public String getName() {
        return "markdown";
    }

    @Override
    protected String escape(String str) {
        if (str == null) return null;
        StringBuilder sb = new StringBuilder(str.length());
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            if (c == '\\' || c == '*' || c == '_' || c == '`') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * As {@link TextOutput}: where the style aligns the second field (GOST numeric's {@code 1. Song T. …}),
     * the number and the entry are separated by a space; citeproc-java ran them together ({@code 1.Song},
     * seen in {@code opis restyle} of a Markdown note).
     */
    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        de.undercouch.citeproc.output.SecondFieldAlign sfa = ctx.getStyle().getBibliography().getSecondFieldAlign();
        java.util.List<de.undercouch.citeproc.csl.internal.token.Token> tokens = buffer.getTokens();
        if (sfa != de.undercouch.citeproc.output.SecondFieldAlign.FALSE && !tokens.isEmpty()) {
            int i = 0;
            while (i < tokens.size() && tokens.get(i).isFirstField()) i++;
            if (i > 0 && i < tokens.size()) {
                String first = format(buffer.copy(0, i));
                String rest = format(buffer.copy(i, tokens.size()));
                if (!first.endsWith(" ") && !rest.startsWith(" ")) return first + " " + rest;
            }
        }
        return format(buffer);
    }
}
