package org.opis.csl;

import de.undercouch.citeproc.helper.NumberHelper;
import org.w3c.dom.Document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A locator written in Roman numerals ({@code iv}, {@code xii-xv}, {@code IV}) is numeric content.
 * CSL 1.0.2, "Choose", {@code is-numeric}: content is numeric when it consists of numbers, optionally
 * with affixes, separated by commas, hyphens or ampersands; a Roman numeral is a number (the same
 * specification prints numbers as Roman numerals with {@code <number form="roman">}, "Number").
 * citeproc-js reads it so, and Chicago prints {@code chap. iv}; citeproc-java 3.5 takes only Arabic
 * figures as numbers and goes to the style's non-numeric branch, where Chicago prints the bare
 * {@code iv} (a canonical reference without label).
 *
 * <p>opis knows the locator before citeproc-java runs: a citation whose locators are all numeric and
 * at least one of them Roman is rendered with a variant of the style in which every
 * {@code is-numeric="locator"} test is decided true ({@link LocatorConditions#decide}). The variant is
 * named by a mark on the engine key's label ({@link #MARK}).
 */
final class RomanLocators {

    /** Appended to the locator label of an engine key whose locator is Roman. */
    static final String MARK = "#roman";

    /** One Roman numeral 1–3999 in one letter case (the empty string excluded by the caller). */
    private static final Pattern ROMAN = Pattern.compile(
            "m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})|M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[-–,&]|\\band\\b)\\s*");

    private RomanLocators() {
    }

    /** True when every part of this locator is a Roman numeral (a range or list of them). */
    static boolean roman(String locator) {
        if (locator == null || locator.isBlank()) return false;
        String[] parts = SEPARATOR.split(locator.strip(), -1);
        for (String p : parts) {
            if (p.isEmpty() || !ROMAN.matcher(p).matches()) return false;
        }
        return true;
    }

    /**
     * True when citeproc-java must be told that this citation's locators are numeric: each is numeric
     * to it already or Roman, and at least one is Roman.
     */
    static boolean needed(List<Optional<String>> locators) {
        boolean any = false;
        for (Optional<String> l : locators) {
            if (l.isEmpty()) continue;
            String s = l.get();
            if (roman(s)) any = true;
            else if (!NumberHelper.isNumeric(s) && !NumberVariables.numeric(s)) return false;
        }
        return any;
    }

    /** The label without the mark; {@link #marked} tells whether it had one. */
    static String label(String label) {
        return marked(label) ? label.substring(0, label.length() - MARK.length()) : label;
    }

    static boolean marked(String label) {
        return label != null && label.endsWith(MARK);
    }

    /** Decides every {@code is-numeric} test on the locator alone true; true when the document changed. */
    static boolean apply(Document doc) {
        return LocatorConditions.decide(doc, "is-numeric", v -> v.equals("locator"),
                e -> List.of(e.getAttribute("is-numeric").strip().split("\\s+")).stream()
                        .allMatch(v -> v.toLowerCase(Locale.ROOT).equals("locator")));
    }
}
