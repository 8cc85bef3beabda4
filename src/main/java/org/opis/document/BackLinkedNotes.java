package org.opis.document;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endnote written in HTML as a paragraph that opens with its number linked back to its call — the shape of
 * hand-made pages, blogs and word processors' HTML: a call {@code <sup><a href="#fn1" id="ref1">1</a></sup>} in the
 * text, the note {@code <p id="fn1"><a href="#ref1">1</a>. Text</p>} at the end (or {@code <p><a href="#r1"
 * id="fn1">[1]</a> Text</p>}). The paragraph is a note labelled with that number when the link's target is in the
 * page and is a call: it links back to the paragraph (or to the link), or stands in a superscript. A numbered
 * paragraph whose number links nowhere, or elsewhere, is left to the readers of plain numbered paragraphs. The number may
 * carry its full stop inside the link ({@code <a href="#ftn201_return"><sup>194.</sup></a>}, as TEI-generated editions write it).
 */
final class BackLinkedNotes {

    private static final Pattern NUMBER = Pattern.compile("\\[?(\\d{1,4})\\]?\\.?");

    /** The leading number and its separator, as {@link HtmlReader} writes them into the block text. */
    static final Pattern LEAD = Pattern.compile("^\\s*\\[?\\d{1,4}\\]?\\s*[.):]?\\s*");

    private BackLinkedNotes() {
    }

    /** The note number of {@code p}, or an empty string when it is no note linked back to its call. */
    static String label(Element p) {
        Node first = null;
        for (Node n : p.childNodes()) {
            if (n instanceof TextNode t && t.isBlank()) continue;
            first = n;
            break;
        }
        if (!(first instanceof Element e)) return "";
        Element a = e.normalName().equals("a") ? e : e.selectFirst("a[href^=#]");
        if (a == null || a != e && !e.text().strip().equals(a.text().strip())) return "";
        Matcher m = NUMBER.matcher(a.text().strip());
        String href = a.attr("href");
        if (!m.matches() || !href.startsWith("#") || href.length() < 2) return "";
        Element target = p.ownerDocument() == null ? null : p.ownerDocument().getElementById(href.substring(1));
        if (target == null || target == p || target.parents().contains(p)) return "";
        String back = target.attr("href");
        boolean call = !p.id().isEmpty() && back.equals("#" + p.id()) || !a.id().isEmpty() && back.equals("#" + a.id())
                || target.normalName().equals("sup") || target.selectFirst("sup") != null
                || target.parents().stream().anyMatch(x -> x.normalName().equals("sup"));
        return call ? m.group(1) : "";
    }
}
