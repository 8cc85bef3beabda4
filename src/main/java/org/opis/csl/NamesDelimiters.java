package org.opis.csl;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Works around citeproc-java 3.5 putting the {@code delimiter} of a {@code <names>} element with
 * several variables before a name list even when the variable before it is empty: APA's
 * {@code <names variable="editor translator" delimiter="; ">} printed a translated book as
 * {@code With Paulus at Stalingrad (; T. Le Tissier, Trans.)}, Chicago as
 * {@code With Paulus at Stalingrad. . Translated by …}. CSL 1.0.2, "Names": the delimiter separates
 * the name variables that are rendered; an empty variable renders nothing. For an entry, opis keeps in
 * such a {@code variable} list only the variables the item has (when it has some but not all of them),
 * before citeproc-java runs; a list of which the item has none is left for {@code <substitute>}.
 */
final class NamesDelimiters {

    private static final Pattern MULTI = Pattern.compile("<names\\b[^>]*\\bvariable=\"\\s*\\S+\\s+\\S+[^\"]*\"");

    private NamesDelimiters() {
    }

    /** True when the style has a {@code <names>} element with more than one variable. */
    static boolean used(String xml) {
        return MULTI.matcher(xml).find();
    }

    /** Keeps, in each multi-variable {@code <names>}, the variables in {@code present}; true when changed. */
    static boolean apply(Document doc, Set<String> present) {
        boolean changed = false;
        NodeList nl = doc.getElementsByTagName("names");
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            List<String> vars = Arrays.asList(e.getAttribute("variable").strip().split("\\s+"));
            if (vars.size() < 2) continue;
            List<String> kept = vars.stream().filter(present::contains).toList();
            if (kept.isEmpty() || kept.size() == vars.size()) continue;
            e.setAttribute("variable", String.join(" ", kept));
            changed = true;
        }
        return changed;
    }
}
