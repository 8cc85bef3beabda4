package org.opis.csl;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
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
        return format(buffer);
    }
}
