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

    /**
     * Every feature root, present and future. The two exceptions are security's glue to Vaadin: the filter
     * chain configuration and the helper that reads the device token from the Vaadin session for the views.
     */
    @Test
    void featureRootsAreFreeOfVaadinSoServicesNeverTakeOrReturnComponents() {
        noClasses()
                .that()
                .resideInAPackage("org.ssmclassroom.*")
                .and()
                .doNotHaveFullyQualifiedName("org.ssmclassroom.security.SecurityConfiguration")
                .and()
                .doNotHaveFullyQualifiedName("org.ssmclassroom.security.CurrentDevice")
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
