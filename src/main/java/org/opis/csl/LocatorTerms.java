package org.opis.csl;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The short locator terms ({@code p.}/{@code pp.}, {@code fol.}, {@code vol.}, Russian {@code с.}/{@code сс.})
 * of a style in a locale: the style's own {@code <locale>} terms first (CSL 1.0.2, "Locale
 * Fallback": style locales for the language, then without a language), then the CSL locale file.
 */
final class LocatorTerms {

    private final Map<String, String[]> terms = new HashMap<>();

    LocatorTerms(String styleXml, String locale) {
        // the style's own locales, least specific first, so that more specific ones overwrite
        for (Element l : StyleXml.styleLocales(styleXml, locale)) readTerms(l, false);
        Element file = StyleXml.localeFile(locale);
        if (file != null) readTerms(file, true); // none: callers fall back to the English short labels
    }

    private void readTerms(Element root, boolean onlyMissing) {
        NodeList ts = root.getElementsByTagName("term");
        for (int i = 0; i < ts.getLength(); i++) {
            Element t = (Element) ts.item(i);
            String form = t.getAttribute("form").isEmpty() ? "long" : t.getAttribute("form");
            if (!form.equals("short") && !form.equals("long") && !form.equals("symbol")) continue;
            String name = form.equals("short") ? t.getAttribute("name") : t.getAttribute("name") + "#" + form;
            if (onlyMissing && terms.containsKey(name)) continue;
            String single = childText(t, "single");
            String multiple = childText(t, "multiple");
            if (single == null) single = multiple = t.getTextContent().strip();
            if (multiple == null) multiple = single;
            terms.put(name, new String[]{single, multiple});
        }
    }

    /** The term in this form ({@code long}, {@code short}, {@code symbol}; CSL falls back symbol → short → long). */
    Optional<String> term(String name, String form, boolean plural) {
        String[] t = switch (form) {
            case "short" -> terms.get(name);
            case "symbol" -> terms.getOrDefault(name + "#symbol", terms.get(name));
            default -> terms.get(name + "#long");
        };
        if (t == null && !form.equals("long")) t = terms.get(name + "#long");
        return t == null ? Optional.empty() : Optional.of(plural ? t[1] : t[0]);
    }

    private static String childText(Element e, String name) {
        NodeList nl = e.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element c && c.getTagName().equals(name)) return c.getTextContent().strip();
        }
        return null;
    }

    /** The short term for a locator label, singular or plural; empty when neither the style nor the locale has one. */
    Optional<String> term(String label, boolean plural) {
        String[] t = terms.get(label);
        return t == null ? Optional.empty() : Optional.of(plural ? t[1] : t[0]);
    }
}
