package org.opis.csl;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Works around a citeproc-java 3.5 defect in {@code <if locator="…">}: it honours only
 * {@code match="all"}, so APA's {@code <if locator="page paragraph" match="any">} is never true and
 * APA prints {@code Page 135} for {@code p. 135}. CSL 1.0.2, "Choose": with {@code match="any"} the
 * branch is taken when any of its tests is true. Such a branch is rewritten into one branch per test,
 * each with the same content and the default {@code match="all"}, which citeproc-java evaluates right.
 */
final class LocatorConditions {

    private static final Set<String> CONDITIONS = Set.of("disambiguate", "is-numeric", "is-uncertain-date", "locator",
            "position", "type", "variable");

    private LocatorConditions() {
    }

    /** Rewrites every {@code if}/{@code else-if} with a {@code locator} test and {@code match="any"}; true when something changed. */
    static boolean repair(Document doc) {
        List<Element> targets = new ArrayList<>();
        for (String tag : List.of("if", "else-if")) {
            NodeList nl = doc.getElementsByTagName(tag);
            for (int i = 0; i < nl.getLength(); i++) {
                Element e = (Element) nl.item(i);
                if (e.hasAttribute("locator") && "any".equals(e.getAttribute("match"))) targets.add(e);
            }
        }
        for (Element e : targets) split(doc, e);
        return !targets.isEmpty();
    }

    private static void split(Document doc, Element e) {
        List<String[]> tests = new ArrayList<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (!CONDITIONS.contains(a.getNodeName())) continue;
            for (String v : a.getNodeValue().strip().split("\\s+")) tests.add(new String[]{a.getNodeName(), v});
        }
        Node parent = e.getParentNode();
        Node next = e.getNextSibling();
        boolean first = e.getTagName().equals("if");
        for (int k = 0; k < tests.size(); k++) {
            Element b = doc.createElement(first && k == 0 ? "if" : "else-if");
            b.setAttribute(tests.get(k)[0], tests.get(k)[1]);
            NodeList kids = e.getChildNodes();
            for (int i = 0; i < kids.getLength(); i++) b.appendChild(kids.item(i).cloneNode(true));
            parent.insertBefore(b, next);
        }
        parent.removeChild(e);
    }
}
