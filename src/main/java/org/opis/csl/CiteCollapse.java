package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cite grouping and collapsing by author (CSL 1.0.2, "Citation-specific Options", "Cite Grouping"
 * and "Cite Collapsing", {@code collapse="year"}): in one citation, cites with the same names are put
 * together and, after the first, printed without the names, separated by the
 * {@code cite-group-delimiter}: {@code (Selivanov 2013; 2014a)}, {@code (Selivanov, 2013, 2014a)}.
 * citeproc-java 3.5 does neither ({@code (Selivanov 2013; Selivanov 2014a)}). opis renders each cite
 * through citeproc-java (the later ones of a group with {@code suppress-author}) and joins them.
 *
 * <p>The delimiter inside a group is the style's {@code cite-group-delimiter}; when the style sets
 * none, citeproc-js uses the layout delimiter for a style that sets {@code after-collapse-delimiter}
 * (Chicago: {@code 2013; 2014a}) and {@code ", "} otherwise (APA, Harvard); opis does the same.
 */
final class CiteCollapse {

    /** Renders some cites as one citation; {@code suppress[i]}: print cite i without its names. */
    interface Renderer {
        String render(List<CitationItem> items, boolean[] suppress);
    }

    private final String prefix;
    private final String suffix;
    private final String delimiter;
    private final String groupDelimiter;
    private final boolean sorted;

    private CiteCollapse(String prefix, String suffix, String delimiter, String groupDelimiter, boolean sorted) {
        this.prefix = prefix;
        this.suffix = suffix;
        this.delimiter = delimiter;
        this.groupDelimiter = groupDelimiter;
        this.sorted = sorted;
    }

    /** The style's collapsing, when it is an in-text style that collapses by year. */
    static Optional<CiteCollapse> of(CslStyle style) {
        try {
            Element root = StyleXml.parse(style.xml(), "style").getDocumentElement(); // the one hardened parser
            if (!"in-text".equals(root.getAttribute("class"))) return Optional.empty();
            Element cit = child(root, "citation");
            if (cit == null || !cit.getAttribute("collapse").startsWith("year")) return Optional.empty();
            Element layout = child(cit, "layout");
            if (layout == null) return Optional.empty();
            String d = layout.getAttribute("delimiter");
            String g = cit.hasAttribute("cite-group-delimiter") ? cit.getAttribute("cite-group-delimiter")
                    : cit.hasAttribute("after-collapse-delimiter") ? d : ", ";
            return Optional.of(new CiteCollapse(layout.getAttribute("prefix"), layout.getAttribute("suffix"), d, g,
                    child(cit, "sort") != null));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) return c;
        }
        return null;
    }

    /** The collapsed citation, or empty when no two cites share their names (citeproc-java's rendering stands). */
    Optional<String> render(List<CitationItem> cluster, Map<String, CSLItemData> items, Renderer renderer) {
        Map<String, List<CitationItem>> groups = new LinkedHashMap<>();
        int n = 0;
        String previous = null;
        int run = 0;
        for (CitationItem ci : cluster) {
            String key = namesKey(items.get(ci.id()));
            // a style that sorts its cites brings one author's cites together; one that does not
            // collapses only neighbours (as citeproc-js does: Chicago keeps "Selivanov 2013; Hoxha 1984; Selivanov 2014")
            if (!sorted && key != null && !key.equals(previous)) run++;
            previous = key;
            String k = key == null ? "\u0000" + (n++) : sorted ? key : run + "\u0001" + key;
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(ci);
        }
        if (groups.values().stream().noneMatch(g -> g.size() > 1)) return Optional.empty();
        List<List<String>> rendered = new ArrayList<>();
        for (List<CitationItem> g : groups.values()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                String s = renderer.render(List.of(g.get(i)), new boolean[]{i > 0});
                if (s.startsWith(prefix) && s.endsWith(suffix) && s.length() >= prefix.length() + suffix.length()) {
                    s = s.substring(prefix.length(), s.length() - suffix.length());
                }
                parts.add(s);
            }
            rendered.add(parts);
        }
        if (sorted) rendered.sort((a, b) -> a.get(0).compareToIgnoreCase(b.get(0)));
        List<String> out = new ArrayList<>();
        for (List<String> parts : rendered) out.add(String.join(groupDelimiter, parts));
        return Optional.of(prefix + String.join(delimiter, out) + suffix);
    }

    /** The cite's names (authors, else editors) as a comparable key; null when it has none. */
    private static String namesKey(CSLItemData d) {
        if (d == null) return null;
        CSLName[] names = d.getAuthor() != null && d.getAuthor().length > 0 ? d.getAuthor() : d.getEditor();
        if (names == null || names.length == 0) return null;
        StringBuilder sb = new StringBuilder();
        for (CSLName nm : names) {
            sb.append(nm.getLiteral()).append('|').append(nm.getFamily()).append('|').append(nm.getGiven())
                    .append('|').append(nm.getNonDroppingParticle()).append(';');
        }
        return sb.toString();
    }
}
