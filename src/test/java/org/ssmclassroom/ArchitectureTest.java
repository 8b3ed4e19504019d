package org.ssmclassroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ssmclassroom");

    @Test
    void featureRootsAreFreeOfVaadinSoServicesNeverTakeOrReturnComponents() {
        noClasses()
                .that()
                .resideInAnyPackage("org.ssmclassroom.base", "org.ssmclassroom.scenario")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.ssmclassroom.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void viewsUseOtherFeaturesOnlyThroughTheirPublicRoot() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }
}
