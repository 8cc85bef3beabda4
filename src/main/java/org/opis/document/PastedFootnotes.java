package org.opis.document;

import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes pasted into a page as text: the calls stay written {@code [^450]} in the running text and each note is a
 * paragraph opening with its label and no colon — {@code <p>[^450] Бершадский С.А. … // Восход. 1895. № 6. С. 49.</p>} —
 * the shape left when Markdown footnotes (or a book's notes copied with their numbers) are put into HTML unconverted.
 * Such a paragraph is a note labelled {@code 450} when the page calls {@code [^450]} outside it; a paragraph that merely
 * opens with a bracket no text calls is left a paragraph.
 */
final class PastedFootnotes {

    /** The label and the space after it (a colon, as Markdown writes one, is allowed too). */
    static final Pattern LEAD = Pattern.compile("^\\s*\\[\\^([^\\]\\s]{1,40})\\]:?\\s+(?=\\S)");

    private PastedFootnotes() {
    }

    /** The note label of {@code p}, or an empty string when it is no pasted footnote. */
    static String label(Element p) {
        String own = p.text();
        Matcher m = LEAD.matcher(own);
        if (!m.lookingAt() || p.ownerDocument() == null || p.ownerDocument().body() == null) return "";
        String call = "[^" + m.group(1) + "]";
        // the page's text holds the call once in this paragraph's lead; a second time is a call in the text
        String page = pageText(p.ownerDocument());
        int first = page.indexOf(call);
        return first >= 0 && page.indexOf(call, first + call.length()) >= 0 ? m.group(1) : "";
    }

    /** The text of a page's body, made once per page (not once per note: a page of hundreds of pasted notes). */
    private static String pageText(org.jsoup.nodes.Document doc) {
        LastPage last = LAST;
        if (last != null && last.doc() == doc) return last.text();
        String text = doc.body().text();
        LAST = new LastPage(doc, text);
        return text;
    }

    /** The last page whose text was made, with that text (a page is never changed while it is read). */
    private record LastPage(org.jsoup.nodes.Document doc, String text) {
    }

    private static volatile LastPage LAST;
}
