package org.opis.csl;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the bibliography as CSL 1.0.2 "Sorting" prescribes, with locale-aware collation (ICU4J),
 * instead of citeproc-java 3.5's sort, which compares rendered keys with a Latin-centred
 * alphanumeric comparison (Cyrillic and Vietnamese names, and anonymous works, land elsewhere than
 * in citeproc-js, Zotero's processor).
 *
 * <p>Each {@code <key>} gives every item a sort value:
 * <ul>
 *   <li>a <b>macro</b> is rendered by citeproc-java through a derived style whose bibliography
 *   prints only that macro, with every name in sort order ({@code name-as-sort-order="all"}), name
 *   labels left out, the key's {@code names-min}/{@code names-use-first}/{@code names-use-last}
 *   applied, and every date replaced by its {@code YYYYMMDD} value restricted to the date-parts the
 *   macro would print ("Sorting Macros");</li>
 *   <li>a <b>name variable</b> is the list of names in sort order (family, given, particles);
 *   a <b>date variable</b> is {@code YYYYMMDD} with zeros for missing parts, a range's end following
 *   its start; other variables are their text ("Sorting Variables").</li>
 * </ul>
 * Values are compared case-insensitively, punctuation ignored and digit runs as numbers, with the
 * collation of the style's locale ({@code ru-RU}: Cyrillic before Latin). Empty values go last in
 * either direction. Items equal on every key keep their given order (first citation, or input).
 */
final class BibliographySort {

    private static final char OPEN = '\uE030';
    private static final char CLOSE = '\uE031';
    private static final Pattern MARKER = Pattern.compile(OPEN + "([a-z-]+)\\|([a-z-]*)" + CLOSE);

    record Key(String variable, String macro, boolean descending, Map<String, String> etAl) {
    }

    private final List<Key> keys;
    private final String xml;
    private final Collator collator;
    private final boolean demoteParticles;

    private BibliographySort(List<Key> keys, String xml, String locale, boolean demoteParticles) {
        this.keys = keys;
        this.xml = xml;
        this.demoteParticles = demoteParticles;
        RuleBasedCollator c = (RuleBasedCollator) Collator.getInstance(ULocale.forLanguageTag(locale));
        c.setStrength(Collator.PRIMARY);
        c.setAlternateHandlingShifted(true);
        c.setNumericCollation(true);
        c.freeze();
        this.collator = c;
    }

    /** The sort of this style's bibliography (XML as handed to citeproc-java), if it has one. */
    static Optional<BibliographySort> of(String styleXml, String locale) {
        try {
            Document doc = StyleXml.parse(styleXml, "style");
            Element bib = child(doc.getDocumentElement(), "bibliography");
            Element sort = bib == null ? null : child(bib, "sort");
            if (sort == null) return Optional.empty();
            List<Key> keys = new ArrayList<>();
            for (Element k : children(sort, "key")) {
                Map<String, String> etAl = new HashMap<>();
                for (String[] a : new String[][]{{"names-min", "et-al-min"}, {"names-use-first", "et-al-use-first"},
                        {"names-use-last", "et-al-use-last"}}) {
                    if (k.hasAttribute(a[0])) etAl.put(a[1], k.getAttribute(a[0]));
                }
                keys.add(new Key(k.getAttribute("variable"), k.getAttribute("macro"),
                        "descending".equals(k.getAttribute("sort")), etAl));
            }
            if (keys.isEmpty()) return Optional.empty();
            String demote = doc.getDocumentElement().getAttribute("demote-non-dropping-particle");
            return Optional.of(new BibliographySort(keys, styleXml, locale, demote.isBlank() || !demote.equals("never")));
        } catch (FormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The ids in bibliography order.
     *
     * @param ids    the ids in their given order (first citation, or input), which breaks ties
     * @param items  the records by id
     * @param render renders every item's bibliography entry (plain text) in a derived style XML
     */
    List<String> order(List<String> ids, Map<String, CSLItemData> items, Function<String, Map<String, String>> render) {
        List<List<String>> values = values(ids, items, render);
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) idx.add(i);
        Comparator<Integer> cmp = (a, b) -> compare(values, a, b);
        idx.sort(cmp); // stable: ties keep the given order
        List<String> out = new ArrayList<>();
        for (int i : idx) out.add(ids.get(i));
        return out;
    }

    /**
     * A comparator of ids by these sort keys (ties in the order of {@code ids}), for ids among {@code ids}: the citation's own sort ({@link #ofCitation}) orders the cites of one
     * citation with it.
     */
    Comparator<String> comparator(List<String> ids, Map<String, CSLItemData> items, Function<String, Map<String, String>> render) {
        List<List<String>> values = values(ids, items, render);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) at.putIfAbsent(ids.get(i), i);
        return (x, y) -> {
            Integer a = at.get(x);
            Integer b = at.get(y);
            if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
            int c = compare(values, a, b);
            // cites the keys leave tied: in the order of ids (the caller's: the bibliography order)
            return c != 0 ? c : Integer.compare(a, b);
        };
    }

    private int compare(List<List<String>> values, int a, int b) {
        for (int k = 0; k < keys.size(); k++) {
            String x = values.get(k).get(a);
            String y = values.get(k).get(b);
            boolean ex = x.isEmpty();
            boolean ey = y.isEmpty();
            if (ex && ey) continue;
            if (ex) return 1;
            if (ey) return -1;
            int c = collator.compare(x, y);
            if (c != 0) return keys.get(k).descending() ? -c : c;
        }
        return 0;
    }

    /**
     * The sort of this style's citation ({@code cs:citation/cs:sort}), if it has one: CSL 1.0.2 "Sorting" —
     * cites within a citation are sorted by the citation's keys, with the same comparison as the
     * bibliography's (ICU collation of the locale). Built as the sort of a derived style whose
     * bibliography sorts by the citation's keys.
     */
    static Optional<BibliographySort> ofCitation(String styleXml, String locale) {
        try {
            Document doc = StyleXml.parse(styleXml, "style");
            Element root = doc.getDocumentElement();
            Element citation = child(root, "citation");
            Element sort = citation == null ? null : child(citation, "sort");
            if (sort == null) return Optional.empty();
            Element bib = child(root, "bibliography");
            if (bib == null) {
                bib = doc.createElement("bibliography");
                Element layout = doc.createElement("layout");
                bib.appendChild(layout);
                root.appendChild(bib);
            }
            Element old = child(bib, "sort");
            Element copy = (Element) sort.cloneNode(true);
            if (old != null) bib.replaceChild(copy, old);
            else bib.insertBefore(copy, bib.getFirstChild());
            return of(serialise(doc), locale);
        } catch (FormatException | TransformerException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private List<List<String>> values(List<String> ids, Map<String, CSLItemData> items, Function<String, Map<String, String>> render) {
        List<List<String>> values = new ArrayList<>();
        for (Key k : keys) {
            Map<String, String> byId;
            if (!k.macro().isBlank()) {
                byId = render.apply(keyStyle(k, false));
                Map<String, String> filled = new HashMap<>();
                for (String id : ids) filled.put(id, fillDates(byId.getOrDefault(id, ""), items.get(id)));
                // the macro's literal texts count where the macro prints a variable (GOST's note + "Z999"),
                // and the key is empty where it prints none, as in citeproc-js
                if (usesLiterals(k.macro())) {
                    Map<String, String> withText = render.apply(keyStyle(k, true));
                    for (String id : ids) {
                        if (!filled.get(id).isBlank()) filled.put(id, fillDates(withText.getOrDefault(id, ""), items.get(id)));
                    }
                }
                byId = filled;
            } else {
                byId = new HashMap<>();
                // an id's first place in the list (a map: indexOf per id made this quadratic in the list)
                Map<String, Integer> first = new HashMap<>(ids.size() * 2);
                for (int i = 0; i < ids.size(); i++) first.putIfAbsent(ids.get(i), i + 1);
                for (String id : ids) byId.put(id, variableValue(k.variable(), items.get(id), first.get(id)));
            }
            List<String> v = new ArrayList<>();
            for (String id : ids) v.add(separated(byId.getOrDefault(id, "").strip()));
            values.add(v);
        }
        return values;
    }

    /**
     * A sort value with its word boundaries kept: each run of spaces becomes {@code |}, which the
     * collator does not ignore and which sorts before digits and letters, so {@code on reserve} sorts
     * before {@code online}, and a family name before a longer one ({@code Smith J.} before
     * {@code Smithson}); punctuation stays ignored ({@code coursepack/web} = {@code coursepackweb}), and
     * punctuation around a space belongs to the one boundary.
     * CSL 1.0.2 "Sorting" leaves the comparison to the processor; this is how citeproc-js (Zotero)
     * builds its keys (words joined by a separator), measured on its output.
     */
    static String separated(String value) {
        // a run of spaces and punctuation is one boundary: "Glantz, & House" is Glantz|House
        return value.isEmpty() ? value : value.replaceAll("[\\s\\p{P}]*\\s[\\s\\p{P}]*", "|");
    }

    /** Whether the key's macro, or a macro it calls, prints literal text ({@code <text value>}). */
    private boolean usesLiterals(String macro) {
        try {
            Document doc = StyleXml.parse(xml, "style");
            Map<String, Element> macros = new HashMap<>();
            for (Element m : all(doc.getDocumentElement(), "macro")) macros.put(m.getAttribute("name"), m);
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(macro));
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                Element m = macros.get(todo.pop());
                if (m == null || !seen.add(m.getAttribute("name"))) continue;
                for (Element t : all(m, "text")) {
                    if (t.hasAttribute("value")) return true;
                    if (t.hasAttribute("macro")) todo.push(t.getAttribute("macro"));
                }
            }
            return false;
        } catch (FormatException | RuntimeException e) {
            return false;
        }
    }

    /** The style with a bibliography that prints only the key's macro, in the form sort keys take. */
    String keyStyle(Key key) {
        return keyStyle(key, false);
    }

    /** As {@link #keyStyle(Key)}; {@code literals}: literal texts ({@code <text value>}) are kept. */
    String keyStyle(Key key, boolean literals) {
        try {
            Document doc = StyleXml.parse(xml, "style");
            Element root = doc.getDocumentElement();
            // CSL 1.0.2 "Name-part Order", demote-non-dropping-particle="sort-only": the key (names in sort
            // order) demotes the particle though the display does not (Harvard: `van Dijk, R.` sorts under D)
            if ("sort-only".equals(root.getAttribute("demote-non-dropping-particle"))) {
                root.setAttribute("demote-non-dropping-particle", "display-and-sort");
            }
            Element bib = child(root, "bibliography");
            for (String a : List.of("subsequent-author-substitute", "subsequent-author-substitute-rule")) bib.removeAttribute(a);
            key.etAl().forEach(bib::setAttribute);
            Element sort = child(bib, "sort");
            if (sort != null) bib.removeChild(sort);
            Element layout = child(bib, "layout");
            Element newLayout = doc.createElement("layout");
            Element t = doc.createElement("text");
            t.setAttribute("macro", key.macro());
            newLayout.appendChild(t);
            bib.replaceChild(newLayout, layout);
            for (Element name : all(root, "name")) {
                name.setAttribute("name-as-sort-order", "all");
                key.etAl().forEach(name::setAttribute);
            }
            for (Element names : all(root, "names")) {
                for (Element l : children(names, "label")) names.removeChild(l);
                for (Element e : children(names, "et-al")) names.removeChild(e);
            }
            // literal text values (GOST's language-sort macro: the note, then "Z999") count only where
            // the macro prints a variable (order(): rendered once without them, once with them), as in citeproc-js
            for (Element v : all(root, "text")) {
                if (!literals && v.hasAttribute("value") && v.getParentNode() != null) v.getParentNode().removeChild(v);
            }
            for (Element d : all(root, "date")) {
                if (!d.getAttribute("variable").isBlank() && d.getParentNode() instanceof Element p && !"locale".equals(p.getNodeName())) {
                    Element marker = doc.createElement("text");
                    marker.setAttribute("value", OPEN + d.getAttribute("variable") + "|" + parts(d) + CLOSE);
                    p.replaceChild(marker, d);
                }
            }
            return serialise(doc);
        } catch (FormatException | TransformerException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The date-parts a date element prints: its {@code date-parts} (localized) or its {@code date-part} children. */
    private static String parts(Element d) {
        if (!d.getAttribute("form").isBlank()) {
            String p = d.getAttribute("date-parts");
            return p.isBlank() ? "year-month-day" : p;
        }
        StringBuilder sb = new StringBuilder();
        for (Element p : children(d, "date-part")) {
            if (sb.length() > 0) sb.append('-');
            sb.append(p.getAttribute("name"));
        }
        return sb.toString();
    }

    private String fillDates(String rendered, CSLItemData item) {
        Matcher m = MARKER.matcher(rendered);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(dateValue(date(item, m.group(1)), m.group(2))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@code YYYYMMDD} with zeros for missing parts and for parts not printed; a range's end follows its start after a space. */
    static String dateValue(CSLDate date, String parts) {
        if (date == null || date.getDateParts() == null || date.getDateParts().length == 0) return "";
        StringBuilder sb = new StringBuilder();
        for (int[] dp : date.getDateParts()) {
            if (dp == null || dp.length == 0) continue;
            if (sb.length() > 0) sb.append(' ');
            int y = dp[0];
            if (y < 0) sb.append('-');
            zeroPadded(sb, y < 0 ? -(long) y : y, 4);
            zeroPadded(sb, dp.length > 1 && parts.contains("month") ? dp[1] : 0, 2);
            zeroPadded(sb, dp.length > 2 && parts.contains("day") ? dp[2] : 0, 2);
        }
        return sb.toString();
    }

    /** {@code String.format(Locale.ROOT, "%0<width>d", v)} without a formatter per part (the sign counts in the width). */
    static void zeroPadded(StringBuilder sb, long v, int width) {
        String digits = Long.toString(Math.abs(v));
        if (v < 0) sb.append('-');
        for (int n = (v < 0 ? 1 : 0) + digits.length(); n < width; n++) sb.append('0');
        sb.append(digits);
    }

    private String variableValue(String variable, CSLItemData item, int position) {
        if (item == null) return "";
        if (variable.equals("citation-number")) return String.valueOf(position);
        Object v = get(item, variable);
        if (v instanceof CSLDate d) return dateValue(d, "year-month-day");
        if (v instanceof CSLName[] names) {
            List<String> out = new ArrayList<>();
            for (CSLName n : names) out.add(nameValue(n));
            return String.join(", ", out);
        }
        return v == null ? "" : v.toString().replaceAll("<[^>]*>", "");
    }

    /** A name in sort order: family (with a demoted particle after it), given, particles. */
    String nameValue(CSLName n) {
        if (n.getLiteral() != null && !n.getLiteral().isBlank()) return n.getLiteral();
        List<String> p = new ArrayList<>();
        String ndp = n.getNonDroppingParticle();
        if (!demoteParticles && ndp != null) p.add(ndp);
        if (n.getFamily() != null) p.add(n.getFamily());
        if (n.getGiven() != null) p.add(n.getGiven());
        if (n.getDroppingParticle() != null) p.add(n.getDroppingParticle());
        if (demoteParticles && ndp != null) p.add(ndp);
        if (n.getSuffix() != null) p.add(n.getSuffix());
        return String.join(" ", p);
    }

    private static CSLDate date(CSLItemData item, String variable) {
        return get(item, variable) instanceof CSLDate d ? d : null;
    }

    /** The value of a CSL variable of an item, through citeproc-java's getter for it (getIssued, getContainerTitle, …). */
    private static Object get(CSLItemData item, String variable) {
        StringBuilder m = new StringBuilder("get");
        for (String part : variable.split("-")) {
            if (part.isEmpty()) continue;
            m.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        try {
            Method g = CSLItemData.class.getMethod(m.toString());
            return g.invoke(item);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getNodeName())) return e;
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getNodeName())) out.add(e);
        }
        return out;
    }

    private static List<Element> all(Element root, String name) {
        NodeList nl = root.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    private static String serialise(Document doc) throws TransformerException {
        TransformerFactory f = TransformerFactory.newInstance();
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer tr = f.newTransformer();
        StringWriter w = new StringWriter();
        tr.transform(new DOMSource(doc), new StreamResult(w));
        return w.toString();
    }
}
