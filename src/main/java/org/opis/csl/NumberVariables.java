package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.NumberHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Works around two citeproc-java 3.5 defects with number variables ({@code volume}, {@code issue},
 * {@code number-of-volumes}, …), which printed {@code no. 4–5}, {@code Vol. 8, 22} and a bare
 * {@code 1–14} where citeproc-js (and the specification) give {@code nos. 4–5}, {@code Vols. 8, 22},
 * {@code Vols. 1–14}:
 * <ul>
 *   <li>a {@code <label variable="volume">} (any number variable but {@code page}, {@code number} and
 *   the locator) is always singular. CSL 1.0.2, "Label": with {@code plural="contextual"} the term is
 *   plural when the content holds several numbers ({@code 2-4}, {@code 2, 4}, {@code 2 & 4}), and for
 *   {@code number-of-volumes}/{@code number-of-pages} when the number is above 1;</li>
 *   <li>{@code is-numeric} refuses a range written with an en dash ({@code 1–14}), the dash a range is
 *   printed with; citeproc-js reads it as the hyphen the specification names ("Choose", {@code is-numeric}).</li>
 * </ul>
 * For an item with such a variable, opis hands citeproc-java a variant of the style: the label becomes
 * the locale's plural term as text ({@code <text value="vols."/>}: citeproc-java's {@code <text term>}
 * ignores {@code plural} as well), and {@code is-numeric} tests on the
 * variable are decided true. The variant's key ({@link #key}) names what changed, so items that need
 * the same change share one engine.
 */
final class NumberVariables {

    /** Number variables whose label citeproc-java never pluralizes, with the term each label prints. */
    private static final Map<String, String> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("volume", "volume");
        TERMS.put("issue", "issue");
        TERMS.put("number-of-volumes", "volume");
        TERMS.put("number-of-pages", "page");
        TERMS.put("chapter-number", "chapter");
        TERMS.put("collection-number", "collection-number");
        TERMS.put("edition", "edition");
    }

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z]*\\d+[A-Za-z]*");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[-–,&]|\\band\\b)\\s*");

    private NumberVariables() {
    }

    /**
     * What the item needs: {@code volume:P} for a plural label, {@code volume:N} for an
     * {@code is-numeric} test citeproc-java gets wrong; empty when nothing (sorted, joined by {@code ,}).
     */
    static String key(CSLItemData d) {
        return key(d, Set.of());
    }

    /**
     * {@link #key(CSLItemData)}, and {@code volume:R=viii, xxii} for a numeric variable the style prints
     * with {@code <number form="roman">}, which citeproc-java prints in arabic figures (CSL 1.0.2,
     * "Number": {@code roman} gives lowercase Roman numerals).
     */
    static String key(CSLItemData d, Set<String> romanVariables) {
        return key(d, romanVariables, Set.of(), null);
    }

    /**
     * {@link #key(CSLItemData, Set)}, and {@code edition:O=2nd} ({@code :L=second} for {@code long-ordinal})
     * for a whole number the style prints with {@code <number form="ordinal">}, which citeproc-java prints
     * in plain figures ({@link Ordinals}; CSL 1.0.2, "Number", "Ordinal Suffixes").
     *
     * @param ordinalVariables {@code variable:form} as {@link Ordinals#variables} gives them
     */
    static String key(CSLItemData d, Set<String> romanVariables, Set<String> ordinalVariables, Ordinals ordinals) {
        Set<String> out = new TreeSet<>();
        if (ordinals != null) {
            for (String vf : ordinalVariables) {
                int c = vf.indexOf(':');
                String v = vf.substring(0, c);
                String form = vf.substring(c + 1);
                java.util.Optional<String> o = ordinals.format(value(d, v), form, TERMS.getOrDefault(v, v));
                o.ifPresent(text -> out.add(v + (form.equals("ordinal") ? ":O=" : ":L=") + text));
            }
        }
        for (String v : TERMS.keySet()) {
            String value = value(d, v);
            if (value == null || value.isBlank()) continue;
            value = value.strip();
            if (plural(v, value)) out.add(v + ":P");
            if (numeric(value) && !NumberHelper.isNumeric(value)) out.add(v + ":N");
            if (romanVariables.contains(v) && numeric(value)) {
                String r = roman(value);
                if (!r.equals(value)) out.add(v + ":R=" + r);
            }
        }
        return String.join(";", out);
    }

    private static final Pattern ROMAN_NUMBER = Pattern.compile("<number\\b[^>]*>");

    /** The variables the style prints with {@code <number form="roman">}. */
    static Set<String> romanVariables(String xml) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = ROMAN_NUMBER.matcher(xml);
        while (m.find()) {
            String el = m.group();
            if (!el.contains("form=\"roman\"")) continue;
            java.util.regex.Matcher v = Pattern.compile("variable=\"([^\"]*)\"").matcher(el);
            if (v.find()) out.add(v.group(1));
        }
        return out;
    }

    /** Each run of digits (1–3999) as lowercase Roman numerals, separators kept: {@code 1–14} → {@code i–xiv}. */
    static String roman(String value) {
        java.util.regex.Matcher m = Pattern.compile("\\d+").matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = m.group().length() > 4 ? 0 : Integer.parseInt(m.group());
            m.appendReplacement(sb, n < 1 || n > 3999 ? m.group() : toRoman(n));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String toRoman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        int k = n;
        for (int i = 0; i < values.length; i++) {
            while (k >= values[i]) {
                sb.append(letters[i]);
                k -= values[i];
            }
        }
        return sb.toString();
    }

    /** CSL 1.0.2 "Label": several numbers, or a count above one. */
    static boolean plural(String variable, String value) {
        if (variable.startsWith("number-of-")) {
            try {
                return Integer.parseInt(value.strip()) > 1;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (!numeric(value)) return false;
        return SEPARATOR.split(value.strip()).length > 1;
    }

    /** CSL 1.0.2 "is-numeric": numbers (with letter affixes) separated by hyphens or en dashes, commas, ampersands. */
    static boolean numeric(String value) {
        String[] parts = SEPARATOR.split(value.strip(), -1);
        if (parts.length == 0) return false;
        for (String p : parts) if (!NUMBER.matcher(p).matches()) return false;
        return true;
    }

    /** Applies the key's changes to the style; true when the document changed. */
    static boolean apply(Document doc, String key, LocatorTerms terms) {
        if (key == null || key.isEmpty()) return false;
        Set<String> pluralVars = new TreeSet<>();
        Set<String> numericVars = new TreeSet<>();
        Map<String, String> romans = new LinkedHashMap<>();
        Map<String, String> ordinals = new LinkedHashMap<>();
        for (String k : key.split(";")) {
            int o = Math.max(k.indexOf(":O="), k.indexOf(":L="));
            if (o > 0) {
                // an ordinal: written in for <number form="ordinal"> (or long-ordinal) of the variable
                ordinals.put(k.substring(0, o) + (k.charAt(o + 1) == 'O' ? ":ordinal" : ":long-ordinal"), k.substring(o + 3));
                numericVars.add(k.substring(0, o));
                continue;
            }
            int r = k.indexOf(":R=");
            if (r > 0) {
                // the value is numeric (only then is it made Roman); its is-numeric tests are decided so,
                // which also keeps the Roman text from being taken for an empty group by citeproc-java
                romans.put(k.substring(0, r), k.substring(r + 3));
                numericVars.add(k.substring(0, r));
                continue;
            }
            int c = k.lastIndexOf(':');
            if (c < 0) continue;
            (k.endsWith(":P") ? pluralVars : numericVars).add(k.substring(0, c));
        }
        boolean changed = !romans.isEmpty()
                && replaceNumbers(doc, e -> "roman".equals(e.getAttribute("form")) ? romans.get(e.getAttribute("variable")) : null);
        if (!ordinals.isEmpty()) {
            changed |= replaceNumbers(doc, e -> ordinals.get(e.getAttribute("variable") + ":" + e.getAttribute("form")));
        }
        NodeList nl = doc.getElementsByTagName("label");
        List<Element> labels = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            if (pluralVars.contains(e.getAttribute("variable")) && !"never".equals(e.getAttribute("plural"))) labels.add(e);
        }
        for (Element e : labels) {
            // citeproc-java's <text term> has no plural either: the locale's plural term is written in
            String form = e.getAttribute("form").isEmpty() ? "long" : e.getAttribute("form");
            java.util.Optional<String> term = terms.term(TERMS.get(e.getAttribute("variable")), form, true);
            if (term.isEmpty()) continue;
            Element t = doc.createElement("text");
            // strip-periods is applied here: citeproc-java does not apply it to a text value (CSE: "Vols")
            t.setAttribute("value", "true".equals(e.getAttribute("strip-periods")) ? term.get().replace(".", "") : term.get());
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                String a = e.getAttributes().item(i).getNodeName();
                if (a.equals("variable") || a.equals("plural") || a.equals("form") || a.equals("strip-periods")) continue;
                t.setAttribute(a, e.getAttribute(a));
            }
            e.getParentNode().replaceChild(t, e);
            changed = true;
        }
        if (!numericVars.isEmpty()) {
            changed |= LocatorConditions.decide(doc, "is-numeric", numericVars::contains,
                    e -> List.of(e.getAttribute("is-numeric").strip().split("\\s+")).stream().allMatch(numericVars::contains));
        }
        return changed;
    }

    private static String value(CSLItemData d, String v) {
        return switch (v) {
            case "volume" -> d.getVolume();
            case "issue" -> d.getIssue();
            case "number-of-volumes" -> d.getNumberOfVolumes();
            case "number-of-pages" -> d.getNumberOfPages();
            case "chapter-number" -> d.getChapterNumber();
            case "collection-number" -> d.getCollectionNumber();
            case "edition" -> d.getEdition();
            default -> null;
        };
    }

    /**
     * Replaces each {@code <number>} whose text is decided in advance ({@code value} gives it, or null to
     * leave the element) by a {@code <text value="…">} keeping its other attributes (affixes, formatting).
     */
    private static boolean replaceNumbers(Document doc, java.util.function.Function<Element, String> value) {
        NodeList numbers = doc.getElementsByTagName("number");
        List<Element> targets = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < numbers.getLength(); i++) {
            Element e = (Element) numbers.item(i);
            String v = value.apply(e);
            if (v != null) {
                targets.add(e);
                values.add(v);
            }
        }
        for (int k = 0; k < targets.size(); k++) {
            Element e = targets.get(k);
            Element t = doc.createElement("text");
            t.setAttribute("value", values.get(k));
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                String a = e.getAttributes().item(i).getNodeName();
                if (a.equals("variable") || a.equals("form")) continue;
                t.setAttribute(a, e.getAttribute(a));
            }
            e.getParentNode().replaceChild(t, e);
        }
        return !targets.isEmpty();
    }
}
