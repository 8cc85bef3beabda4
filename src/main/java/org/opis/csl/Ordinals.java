package org.opis.csl;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordinal numbers of a style in a locale ({@code 2nd}, {@code 3rd}, {@code 21st}, {@code second}; French
 * {@code 1ʳᵉ} for a feminine noun), which citeproc-java 3.5 does not print: {@code <number
 * variable="edition" form="ordinal"/>} gave {@code 2 ed.} where citeproc-js and the specification give
 * {@code 2nd ed.}. Follows CSL 1.0.2, "Ordinal Suffixes" and "Gender-specific Ordinals":
 * <ul>
 *   <li>{@code ordinal} is the default suffix; {@code ordinal-00}–{@code ordinal-09} match the last
 *   digit, {@code ordinal-10}–{@code ordinal-99} the last two digits (unless {@code match} says
 *   {@code last-digit}, {@code last-two-digits} or {@code whole-number}); a term of the second group
 *   wins over one of the first;</li>
 *   <li>when the style's locale (for the language, then without one) defines any ordinal term, the
 *   style's terms replace the locale file's ordinal terms as a whole;</li>
 *   <li>{@code long-ordinal-01}–{@code long-ordinal-10} spell out 1–10; other numbers take the
 *   {@code ordinal} form;</li>
 *   <li>a term with {@code gender-form} is used for a variable whose noun term ({@code edition},
 *   {@code volume}, …) has that {@code gender}; otherwise the term without {@code gender-form}.</li>
 * </ul>
 * opis writes the ordinal into the style variant of an item whose variable is a whole number
 * ({@link NumberVariables}).
 */
final class Ordinals {

    private record Term(String name, String gender, String match, String text) {
    }

    private final List<Term> ordinals;
    private final Map<String, String> genders;

    private Ordinals(List<Term> ordinals, Map<String, String> genders) {
        this.ordinals = ordinals;
        this.genders = genders;
    }

    /** The ordinal terms of this style in this locale ({@code en-US}, {@code fr-FR}, …). */
    static Ordinals of(String styleXml, String locale) {
        List<Term> fromStyle = new ArrayList<>();
        Map<String, String> genders = new HashMap<>();
        for (Element l : StyleXml.styleLocales(styleXml, locale)) read(l, fromStyle, genders);
        List<Term> fromLocale = new ArrayList<>();
        Map<String, String> localeGenders = new HashMap<>();
        Element file = StyleXml.localeFile(locale);
        if (file != null) read(file, fromLocale, localeGenders);
        localeGenders.forEach(genders::putIfAbsent);
        boolean styleOrdinals = fromStyle.stream().anyMatch(t -> t.name().startsWith("ordinal"));
        boolean styleLong = fromStyle.stream().anyMatch(t -> t.name().startsWith("long-ordinal"));
        List<Term> all = new ArrayList<>();
        for (Term t : fromStyle) if (t.name().contains("ordinal")) all.add(t);
        for (Term t : fromLocale) {
            boolean isLong = t.name().startsWith("long-ordinal");
            if (isLong ? !styleLong : !styleOrdinals) all.add(t);
        }
        return new Ordinals(all, genders);
    }

    private static void read(Element root, List<Term> out, Map<String, String> genders) {
        NodeList ts = root.getElementsByTagName("term");
        for (int i = 0; i < ts.getLength(); i++) {
            Element t = (Element) ts.item(i);
            String name = t.getAttribute("name");
            if (name.startsWith("ordinal") || name.startsWith("long-ordinal")) {
                // later (more specific) definitions come first
                out.add(0, new Term(name, t.getAttribute("gender-form"), t.getAttribute("match"), t.getTextContent().strip()));
            } else if (!t.getAttribute("gender").isEmpty() && !genders.containsKey(name)) {
                genders.put(name, t.getAttribute("gender"));
            }
        }
    }

    /**
     * The ordinal of a whole number for a variable, {@code form} {@code ordinal} or {@code long-ordinal};
     * empty when the value is not a whole number.
     *
     * @param noun the term naming the variable ({@code edition}), whose gender picks gendered ordinals
     */
    Optional<String> format(String value, String form, String noun) {
        if (value == null || !value.strip().matches("\\d{1,6}")) return Optional.empty();
        int n = Integer.parseInt(value.strip());
        String gender = noun == null ? "" : genders.getOrDefault(noun, "");
        if (form.equals("long-ordinal") && n >= 1 && n <= 10) {
            Optional<String> t = pick(String.format("long-ordinal-%02d", n), gender);
            if (t.isPresent()) return t;
        }
        // the last-two-digits group first, then the last digit, then the default
        Optional<String> suffix;
        suffix = best(n, gender, false);
        if (suffix.isEmpty()) suffix = best(n, gender, true);
        if (suffix.isEmpty()) suffix = pick("ordinal", gender);
        return Optional.of(n + suffix.orElse(""));
    }

    /** The matching {@code ordinal-NN} term of one group (first digit 1–9, or 0), of the gender or neuter. */
    private Optional<String> best(int n, String gender, boolean lastDigitGroup) {
        for (String g : gender.isEmpty() ? new String[]{""} : new String[]{gender, ""}) {
            for (Term t : ordinals) {
                if (!t.name().matches("ordinal-\\d\\d") || !t.gender().equals(g)) continue;
                int k = Integer.parseInt(t.name().substring(8));
                if ((k < 10) != lastDigitGroup) continue;
                if (matches(t, k, n)) return Optional.of(t.text());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Term t, int k, int n) {
        String match = t.match().isEmpty() ? (k < 10 ? "last-digit" : "last-two-digits") : t.match();
        return switch (match) {
            case "whole-number" -> n == k;
            case "last-digit" -> n % 10 == k % 10;
            default -> n % 100 == k;
        };
    }

    private Optional<String> pick(String name, String gender) {
        for (String g : gender.isEmpty() ? new String[]{""} : new String[]{gender, ""}) {
            for (Term t : ordinals) if (t.name().equals(name) && t.gender().equals(g)) return Optional.of(t.text());
        }
        return Optional.empty();
    }

    private static final Pattern ORDINAL_NUMBER = Pattern.compile("<number\\b[^>]*>");
    private static final Pattern VARIABLE = Pattern.compile("variable=\"([^\"]*)\"");
    private static final Pattern FORM = Pattern.compile("form=\"((?:long-)?ordinal)\"");

    /** {@code variable:form} for each {@code <number>} the style prints as an ordinal ({@code edition:ordinal}). */
    static Set<String> variables(String xml) {
        Set<String> out = new TreeSet<>();
        Matcher m = ORDINAL_NUMBER.matcher(xml);
        while (m.find()) {
            Matcher f = FORM.matcher(m.group());
            Matcher v = VARIABLE.matcher(m.group());
            if (f.find() && v.find()) out.add(v.group(1) + ":" + f.group(1));
        }
        return out;
    }
}
