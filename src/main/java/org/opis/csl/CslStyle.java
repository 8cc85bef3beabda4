package org.opis.csl;

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
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A citation style (CSL 1.0.x), loaded by its id from the bundled style repository
 * (e.g. {@code chicago-author-date}, {@code apa}, {@code gost-r-7-0-5-2008-numeric}) or from a
 * {@code .csl} file. A dependent style (a journal that borrows another style) is replaced by its
 * independent parent, keeping its default language.
 *
 * @param name          what the user asked for (an id or a path)
 * @param description   the style as it will be used, e.g. {@code apa-6th-edition (dependent; parent apa)}
 * @param xml           the independent style's XML
 * @param defaultLocale the style's default locale (the dependent style's, when it has one)
 * @param options       the style options opis itself honours where citeproc-java does not
 */
public record CslStyle(String name, String description, String xml, Optional<String> defaultLocale,
                       Options options) {

    /**
     * Style options that citeproc-java 3.5 ignores and opis applies itself.
     *
     * @param subsequentAuthorSubstitute the bibliography's {@code subsequent-author-substitute}, if set
     * @param substituteRule             its {@code subsequent-author-substitute-rule} (default {@code complete-all})
     * @param yearSuffix                 the citation's {@code disambiguate-add-year-suffix}
     * @param explicitYearSuffix         true when the style prints the {@code year-suffix} variable itself
     * @param bibliography               true when the style can format a bibliography
     * @param afterInvertedName          true when a name list uses {@code delimiter-precedes-last="after-inverted-name"}
     * @param pageRangeFormat            the style's {@code page-range-format} ({@code chicago}, {@code minimal}, …), if set
     */
    public record Options(Optional<String> subsequentAuthorSubstitute, String substituteRule,
                          boolean yearSuffix, boolean explicitYearSuffix, boolean bibliography,
                          boolean afterInvertedName, Optional<String> pageRangeFormat) {
    }

    /**
     * A style built directly (the library API) is checked as a loaded one is: its XML must parse
     * hardened ({@link StyleXml}: no DOCTYPE, no entities, bounded nesting, no recursive macro) and be
     * a {@code <style>}, so citeproc-java is only ever given checked XML.
     *
     * @throws IllegalArgumentException when the XML is not such a style
     */
    public CslStyle {
        java.util.Objects.requireNonNull(xml, "xml");
        try {
            parse(xml, name == null ? "style" : name);
        } catch (FormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Loads a style by id (bundled styles, dependent styles too) or from a file path.
     *
     * @throws FormatException when there is no such style, the file cannot be read or is not CSL
     */
    public static CslStyle load(String idOrPath) throws FormatException {
        String arg = idOrPath.strip();
        if (arg.isEmpty()) throw new FormatException("no style given");
        Path file = null;
        try {
            Path p = Path.of(arg);
            if (Files.isRegularFile(p)) file = p;
        } catch (RuntimeException e) {
            // not a usable path: treat as an id
        }
        boolean looksLikePath = arg.endsWith(".csl") || (arg.contains("/") && !arg.startsWith("http://") && !arg.startsWith("https://"));
        if (file == null && looksLikePath) {
            throw new FormatException("style file '" + arg + "' not found");
        }
        String xml;
        String description;
        if (file != null) {
            try {
                xml = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new FormatException("cannot read style file " + arg + ": " + e.getMessage(), e);
            }
            description = arg;
        } else {
            String id = arg;
            if (id.startsWith("http://") || id.startsWith("https://")) id = id.substring(id.lastIndexOf('/') + 1);
            Optional<String> found = bundled(id);
            if (found.isEmpty()) {
                List<String> near = StyleCatalog.nearest(id, 5);
                throw new FormatException("unknown style '" + arg + "': not a file and not a style id of the bundled CSL styles"
                        + (near.isEmpty() ? "" : "; nearest ids: " + String.join(", ", near))
                        + " (opis styles QUERY searches them; a file path must exist)");
            }
            xml = found.get();
            description = id;
        }
        Document doc = parse(xml, arg);
        Element root = doc.getDocumentElement();
        Optional<String> defaultLocale = attr(root, "default-locale");
        Optional<String> parent = parentLink(root);
        if (parent.isPresent()) {
            String parentId = parent.get().substring(parent.get().lastIndexOf('/') + 1);
            Optional<String> parentXml = bundled(parentId);
            if (parentXml.isEmpty() && file != null) {
                Path sibling = file.toAbsolutePath().getParent().resolve(parentId + ".csl");
                if (Files.isRegularFile(sibling)) {
                    try {
                        parentXml = Optional.of(Files.readString(sibling, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new FormatException("cannot read parent style " + sibling + ": " + e.getMessage(), e);
                    }
                }
            }
            if (parentXml.isEmpty()) {
                throw new FormatException("style '" + arg + "' depends on '" + parent.get() + "', which is not a bundled style");
            }
            xml = parentXml.get();
            doc = parse(xml, parentId);
            root = doc.getDocumentElement();
            Optional<String> parentLocale = attr(root, "default-locale");
            if (defaultLocale.isEmpty()) defaultLocale = parentLocale;
            description = description + " (dependent; parent " + parentId + ")";
        }
        if (parentLink(root).isPresent()) {
            throw new FormatException("style '" + arg + "': its parent is itself a dependent style");
        }
        return new CslStyle(arg, description, xml, defaultLocale, options(root));
    }

    /** True when the style's bibliography has a {@code <sort>} (without one, entries follow the order of first citation). */
    public boolean bibliographySorted() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<bibliography\\b.*?</bibliography>").matcher(xml);
        return m.find() && m.group().contains("<sort");
    }

    /** The XML of a bundled style (independent or dependent), if there is one with this id. */
    static Optional<String> bundled(String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) return Optional.empty();
        String name = id.endsWith(".csl") ? id : id + ".csl";
        for (String path : List.of("/" + name, "/dependent/" + name)) {
            try (InputStream in = CslStyle.class.getResourceAsStream(path)) {
                if (in != null) return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Document parse(String xml, String what) throws FormatException {
        Document d = StyleXml.parse(xml, what);
        Element root = d.getDocumentElement();
        if (!"style".equals(root.getLocalName() == null ? root.getNodeName() : root.getLocalName())) {
            throw new FormatException(what + " is not a CSL style (its root element is <" + root.getNodeName() + ">, not <style>)");
        }
        return d;
    }

    private static Optional<String> attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static Optional<String> parentLink(Element root) {
        NodeList links = root.getElementsByTagName("link");
        for (int i = 0; i < links.getLength(); i++) {
            Element l = (Element) links.item(i);
            if ("independent-parent".equals(l.getAttribute("rel")) && !l.getAttribute("href").isBlank()) {
                return Optional.of(l.getAttribute("href").strip());
            }
        }
        return Optional.empty();
    }

    private static Element child(Element root, String name) {
        NodeList nl = root.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element e && name.equals(e.getNodeName())) return e;
        }
        return null;
    }

    private static Options options(Element root) {
        Element bib = child(root, "bibliography");
        Element cit = child(root, "citation");
        Optional<String> sas = Optional.empty();
        String rule = "complete-all";
        if (bib != null && bib.hasAttribute("subsequent-author-substitute")) {
            sas = Optional.of(bib.getAttribute("subsequent-author-substitute"));
            if (!bib.getAttribute("subsequent-author-substitute-rule").isBlank()) {
                rule = bib.getAttribute("subsequent-author-substitute-rule").strip();
            }
        }
        boolean ys = cit != null && "true".equals(cit.getAttribute("disambiguate-add-year-suffix"));
        boolean explicit = false;
        NodeList texts = root.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength() && !explicit; i++) {
            explicit = "year-suffix".equals(((Element) texts.item(i)).getAttribute("variable"));
        }
        return new Options(sas, rule, ys, explicit, bib != null,
                xmlOf(root).contains("\"after-inverted-name\""), attr(root, "page-range-format"));
    }

    private static final java.util.Set<String> DATE_VARIABLES =
            java.util.Set.of("accessed", "available-date", "event-date", "issued", "original-date", "submitted");

    /**
     * This style's XML as opis hands it to citeproc-java, with two repairs for its 3.5 shortfalls:
     * <ol>
     *   <li>the year suffix is made visible: unless the style prints {@code year-suffix} itself, a
     *   {@code <text variable="year-suffix"/>} follows every date element that prints the year of
     *   {@code issued} (the date's own affixes move to a group around both, so {@code 2008.} becomes
     *   {@code 2008a.}, not {@code 2008.a}); citeproc-js adds the suffix implicitly;</li>
     *   <li>sort keys on a date variable ({@code <key variable="issued"/>}), which citeproc-java
     *   ignores, become keys on a macro printing the date as {@code YYYY-MM-DD} (a range as
     *   {@code YYYY–YYYY}; citeproc-java compares digit runs as numbers), so works sort by date as the specification says.</li>
     *   <li>{@code locator} tests in conditions, which citeproc-java does not evaluate, are decided
     *   for a cite without a locator (see {@link #renderXml(String)} and {@link LocatorConditions}).</li>
     * </ol>
     */
    String renderXml() {
        return renderXml(null, false);
    }

    /** {@link #renderXml()} for cites whose locator has this CSL label ({@code page}, {@code volume}, …; null: none), ambiguous or not. */
    String renderXml(String locatorLabel, boolean ambiguous) {
        return renderXml(locatorLabel, ambiguous, null, "", null, null);
    }

    /**
     * {@link #renderXml(String, boolean)} for a cite at this position ({@link CitePositions}; null:
     * the tests are left to citeproc-java) of an item whose number variables need this variant
     * ({@link NumberVariables#key}; empty: none), whose name variables are these ({@link NameVariableTests#key};
     * null: the tests are left to citeproc-java).
     */
    String renderXml(String locatorLabel, boolean ambiguous, CitePositions.Position position, String numbers, LocatorTerms terms,
                     String nameVariables) {
        boolean romanLocator = RomanLocators.marked(locatorLabel);
        locatorLabel = RomanLocators.label(locatorLabel);
        try {
            Document doc = parse(xml, name);
            boolean changed = false;
            if (romanLocator && RomanLocators.apply(doc)) changed = true;
            if (!options.explicitYearSuffix()) {
                NodeList dates = doc.getElementsByTagName("date");
                List<Element> targets = new ArrayList<>();
                for (int i = 0; i < dates.getLength(); i++) {
                    Element d = (Element) dates.item(i);
                    if (!"issued".equals(d.getAttribute("variable"))) continue;
                    if (printsYear(d)) targets.add(d);
                }
                for (Element d : targets) {
                    Element group = doc.createElement("group");
                    for (String a : List.of("prefix", "suffix", "display", "font-style", "font-weight", "font-variant",
                            "text-decoration", "vertical-align")) {
                        if (d.hasAttribute(a)) {
                            group.setAttribute(a, d.getAttribute(a));
                            d.removeAttribute(a);
                        }
                    }
                    d.getParentNode().replaceChild(group, d);
                    group.appendChild(d);
                    Element t = doc.createElement("text");
                    t.setAttribute("variable", "year-suffix");
                    group.appendChild(t);
                    changed = true;
                }
            }
            if (LocatorConditions.resolve(doc, locatorLabel)) changed = true;
            if (LocatorConditions.resolveDisambiguate(doc, ambiguous)) changed = true;
            if (CitePositions.resolve(doc, position)) changed = true;
            if (terms != null && NumberVariables.apply(doc, numbers, terms)) changed = true;
            if (NameVariableTests.apply(doc, nameVariables)) changed = true;
            if (LocatorLabels.repair(doc, locatorLabel)) changed = true;
            if (LocatorLabels.repairVariables(doc)) changed = true;
            if (DateDelimiters.apply(doc)) changed = true;
            NodeList keys = doc.getElementsByTagName("key");
            java.util.Set<String> keyed = new java.util.TreeSet<>();
            for (int i = 0; i < keys.getLength(); i++) {
                Element k = (Element) keys.item(i);
                String v = k.getAttribute("variable");
                if (DATE_VARIABLES.contains(v)) {
                    k.removeAttribute("variable");
                    k.setAttribute("macro", "opis-date-key-" + v);
                    keyed.add(v);
                }
            }
            Element root = doc.getDocumentElement();
            Node firstMacroOrCitation = child(root, "macro");
            if (firstMacroOrCitation == null) firstMacroOrCitation = child(root, "citation");
            for (String v : keyed) {
                Element m = doc.createElement("macro");
                m.setAttribute("name", "opis-date-key-" + v);
                Element d = doc.createElement("date");
                d.setAttribute("variable", v);
                for (String[] part : new String[][]{{"year", "long"}, {"month", "numeric-leading-zeros"}, {"day", "numeric-leading-zeros"}}) {
                    Element p = doc.createElement("date-part");
                    p.setAttribute("name", part[0]);
                    p.setAttribute("form", part[1]);
                    if (!part[0].equals("year")) p.setAttribute("prefix", "-");
                    d.appendChild(p);
                }
                m.appendChild(d);
                root.insertBefore(m, firstMacroOrCitation);
                changed = true;
            }
            if (!changed) return xml;
            Transformer tr = transformer();
            tr.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            tr.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            return xml; // the checked XML itself, unrepaired
        } catch (FormatException e) {
            // cannot happen: the constructor checked this XML; fail closed all the same
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A serialiser that fetches nothing from outside. */
    private static Transformer transformer() throws TransformerException {
        TransformerFactory f = TransformerFactory.newInstance();
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return f.newTransformer();
    }

    private static String xmlOf(Element root) {
        try {
            Transformer tr = transformer();
            StringWriter w = new StringWriter();
            tr.transform(new DOMSource(root), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            return "";
        }
    }

    /**
     * {@link #renderXml()} with {@code delimiter-precedes-last="after-inverted-name"} read as
     * {@code never}: the form the specification gives a two-name list whose first name is a literal
     * (an institution, or a name printed as written such as {@code Phạm Thị Ngọc Bích}), which is
     * never inverted. citeproc-java and citeproc-js both put the delimiter after it anyway
     * ({@code Phạm Thị Ngọc Bích, and D.V. Mosjakov}).
     */
    String renderXmlLiteralFirst() {
        return renderXml().replace("delimiter-precedes-last=\"after-inverted-name\"", "delimiter-precedes-last=\"never\"");
    }

    private static boolean printsYear(Element date) {
        String parts = date.getAttribute("date-parts");
        if (!date.getAttribute("form").isBlank()) return parts.isBlank() || parts.toLowerCase(Locale.ROOT).contains("year");
        NodeList ps = date.getElementsByTagName("date-part");
        for (int i = 0; i < ps.getLength(); i++) {
            if ("year".equals(((Element) ps.item(i)).getAttribute("name"))) return true;
        }
        return false;
    }
}
