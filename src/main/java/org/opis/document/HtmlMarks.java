package org.opis.document;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Two marks of HTML that decide how a note's text reads: italics written as a style rather than a tag
 * ({@code <span style="font-style:italic">Title</span>}, as TEI-generated and word-processor HTML writes a title), and a
 * superscript link to an index on another page whose text is a bracketed marker ({@code <sup><a href="persons.html#pers-X">[os.]</a></sup>}
 * after every person's name in a scholarly edition), which is apparatus, not words of the note.
 */
final class HtmlMarks {

    private static final Pattern ITALIC_STYLE = Pattern.compile("(?:^|;)\\s*font-style\\s*:\\s*(?:italic|oblique)\\b");
    private static final Pattern MARKER = Pattern.compile("\\[[^\\]\\d]{1,12}\\]");

    private HtmlMarks() {
    }

    /** Whether the element sets its text in italics: {@code <i>}, {@code <em>}, a {@code <cite>} that is no citation, or a style saying so. */
    static boolean italic(Element e) {
        String tag = e.normalName();
        if (tag.equals("i") || tag.equals("em") || tag.equals("cite") && !e.hasClass("citation")) return true;
        String style = e.attr("style");
        return !style.isEmpty() && ITALIC_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether the element is a superscript holding only a link to another page whose text is a bracketed word, such as
     * {@code [os.]} (an index of persons); a link within the page, a number or a bare word is not one.
     */
    static boolean indexMarker(Element e) {
        if (!e.normalName().equals("sup") || e.children().size() != 1) return false;
        Element a = e.child(0);
        if (!a.normalName().equals("a") || !e.ownText().isBlank()) return false;
        String href = a.attr("href");
        return !href.isEmpty() && !href.startsWith("#") && MARKER.matcher(a.text().strip()).matches();
    }
}
