package org.opis.csl;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code delimiter} of a non-localized {@code <date>}, which citeproc-java 3.5 ignores: CSE's
 * {@code <date variable="accessed" delimiter=" ">} with year, month and day printed
 * {@code [accessed 2017May11]}, The Lancet {@code published online Aug15}; citeproc-js and the
 * specification give {@code 2017 May 11}, {@code Aug 15} (CSL 1.0.2, "Date": "delimiter … delimits
 * the date-parts" of a non-localized date).
 *
 * <p>opis moves the delimiter onto the date-parts, where citeproc-java prints affixes only with the
 * part: when the year is the last part, every other part gets it as a suffix (a missing day then
 * leaves nothing behind: {@code Aug 1961}); otherwise every part after the first gets it as a prefix
 * (a missing day at the end leaves nothing behind: {@code 2017 May}).
 */
final class DateDelimiters {

    private DateDelimiters() {
    }

    /** Rewrites every non-localized date with a delimiter; true when the document changed. */
    static boolean apply(org.w3c.dom.Document doc) {
        NodeList dates = doc.getElementsByTagName("date");
        boolean changed = false;
        for (int i = 0; i < dates.getLength(); i++) {
            Element d = (Element) dates.item(i);
            if (d.hasAttribute("form") || !d.hasAttribute("delimiter") || d.getAttribute("delimiter").isEmpty()) continue;
            if (d.getParentNode() instanceof Element p && p.getTagName().equals("key")) continue;
            List<Element> parts = new ArrayList<>();
            for (Node c = d.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && e.getTagName().equals("date-part")) parts.add(e);
            }
            String delimiter = d.getAttribute("delimiter");
            d.removeAttribute("delimiter");
            changed = true;
            if (parts.size() < 2) continue;
            boolean yearLast = "year".equals(parts.get(parts.size() - 1).getAttribute("name"));
            for (int k = 0; k < parts.size(); k++) {
                Element part = parts.get(k);
                if (yearLast && k < parts.size() - 1) {
                    part.setAttribute("suffix", part.getAttribute("suffix") + delimiter);
                } else if (!yearLast && k > 0) {
                    part.setAttribute("prefix", delimiter + part.getAttribute("prefix"));
                }
            }
        }
        return changed;
    }
}
