package org.opis.csl;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Works around a citeproc-java 3.5 defect in the {@code locator} test of {@code <if>}/{@code <else-if>}:
 * it does not look at the cited label at all ({@code <if locator="page">} is true for a volume, and
 * with {@code match="any"} nothing is ever true), so APA printed {@code Page 135} for {@code p. 135}
 * and Chicago dropped {@code vol.} before a volume. CSL 1.0.2, "Choose": {@code locator} tests
 * whether the cite's locator label is one of the listed ones, combined with the branch's other
 * tests by {@code match} (all, any, none).
 *
 * <p>The label is known before citeproc-java runs, so opis decides the {@code locator} test itself:
 * for a given label, each test becomes true or false, and the branch is simplified accordingly —
 * a test that settles the branch makes it always taken (it becomes the {@code else}) or never taken
 * (it is removed); a test that does not settle it is dropped and the other tests decide.
 */
final class LocatorConditions {

    private LocatorConditions() {
    }

    /**
     * Decides every {@code locator} test for a cite with this label ({@code null}: no locator, every
     * test false). True when the document changed.
     */
    static boolean resolve(Document doc, String label) {
        return decide(doc, "locator", v -> v.equals(label));
    }

    /**
     * Decides the {@code disambiguate} test (CSL 1.0.2, "Disambiguation": true only for a cite that
     * stays ambiguous after names, given names and year suffixes), which citeproc-java 3.5 takes as
     * always true, so MLA printed the title in every citation. opis knows which cites are ambiguous.
     */
    static boolean resolveDisambiguate(Document doc, boolean ambiguous) {
        return decide(doc, "disambiguate", v -> ambiguous == v.equals("true"));
    }

    /** Decides every test on this attribute: a branch passes a value list, each value tested alone. */
    static boolean decide(Document doc, String attribute, java.util.function.Predicate<String> valueTest) {
        return decide(doc, attribute, valueTest, e -> true);
    }

    /** {@link #decide(Document, String, java.util.function.Predicate)} for the branches {@code which} accepts only. */
    static boolean decide(Document doc, String attribute, java.util.function.Predicate<String> valueTest,
                          java.util.function.Predicate<Element> which) {
        // a branch renamed while an earlier one was settled (else-if → if) is a new element: decide again
        // until no test on the attribute is left (The Journal of Modern History's ibid branch after ibid-with-locator)
        boolean changed = false;
        while (decideOnce(doc, attribute, valueTest, which)) changed = true;
        return changed;
    }

    private static boolean decideOnce(Document doc, String attribute, java.util.function.Predicate<String> valueTest,
                                      java.util.function.Predicate<Element> which) {
        List<Element> targets = new ArrayList<>();
        for (String tag : List.of("if", "else-if")) {
            NodeList nl = doc.getElementsByTagName(tag);
            for (int i = 0; i < nl.getLength(); i++) {
                Element e = (Element) nl.item(i);
                if (e.hasAttribute(attribute) && which.test(e)) targets.add(e);
            }
        }
        // innermost first is not needed: each branch is handled on its own
        for (Element e : targets) {
            if (e.getParentNode() == null) continue;
            String match = e.getAttribute("match").isBlank() ? "all" : e.getAttribute("match");
            List<String> values = Arrays.asList(e.getAttribute(attribute).strip().split("\\s+"));
            // "all": every value must pass; "any"/"none": one passing value settles it
            boolean test = match.equals("all") ? values.stream().allMatch(valueTest) : values.stream().anyMatch(valueTest);
            e.removeAttribute(attribute);
            boolean others = hasTests(e);
            Boolean constant = switch (match) {
                case "any" -> test ? Boolean.TRUE : (others ? null : Boolean.FALSE);
                case "none" -> test ? Boolean.FALSE : (others ? null : Boolean.TRUE);
                default -> !test ? Boolean.FALSE : (others ? null : Boolean.TRUE);
            };
            if (constant == null) continue;
            if (constant) always(e);
            else never(e);
        }
        return !targets.isEmpty();
    }

    private static boolean hasTests(Element e) {
        for (String a : List.of("disambiguate", "is-numeric", "is-uncertain-date", "locator", "position", "type", "variable")) {
            if (e.hasAttribute(a)) return true;
        }
        return false;
    }

    /** The branch is always taken: it becomes the choose's last branch, an {@code else}. */
    private static void always(Element e) {
        Element choose = (Element) e.getParentNode();
        Node n = e.getNextSibling();
        while (n != null) {
            Node next = n.getNextSibling();
            choose.removeChild(n);
            n = next;
        }
        if (firstBranch(choose) == e) {
            unwrap(choose, e);
        } else {
            rename(e, "else");
        }
    }

    /** The branch is never taken: it is removed. */
    private static void never(Element e) {
        Element choose = (Element) e.getParentNode();
        boolean wasFirst = firstBranch(choose) == e;
        choose.removeChild(e);
        if (!wasFirst) return;
        Element next = firstBranch(choose);
        if (next == null) {
            choose.getParentNode().removeChild(choose);
        } else if (next.getTagName().equals("else")) {
            unwrap(choose, next);
        } else {
            rename(next, "if");
        }
    }

    private static Element firstBranch(Element choose) {
        for (Node n = choose.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element b) return b;
        }
        return null;
    }

    /**
     * Replaces the choose by a group holding the branch's content. The branch's elements are delimited
     * by the enclosing group's delimiter (CSL 1.0.2, "Group": a choose's rendered elements are the
     * group's children), so the new group takes it: else {@code <group delimiter=" ">} around a decided
     * {@code <number form="ordinal"/><label/>} printed {@code 2nded.}
     */
    private static void unwrap(Element choose, Element branch) {
        Element group = choose.getOwnerDocument().createElement("group");
        if (choose.getParentNode() instanceof Element parent && parent.getTagName().equals("group") && parent.hasAttribute("delimiter")) {
            group.setAttribute("delimiter", parent.getAttribute("delimiter"));
        }
        while (branch.getFirstChild() != null) group.appendChild(branch.getFirstChild());
        choose.getParentNode().replaceChild(group, choose);
    }

    private static void rename(Element e, String tag) {
        Element r = e.getOwnerDocument().createElement(tag);
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            if (!tag.equals("else")) r.setAttribute(a.getNodeName(), a.getNodeValue());
        }
        while (e.getFirstChild() != null) r.appendChild(e.getFirstChild());
        e.getParentNode().replaceChild(r, e);
    }
}
