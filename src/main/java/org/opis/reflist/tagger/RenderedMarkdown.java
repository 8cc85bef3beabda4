package org.opis.reflist.tagger;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.MarkdownFormat;

/** citeproc-java's Markdown output with nothing escaped: entries as a list in a Markdown note has them. */
final class RenderedMarkdown extends MarkdownFormat {
    @Override
    public String getName() {
        return "markdown";
    }

    @Override
    protected String escape(String str) {
        return str;
    }

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        return format(buffer);
    }
}
