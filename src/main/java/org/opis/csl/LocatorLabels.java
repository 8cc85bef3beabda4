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
        for (Element e : targets) {
            Element t = doc.createElement("text");
            t.setAttribute("term", label);
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                String a = e.getAttributes().item(i).getNodeName();
                if (a.equals("variable") || a.equals("plural")) continue;
                t.setAttribute(a, e.getAttribute(a));
            }
            if (e.getAttribute("plural").equals("always")) t.setAttribute("plural", "true");
            e.getParentNode().replaceChild(t, e);
        }
        return !targets.isEmpty();
    }
}
