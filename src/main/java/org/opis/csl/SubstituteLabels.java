package org.opis.csl;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A {@code <names>} inside {@code <substitute>} prints its names with the {@code <name>} and
 * {@code <label>} of the outer {@code <names>} in citeproc-java 3.5, never its own: APA's book with
 * editors and no author lost its {@code (Eds.)} (the author's {@code <names>} has no label), and its
 * chapter printed {@code In R. G. Suny (Editor)} (the label of the outer {@code executive-producer},
 * {@code form="long"}) for {@code (Ed.)}. CSL 1.0.2, "Substitution": a {@code <names>} in
 * {@code <substitute>} with child elements uses them; only one without children inherits the
 * outer's {@code <name>} and {@code <et-al>}.
 *
 * <p>For an item whose name variables are known ({@link NameVariableTests#key}), opis sees which
 * substitute will print: when the outer variables are all empty and the first substitute that can print
 * is a {@code <names>} with variables the item has (a text or choice before it that holds no such names
 * is passed over: when it prints, no names print either), that element's own {@code <name>}, {@code <et-al>}
 * and {@code <label>} take the place of the outer's (the substitute itself stays, so the variable is
 * still suppressed in the rest of the entry).
 */
final class SubstituteLabels {

    private SubstituteLabels() {
    }

    private static final List<String> PARTS = List.of("name", "et-al", "label");

    /** True when the style has a substitute {@code <names>} with its own label or name. */
    static boolean used(String xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<substitute>(.*?)</substitute>").matcher(xml);
        while (m.find()) {
            if (m.group(1).matches("(?s).*<names\\b[^>]*[^/]>\\s*<(?:name|label|et-al)\\b.*")) return true;
        }
        return false;
    }

    /** Rewrites the substitutes of an item with these name variables; true when changed. */
    static boolean apply(Document doc, Set<String> present) {
        NodeList subs = doc.getElementsByTagName("substitute");
        List<Element> all = new ArrayList<>();
        for (int i = 0; i < subs.getLength(); i++) all.add((Element) subs.item(i));
        boolean changed = false;
        for (Element sub : all) {
            if (!(sub.getParentNode() instanceof Element outer) || !outer.getTagName().equals("names")) continue;
            if (has(outer.getAttribute("variable"), present)) continue;
            Element chosen = null;
            for (Node c = sub.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element e)) continue;
                if (!e.getTagName().equals("names")) {
                    // a text or choose that prints takes the place of the names, and then no label prints
                    // whichever it is; one that holds names of the item's is left to citeproc-java
                    if (printsNames(e, present)) break;
                    continue;
                }
                if (has(e.getAttribute("variable"), present)) {
                    chosen = e;
                    break;
                }
            }
            if (chosen == null) continue;
            List<Element> own = new ArrayList<>();
            for (Node c = chosen.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && PARTS.contains(e.getTagName())) own.add(e);
            }
            if (own.isEmpty()) continue;
            boolean ownName = own.stream().anyMatch(e -> e.getTagName().equals("name"));
            boolean ownLabel = own.stream().anyMatch(e -> e.getTagName().equals("label"));
            boolean ownEtAl = own.stream().anyMatch(e -> e.getTagName().equals("et-al"));
            // the outer's parts that the chosen element replaces
            List<Element> drop = new ArrayList<>();
            for (Node c = outer.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element e)) continue;
                if ((e.getTagName().equals("name") && ownName) || (e.getTagName().equals("label") && ownLabel)
                        || (e.getTagName().equals("et-al") && ownEtAl)) {
                    drop.add(e);
                } else if (e.getTagName().equals("label") && !ownLabel) {
                    drop.add(e); // CSL: a substitute with children does not inherit the outer label
                }
            }
            for (Element e : drop) outer.removeChild(e);
            // in CSL order: name, et-al, label, then the substitute; a label before the name stays before it
            Element firstOwn = own.get(0);
            boolean labelFirst = firstOwn.getTagName().equals("label");
            for (Element e : own) {
                chosen.removeChild(e);
                if (labelFirst && e.getTagName().equals("label")) outer.insertBefore(e, outer.getFirstChild());
                else outer.insertBefore(e, sub);
            }
            changed = true;
        }
        return changed;
    }

    /** Whether an element holds a {@code <names>} of variables the item has. */
    private static boolean printsNames(Element e, Set<String> present) {
        if (e.getTagName().equals("names")) return has(e.getAttribute("variable"), present);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element x && printsNames(x, present)) return true;
        }
        return false;
    }

    private static boolean has(String variables, Set<String> present) {
        return Arrays.stream(variables.strip().split("\\s+")).anyMatch(present::contains);
    }
}
