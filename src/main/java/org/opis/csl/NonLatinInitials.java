package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Initials for given names in Cyrillic, Greek, Armenian and Georgian script. CSL 1.0.2 ("Name",
 * {@code initialize-with}; {@code name-as-sort-order} names Latin, Greek, Cyrillic and Arabic as the
 * scripts whose given name precedes the family name) initializes such given names as it does Latin
 * ones; citeproc-java 3.5 initializes only Latin-script names, so GOST printed
 * {@code Иванов Иван Иванович} where the style and citeproc-js give {@code Иванов И. И.}.
 *
 * <p>opis reads the style: for each name variable whose long-form names (in its citations and its
 * bibliography, through the macros they call, substitutes included) are all initialized with one
 * {@code initialize-with} value, the given names in these scripts are initialized in the records
 * before citeproc-java renders them ({@code Пётр-Павел} → {@code П.-П.} with the default
 * {@code initialize-with-hyphen}). A variable printed in full somewhere is left to citeproc-java.
 */
final class NonLatinInitials {

    private NonLatinInitials() {
    }

    /**
     * For each name variable the style prints in long form, the one {@code initialize-with} its
     * {@code <name>} elements use; a variable printed in full anywhere (or with two values) is left out.
     */
    static Map<String, String> initializeWith(String styleXml) {
        try {
            Document doc = StyleXml.parse(styleXml, "style");
            Element root = doc.getDocumentElement();
            Map<String, Element> macros = new HashMap<>();
            for (Element m : elements(root, "macro")) macros.put(m.getAttribute("name"), m);
            Map<String, Set<String>> values = new HashMap<>();
            for (String context : List.of("citation", "bibliography")) {
                Element c = child(root, context);
                if (c == null) continue;
                collect(c, c, root, macros, new HashSet<>(), values, null);
            }
            Map<String, String> out = new HashMap<>();
            values.forEach((v, set) -> {
                if (set.size() == 1 && !set.contains("")) out.put(v, set.iterator().next());
            });
            return out;
        } catch (FormatException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Walks a context through the macros it calls; {@code outerName} is the {@code <name>} a substitute's names inherit. */
    private static void collect(Element e, Element context, Element root, Map<String, Element> macros, Set<String> seen,
                                Map<String, Set<String>> values, Element outerName) {
        Element inherit = outerName;
        if ("names".equals(e.getNodeName())) {
            Element name = child(e, "name");
            if (name == null) name = outerName;
            String with = "";
            boolean counts = true;
            if (name != null) {
                String form = inherited(name, context, root, "form", "name-form");
                counts = !form.equals("short") && !form.equals("count");
                with = inherited(name, context, root, "initialize-with", "initialize-with");
                if (inherited(name, context, root, "initialize", "initialize").equals("false")) with = "";
            }
            if (counts) {
                for (String v : e.getAttribute("variable").trim().split("\\s+")) {
                    if (!v.isEmpty()) values.computeIfAbsent(v, k -> new HashSet<>()).add(with);
                }
            }
            inherit = name;
        }
        if ("text".equals(e.getNodeName()) && e.hasAttribute("macro") && seen.add(e.getAttribute("macro"))) {
            Element m = macros.get(e.getAttribute("macro"));
            if (m != null) collect(m, context, root, macros, seen, values, null);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) collect(c, context, root, macros, seen, values, inherit);
        }
    }

    /** A name attribute: on the name, else inherited from the citation/bibliography, else from the style. */
    private static String inherited(Element name, Element context, Element root, String attr, String inheritedAs) {
        if (name.hasAttribute(attr)) return name.getAttribute(attr);
        if (context.hasAttribute(inheritedAs)) return context.getAttribute(inheritedAs);
        return root.getAttribute(inheritedAs);
    }

    /** The record with given names in these scripts initialized with {@code with}. */
    static CSLItemData apply(CSLItemData d, Map<String, String> withByVariable, boolean hyphen) {
        boolean changed = false;
        CSLName[][] lists = NameLists.of(d);
        List<String> variables = NameLists.VARIABLES;
        CSLName[][] out = new CSLName[lists.length][];
        for (int k = 0; k < lists.length; k++) {
            if (lists[k] == null) continue;
            String with = withByVariable.get(variables.get(k));
            out[k] = lists[k].clone();
            for (int i = 0; i < out[k].length; i++) {
                CSLName n = out[k][i];
                if (with == null || n == null || n.getGiven() == null || !nonLatin(n.getGiven())) continue;
                out[k][i] = new CSLNameBuilder().family(n.getFamily()).given(initials(n.getGiven(), with, hyphen))
                        .droppingParticle(n.getDroppingParticle()).nonDroppingParticle(n.getNonDroppingParticle())
                        .suffix(n.getSuffix()).literal(n.getLiteral()).build();
                changed = true;
            }
        }
        if (!changed) return d;
        return NameLists.with(d, out);
    }

    /** True when the text has a letter of Cyrillic, Greek, Armenian or Georgian script. */
    static boolean nonLatin(String s) {
        return s.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of).anyMatch(sc ->
                sc == Character.UnicodeScript.CYRILLIC || sc == Character.UnicodeScript.GREEK
                        || sc == Character.UnicodeScript.ARMENIAN || sc == Character.UnicodeScript.GEORGIAN);
    }

    /**
     * Initials of a given name: the first letter of each word followed by {@code with}; the parts of
     * a hyphenated name joined by a hyphen when {@code hyphen} ("Hyphenation of Initialized Names").
     * A word already an initial ({@code П.}) counts as one. The result ends without a space.
     */
    static String initials(String given, String with, boolean hyphen) {
        StringBuilder sb = new StringBuilder();
        for (String word : given.strip().split("[\\s.]+")) {
            if (word.isEmpty()) continue;
            String[] parts = word.split("[-‐‑]+");
            for (int p = 0; p < parts.length; p++) {
                if (parts[p].isEmpty()) continue;
                if (p > 0) {
                    if (hyphen) {
                        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
                        sb.append('-');
                    }
                }
                sb.appendCodePoint(Character.toUpperCase(parts[p].codePointAt(0))).append(with);
            }
        }
        return sb.toString().stripTrailing();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getNodeName())) return e;
        }
        return null;
    }

    private static List<Element> elements(Element root, String name) {
        NodeList nl = root.getElementsByTagName(name);
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }
}
