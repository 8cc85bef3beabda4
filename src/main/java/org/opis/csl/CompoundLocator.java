package org.opis.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A locator with several pinpoints, {@code 2, p. 153} (volume 2, page 153): the first part is the
 * locator proper, labelled by the citation's label; each later part carries its own short English
 * label. citeproc-js prints the later parts with the locale's short term for their label
 * ({@code vol. 2, p. 153}; Russian {@code с. 2, с. 153}); citeproc-java 3.5 reads the whole text as
 * one non-numeric locator, so the style's label for the first part is lost ({@code 2, 153}) or run
 * into the text ({@code Page153}). opis hands citeproc-java the first part alone and puts the later
 * parts back after it, each as {@code , TERM VALUE} (CSL 1.0.2, "Locators": the locator is a
 * number; "Terms": a plural term for a range or list).
 *
 * @param first the first part, handed to citeproc-java
 * @param rest  the later parts as (CSL label, value)
 */
record CompoundLocator(String first, List<String[]> rest) {

    /** Splits a locator at each {@code , LABEL VALUE}; null for no locator. */
    static CompoundLocator split(String locator) {
        if (locator == null) return null;
        List<String[]> rest = new ArrayList<>();
        String[] parts = locator.split(",\\s*");
        StringBuilder first = new StringBuilder();
        int at = 0;
        for (String part : parts) {
            int sp = part.indexOf(' ');
            Optional<de.undercouch.citeproc.csl.CSLLabel> label = sp > 0 ? CitationItem.label(part.substring(0, sp)) : Optional.empty();
            boolean labelled = label.isPresent() && part.substring(0, sp).endsWith(".");
            if (labelled && at > 0) {
                rest.add(new String[]{label.get().toString(), part.substring(sp + 1).strip()});
            } else if (!rest.isEmpty()) {
                String[] last = rest.get(rest.size() - 1);
                last[1] = last[1] + ", " + part;
            } else {
                if (at > 0) first.append(", ");
                first.append(part);
            }
            at++;
        }
        return new CompoundLocator(first.toString(), rest);
    }

    /** A stand-in for the first part that ends with another character, to find where it is printed. */
    String probe() {
        return first.endsWith("1") ? "2" : "1";
    }

    /** The later parts as printed: {@code , p. 153}. */
    String restText(LocatorTerms terms) {
        StringBuilder sb = new StringBuilder();
        for (String[] r : rest) {
            boolean plural = r[1].matches(".*\\d\\s*[-–—,&]\\s*\\d.*");
            String term = terms.term(r[0], plural).orElse(r[0]);
            sb.append(", ");
            if (!term.isEmpty()) sb.append(term).append(' ');
            sb.append(r[1].replaceAll("(?<=\\d)\\s*-\\s*(?=\\d)", "–")); // a range's hyphen printed as an en dash
        }
        return sb.toString();
    }
}
