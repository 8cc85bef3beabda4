package org.opis.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every arrow between opis's packages, by name, as README.md ("Layout and architecture") and
 * ARCHITECTURE.md draw them: a package may use only the packages listed for it. Packages the
 * design has but the code does not yet (lexicon, document, ris, beam) are listed so that they fit
 * when they come; a new package must be added here with its arrows.
 */
class PackageArrowsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opis");

    /** Package (below org.opis; "" is org.opis itself, the facade) → the packages it may use. */
    static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        // values and the vocabulary
        MAY_USE.put("model", List.of());
        MAY_USE.put("lexicon", List.of("model"));
        MAY_USE.put("text", List.of("model", "lexicon"));
        MAY_USE.put("names", List.of("model", "lexicon", "text"));
        // reading: documents, reference lists, in-text citations, archival citations
        MAY_USE.put("reflist", List.of("model", "lexicon", "text", "names"));
        // cite reads works given in full in notes with reflist's readers
        MAY_USE.put("cite", List.of("model", "lexicon", "text", "names", "reflist"));
        // archival plugs its engine into cite's ArchivalReader port (cite never sees archival)
        MAY_USE.put("archival", List.of("model", "lexicon", "text", "names", "cite"));
        // plug-in interfaces (formats); holds the note import plug-in, which runs reflist
        MAY_USE.put("spi", List.of("model", "lexicon", "text", "names", "reflist"));
        // writing: formats implement spi; CSL-JSON carries citations (cite) for formatting
        MAY_USE.put("csl", List.of("model", "lexicon", "text", "names", "cite", "archival", "spi"));
        MAY_USE.put("bibtex", List.of("model", "lexicon", "text", "names", "spi"));
        MAY_USE.put("ris", List.of("model", "lexicon", "text", "names", "spi", "csl"));
        // reports describe checked notes and what each format keeps (fidelity), so they see the formats
        MAY_USE.put("report", List.of("model", "lexicon", "text", "names", "cite", "archival", "spi", "csl", "bibtex", "ris"));
        // the facade: every capability, nothing above it
        MAY_USE.put("", List.of("model", "lexicon", "text", "names", "reflist", "cite", "archival",
                "spi", "csl", "bibtex", "ris", "report"));
        // shells over the library; nothing depends on them
        // documents: a manuscript in any format, its parts by content, checked against the user's library
        MAY_USE.put("document", List.of("", "model", "lexicon", "text", "names", "reflist", "cite", "archival", "spi", "csl", "bibtex", "ris"));
        MAY_USE.put("batch", List.of("model", "lexicon", "text", "names", "reflist", "cite", "archival", "spi", "csl", "report"));
        MAY_USE.put("cli", List.of("", "batch", "model", "lexicon", "text", "names", "document", "reflist", "cite", "archival",
                "spi", "csl", "bibtex", "ris", "report"));
        MAY_USE.put("beam", List.of("", "batch", "model", "lexicon", "text", "names", "document", "reflist", "cite", "archival",
                "spi", "csl", "bibtex", "ris", "report"));
    }

    @Test
    void eachPackageUsesOnlyItsAllowedPackages() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : MAY_USE.entrySet()) {
            String[] allowed = new String[e.getValue().size() + 2];
            allowed[0] = name(e.getKey()) + (e.getKey().isEmpty() ? "" : "..");
            allowed[1] = "java..";
            int i = 2;
            for (String p : e.getValue()) allowed[i++] = name(p) + (p.isEmpty() ? "" : "..");
            ArchRule rule = classes().that().resideInAPackage(name(e.getKey()) + (e.getKey().isEmpty() ? "" : ".."))
                    .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "are outside org.opis or in " + e.getValue(),
                            (JavaClass c) -> !c.getPackageName().equals("org.opis") && !c.getPackageName().startsWith("org.opis.")
                                    || com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(allowed).test(c)))
                    .allowEmptyShould(true);
            try {
                rule.check(CLASSES);
            } catch (AssertionError err) {
                broken.add(err.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPackageHasItsArrowsListed() {
        Set<String> unknown = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String pkg = c.getPackageName();
            if (!pkg.startsWith("org.opis")) continue;
            String top = pkg.equals("org.opis") ? "" : pkg.substring("org.opis.".length()).split("\\.")[0];
            if (!MAY_USE.containsKey(top)) unknown.add(pkg);
        }
        assertEquals(Set.of(), unknown, "list these packages and the packages they may use in MAY_USE");
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.opis.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    private static String name(String p) {
        return p.isEmpty() ? "org.opis" : "org.opis." + p;
    }
}
