package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.w3c.dom.Document;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works around citeproc-java 3.5 taking a name variable that was printed as a substitute
 * ({@code <substitute>} of {@code <names variable="composer">} printing the author) as empty in later
 * {@code variable} tests: MLA's {@code container1-number} asks {@code <else-if variable="author">} and
 * citeproc-java went on to the capitalized volume ({@code Ljudi. Gody. Vlast’. Vol. 3, Moscow}), where
 * citeproc-js prints none. CSL 1.0.2, "Substitution", suppresses the substituted variable in the rest
 * of the output; "Choose" ({@code variable}) tests whether the item has the variable, and citeproc-js
 * answers from the item. For a bibliography entry opis decides every {@code variable} test whose
 * variables are all name variables from the item itself before citeproc-java runs.
 */
final class NameVariableTests {

    static final List<String> NAME_VARIABLES = List.of("author", "chair", "collection-editor", "compiler", "composer",
            "container-author", "contributor", "curator", "director", "editor", "editor-translator", "editorial-director",
            "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author",
            "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator", "translator");

    private NameVariableTests() {
    }

    /** The name variables this item has, as a key ({@code author+editor}). */
    static String key(CSLItemData d) {
        Set<String> out = new TreeSet<>();
        add(out, "author", d.getAuthor());
        add(out, "chair", d.getChair());
        add(out, "compiler", d.getCompiler());
        add(out, "contributor", d.getContributor());
        add(out, "curator", d.getCurator());
        add(out, "executive-producer", d.getExecutiveProducer());
        add(out, "guest", d.getGuest());
        add(out, "host", d.getHost());
        add(out, "narrator", d.getNarrator());
        add(out, "organizer", d.getOrganizer());
        add(out, "performer", d.getPerformer());
        add(out, "producer", d.getProducer());
        add(out, "script-writer", d.getScriptWriter());
        add(out, "series-creator", d.getSeriesCreator());
        add(out, "collection-editor", d.getCollectionEditor());
        add(out, "composer", d.getComposer());
        add(out, "container-author", d.getContainerAuthor());
        add(out, "director", d.getDirector());
        add(out, "editor", d.getEditor());
        add(out, "editorial-director", d.getEditorialDirector());
        add(out, "illustrator", d.getIllustrator());
        add(out, "interviewer", d.getInterviewer());
        add(out, "original-author", d.getOriginalAuthor());
        add(out, "recipient", d.getRecipient());
        add(out, "reviewed-author", d.getReviewedAuthor());
        add(out, "translator", d.getTranslator());
        return String.join("+", out);
    }

    private static void add(Set<String> out, String v, CSLName[] names) {
        if (names != null && names.length > 0) out.add(v);
    }

    /** True when the style has a {@code variable} test on name variables only. */
    static boolean used(String xml) {
        if (SubstituteLabels.used(xml)) return true; // the same per-item variants carry its rewrite
        if (NamesDelimiters.used(xml)) return true; // and the names delimiters' (NamesDelimiters)
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(?:if|else-if)\\b[^>]*\\bvariable=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
            if (Arrays.stream(m.group(1).strip().split("\\s+")).allMatch(NAME_VARIABLES::contains)) return true;
        }
        return false;
    }

    /** Decides the {@code variable} tests on name variables only, for an item with these name variables; true when changed. */
    static boolean apply(Document doc, String key) {
        if (key == null) return false;
        Set<String> present = new TreeSet<>(Arrays.asList(key.split("\\+")));
        boolean substitutes = SubstituteLabels.apply(doc, present);
        substitutes |= NamesDelimiters.apply(doc, present);
        return substitutes | LocatorConditions.decide(doc, "variable", present::contains,
                e -> Arrays.stream(e.getAttribute("variable").strip().split("\\s+")).allMatch(NAME_VARIABLES::contains));
    }
}
