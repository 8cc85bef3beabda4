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

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        return format(buffer);
    }
}
