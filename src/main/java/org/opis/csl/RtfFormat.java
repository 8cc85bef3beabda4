package org.opis.csl;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SBibliography;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.BaseFormat;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.output.Bibliography;

import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FW_BOLD;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.VA_SUP;

/**
 * Rich Text Format output for citeproc-java, which has none of its own (citeproc-java 3.5 writes
 * text, HTML, Markdown, AsciiDoc and XSL-FO). Italics, bold, small capitals, underline and
 * super/subscript become RTF control groups; characters outside ASCII are written as
 * {@code \\uN?} escapes so the file opens correctly in any word processor. Built on citeproc-java's
 * {@code BaseFormat} (an internal class of the pinned version 3.5.0).
 */
final class RtfFormat extends BaseFormat {

    @Override
    public String getName() {
        return "rtf";
    }

    @Override
    protected String doFormatCitation(TokenBuffer buffer, RenderContext ctx) {
        return format(buffer);
    }

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        return format(buffer);
    }

    @Override
    protected String doFormatLink(String text, String uri) {
        return text;
    }

    @Override
    public Bibliography makeBibliography(String[] entries, SBibliography bibliographyElement) {
        return new Bibliography(entries, null, null, null, null, null, null, null, null,
                bibliographyElement.getSecondFieldAlign());
    }

    @Override
    protected String escape(String str) {
        return escapeRtf(str);
    }

    /** Escapes text for RTF: backslash and braces, line breaks, and non-ASCII as {@code \\uN?}. */
    static String escapeRtf(String str) {
        StringBuilder sb = new StringBuilder(str.length() + 16);
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\line ");
            } else if (c == '\t') {
                sb.append("\\tab ");
            } else if (c < 0x80) {
                sb.append(c);
            } else {
                // RTF \\u takes a signed 16-bit value; surrogate pairs are written as two escapes.
                sb.append("\\u").append((int) (short) c).append('?');
            }
        }
        return sb.toString();
    }

    @Override
    protected String openFontStyle(int fontStyle) {
        return "{\\i ";
    }

    @Override
    protected String closeFontStyle(int fontStyle) {
        return "}";
    }

    @Override
    protected String openFontVariant(int fontVariant) {
        return "{\\scaps ";
    }

    @Override
    protected String closeFontVariant(int fontVariant) {
        return "}";
    }

    @Override
    protected String openFontWeight(int fontWeight) {
        return fontWeight == FW_BOLD ? "{\\b " : "{\\b0 ";
    }

    @Override
    protected String closeFontWeight(int fontWeight) {
        return "}";
    }

    @Override
    protected String openTextDecoration(int textDecoration) {
        return "{\\ul ";
    }

    @Override
    protected String closeTextDecoration(int textDecoration) {
        return "}";
    }

    @Override
    protected String openVerticalAlign(int verticalAlign) {
        return verticalAlign == VA_SUP ? "{\\super " : "{\\sub ";
    }

    @Override
    protected String closeVerticalAlign(int verticalAlign) {
        return "}";
    }

    @Override
    protected String openDisplayGroup(DisplayGroupToken.Type type) {
        return type == DisplayGroupToken.Type.BLOCK ? "\\line " : null;
    }
}
