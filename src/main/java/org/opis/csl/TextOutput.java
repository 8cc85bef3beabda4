package org.opis.csl;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.output.SecondFieldAlign;

import java.util.List;

/**
 * Plain text. Where the style aligns the second field (numbered lists: {@code 1. Bovin A.E. …}),
 * the number and the entry are separated by a space, as citeproc-js writes them; citeproc-java's
 * own text output runs them together ({@code 1.Bovin}).
 */
final class TextOutput extends TextFormat {

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        SecondFieldAlign sfa = ctx.getStyle().getBibliography().getSecondFieldAlign();
        List<Token> tokens = buffer.getTokens();
        if (sfa != SecondFieldAlign.FALSE && !tokens.isEmpty()) {
            int i = 0;
            while (i < tokens.size() && tokens.get(i).isFirstField()) i++;
            if (i > 0 && i < tokens.size()) {
                String first = format(buffer.copy(0, i));
                String rest = format(buffer.copy(i, tokens.size()));
                if (!first.endsWith(" ") && !rest.startsWith(" ")) return first + " " + rest;
            }
        }
        return leftMarginSpaced(buffer, tokens);
    }

    /**
     * A {@code display="left-margin"} group followed by more text is separated from it by a space, as
     * citeproc-js's text output does (CSL 1.0.2, "Display": the left-margin block is a column of its
     * own): AAA's {@code Bovin, A.E. 2003 Moj XX vek}, which citeproc-java printed {@code 2003Moj XX vek}.
     */
    private String leftMarginSpaced(TokenBuffer buffer, List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof DisplayGroupToken d && d.getType() == DisplayGroupToken.Type.LEFT_MARGIN && !d.isOpen()
                    && i + 1 < tokens.size()) {
                out.append(format(buffer.copy(from, i + 1)));
                from = i + 1;
                String rest = format(buffer.copy(from, tokens.size()));
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1)) && !rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
                    out.append(' ');
                }
            }
        }
        if (from == 0) return format(buffer);
        out.append(format(buffer.copy(from, tokens.size())));
        return out.toString();
    }
}
