package org.opis.csl;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

/**
 * Works around citeproc-java 3.5 ignoring {@code plural} on {@code <label variable="locator">}: GOST's
 * {@code <label variable="locator" form="short" plural="never"/>} printed {@code сс. 134–136} where the
 * style asks for {@code с. 134–136}. CSL 1.0.2, "Label": {@code plural="never"} always uses the singular
 * term, {@code "always"} the plural. Since opis renders cites per locator label, such a label becomes
 * the term itself: {@code <text term="page" form="short"/>} (singular) or with {@code plural="true"}.
 */
final class LocatorLabels {

    private LocatorLabels() {
    }

    static boolean repair(Document doc, String label) {
        if (label == null) return false;
        NodeList nl = doc.getElementsByTagName("label");
        List<Element> targets = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            String plural = e.getAttribute("plural");
            if ("locator".equals(e.getAttribute("variable")) && (plural.equals("never") || plural.equals("always"))) targets.add(e);
        }
        for (Element e : targets) replaceWithTerm(doc, e, label);
        return !targets.isEmpty();
    }

    /** A {@code <label>} replaced by {@code <text term=…>} with its other attributes; {@code plural="always"} keeps the plural form. */
    private static void replaceWithTerm(Document doc, Element label, String term) {
        Element t = doc.createElement("text");
        t.setAttribute("term", term);
        for (int i = 0; i < label.getAttributes().getLength(); i++) {
            String a = label.getAttributes().item(i).getNodeName();
            if (a.equals("variable") || a.equals("plural")) continue;
            t.setAttribute(a, label.getAttribute(a));
        }
        if (label.getAttribute("plural").equals("always")) t.setAttribute("plural", "true");
        label.getParentNode().replaceChild(t, label);
    }

    /** The term a {@code <label>} of each number variable prints (CSL 1.0.2, "Label"). */
    private static final java.util.Map<String, String> TERMS = java.util.Map.of("page", "page", "volume", "volume",
            "issue", "issue", "number-of-pages", "page", "number-of-volumes", "volume", "chapter-number", "chapter",
            "edition", "edition");

    /**
     * The same defect on the label of a number variable: GOST's bibliography prints
     * {@code <label variable="page" form="short" plural="never"/>} before a page range, and citeproc-java
     * printed the plural {@code Сс. 5–28} where the style asks for {@code С. 5–28} (CSL 1.0.2, "Label",
     * {@code plural="never"}). Such a label becomes the term itself ({@code <text term="page">}), but only
     * where its group also prints the variable, so that the term is suppressed with the group when the
     * item lacks the variable ("Group": a group whose variables are all empty prints nothing).
     */
    static boolean repairVariables(Document doc) {
        NodeList nl = doc.getElementsByTagName("label");
        List<Element> targets = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            String plural = e.getAttribute("plural");
            String v = e.getAttribute("variable");
            if (!TERMS.containsKey(v) || !(plural.equals("never") || plural.equals("always"))) continue;
            if (e.getParentNode() instanceof Element g && g.getTagName().equals("group") && printsVariable(g, v)) targets.add(e);
        }
        for (Element e : targets) replaceWithTerm(doc, e, TERMS.get(e.getAttribute("variable")));
        return !targets.isEmpty();
    }

    private static boolean printsVariable(Element group, String variable) {
        for (org.w3c.dom.Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (c.getTagName().equals("text") || c.getTagName().equals("number"))
                    && variable.equals(c.getAttribute("variable"))) return true;
        }
        return false;
    }
}
