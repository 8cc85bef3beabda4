package org.opis.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Dependencies point one way: model ← text, names ← reflist, archival, cite ← csl, bibtex, report, spi ← Opis ← cli. */
class LayerRuleTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opis");

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("org.opis.model..")
                .layer("Base").definedBy("org.opis.text..", "org.opis.names..")
                .layer("Analysis").definedBy("org.opis.reflist..", "org.opis.archival..", "org.opis.cite..")
                .layer("Output").definedBy("org.opis.csl..", "org.opis.bibtex..", "org.opis.ris..", "org.opis.report..", "org.opis.spi..")
                .layer("Api").definedBy("org.opis")
                .layer("Documents").definedBy("org.opis.document..")
                .layer("Cli").definedBy("org.opis.cli..")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Documents").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Api").mayOnlyBeAccessedByLayers("Cli", "Documents")
                .whereLayer("Output").mayOnlyBeAccessedByLayers("Api", "Documents", "Cli")
                .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Output", "Api", "Documents", "Cli")
                .whereLayer("Base").mayOnlyBeAccessedByLayers("Analysis", "Output", "Api", "Documents", "Cli")
                .check(CLASSES);
    }
}
