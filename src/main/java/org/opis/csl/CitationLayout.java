package org.opis.csl;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The citation layout's prefix, suffix and delimiter (CSL 1.0.2, "Citation", "Layout"), as written in the style. */
final class CitationLayout {

    private CitationLayout() {
    }

    /** {@code {prefix, suffix, delimiter}}; empty strings when the style has none. */
    static String[] of(CslStyle style) {
        try {
            Element root = StyleXml.parse(style.xml(), "style").getDocumentElement();
            Element cit = child(root, "citation");
            Element layout = cit == null ? null : child(cit, "layout");
            if (layout == null) return new String[]{"", "", ""};
            return new String[]{layout.getAttribute("prefix"), layout.getAttribute("suffix"), layout.getAttribute("delimiter")};
        } catch (Exception e) {
            return new String[]{"", "", ""};
        }
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) return c;
        }
        return null;
    }
}
