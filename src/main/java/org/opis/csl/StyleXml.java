package org.opis.csl;

import org.opis.text.Limits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way opis parses CSL XML (styles and locales), before citeproc-java ever sees it:
 * hardened (a DOCTYPE is refused, so no entity, internal or external, is ever expanded; no external
 * DTD or schema is fetched; XInclude is off), and checked for what would overflow citeproc-java's
 * recursive renderer: element nesting deeper than {@link Limits#cslDepth()} and macros that call
 * themselves, directly or through others.
 */
final class StyleXml {

    private StyleXml() {
    }

    /**
     * The style's own {@code <locale>} elements that apply to {@code locale}, least specific first
     * (no {@code xml:lang}, the language, the full tag), so that a reader taking them in order lets the
     * more specific overwrite; none when the style cannot be read.
     */
    static List<Element> styleLocales(String styleXml, String locale) {
        List<Element> out = new ArrayList<>();
        Document style = quietly(styleXml);
        if (style == null) return out;
        String lang = locale.contains("-") ? locale.substring(0, locale.indexOf('-')) : locale;
        NodeList ls = style.getDocumentElement().getElementsByTagName("locale");
        for (String want : new String[]{"", lang, locale}) {
            for (int i = 0; i < ls.getLength(); i++) {
                Element l = (Element) ls.item(i);
                if (l.getAttribute("xml:lang").equals(want)) out.add(l);
            }
        }
        return out;
    }

    /** The root element of the bundled CSL locale file for {@code locale} (en-US when there is none), or null. */
    static Element localeFile(String locale) {
        String file = "/locales-" + locale + ".xml";
        if (StyleXml.class.getResource(file) == null) file = "/locales-en-US.xml";
        try (java.io.InputStream in = StyleXml.class.getResourceAsStream(file)) {
            if (in == null) return null;
            Document d = quietly(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            return d == null ? null : d.getDocumentElement();
        } catch (IOException e) {
            return null;
        }
    }

    private static Document quietly(String xml) {
        try {
            return parse(xml, "a style or locale", "file");
        } catch (FormatException | RuntimeException e) {
            return null;
        }
    }

    /** Parses and checks a style's {@code xml}; {@code what} names it in messages. */
    static Document parse(String xml, String what) throws FormatException {
        return parse(xml, what, "style");
    }

    /** Parses and checks {@code xml}, a CSL {@code kind} (style, locale); {@code what} names it in messages. */
    static Document parse(String xml, String what, String kind) throws FormatException {
        Document d;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            d = b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE declaration is not allowed in a CSL file (opis never expands entities)" : e.getMessage();
            throw new FormatException(what + " is not a well-formed CSL " + kind + ": line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + why, e);
        } catch (SAXException | IOException | ParserConfigurationException | IllegalArgumentException e) {
            throw new FormatException(what + " is not a readable CSL " + kind + ": " + e.getMessage(), e);
        }
        checkDepth(d.getDocumentElement(), what);
        checkMacros(d.getDocumentElement(), what);
        return d;
    }

    private static void checkDepth(Element root, String what) throws FormatException {
        long limit = Limits.current().cslDepth();
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int depth = depths.pop();
            if (depth > limit) {
                throw new FormatException(what + ": elements nested more than " + limit + " deep (at <" + n.getNodeName() + ">); "
                        + Limits.raise("csl-depth"));
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.ELEMENT_NODE) {
                    nodes.push(c);
                    depths.push(depth + 1);
                }
            }
        }
    }

    /** Refuses a macro that calls itself, directly or through other macros (citeproc-java would recurse until the stack overflows). */
    private static void checkMacros(Element root, String what) throws FormatException {
        Map<String, Set<String>> calls = new HashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element m && m.getNodeName().equals("macro")) {
                Set<String> called = new LinkedHashSet<>();
                NodeList all = m.getElementsByTagName("*");
                for (int k = 0; k < all.getLength(); k++) {
                    String name = ((Element) all.item(k)).getAttribute("macro");
                    if (!name.isEmpty()) called.add(name);
                }
                calls.computeIfAbsent(m.getAttribute("name"), x -> new LinkedHashSet<>()).addAll(called);
            }
        }
        // iterative depth-first search for a cycle
        Set<String> done = new HashSet<>();
        for (String start : calls.keySet()) {
            if (done.contains(start)) continue;
            List<String> path = new ArrayList<>();
            Deque<java.util.Iterator<String>> its = new ArrayDeque<>();
            Set<String> onPath = new HashSet<>();
            path.add(start);
            onPath.add(start);
            its.push(calls.getOrDefault(start, Set.of()).iterator());
            while (!its.isEmpty()) {
                java.util.Iterator<String> it = its.peek();
                if (!it.hasNext()) {
                    its.pop();
                    String last = path.remove(path.size() - 1);
                    onPath.remove(last);
                    done.add(last);
                    continue;
                }
                String next = it.next();
                if (onPath.contains(next)) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                    cycle.add(next);
                    throw new FormatException(what + ": the macro '" + next + "' calls itself (" + String.join(" → ", cycle)
                            + "); a CSL macro may not be recursive");
                }
                if (done.contains(next) || !calls.containsKey(next)) continue;
                path.add(next);
                onPath.add(next);
                its.push(calls.get(next).iterator());
            }
        }
    }
}
