package org.ssmclassroom;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feature boundaries (ADR 026). Each rule checks what its name says; the exceptions are named here, each with
 * its reason. A compiler inlines constants, so the rules on imports also read the source.
 */
class ArchitectureTest {

    private static final String ROOT = "org.ssmclassroom";
    private static final Path SOURCES = Path.of("src/main/java/org/ssmclassroom");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /**
     * The UI parts a feature publishes for other features' screens: the workshop's screens take the parts other
     * features plug in ({@code ScreenParts}) and show the class clock ({@code ClockDisplay}); the board's screens
     * take the interview's part ({@code BoardParts}); scoring and the debrief draw a board as it stood
     * ({@code BoardPicture}); the tablet and the projector draw a stage's card as the library does
     * ({@code StageCard}); every screen marks the pack's authored content as the library does ({@code Badges}).
     */
    private static final Set<String> PUBLISHED_UI = Set.of(
            ROOT + ".scenario.ui.Badges",
            ROOT + ".workshop.ui.ScreenParts",
            ROOT + ".workshop.ui.ClockDisplay",
            ROOT + ".board.ui.BoardParts",
            ROOT + ".board.ui.BoardPicture",
            ROOT + ".scenario.ui.StageCard");

    /**
     * The classes that use {@link JdbcClient} without being a repository: the cluster bus sends PostgreSQL
     * notifications (no table); the attempt store is the database half of a store with a memory twin, made by its
     * configuration.
     */
    private static final Set<String> JDBC_OUTSIDE_REPOSITORIES = Set.of(
            ROOT + ".base.PostgresClusterBus",
            ROOT + ".security.DatabaseAttemptStore",
            ROOT + ".security.AttemptStoreConfiguration");

    @Test
    void featureRootsAreFreeOfVaadinSoServicesNeverTakeOrReturnComponents() {
        // Security's glue to Vaadin: the filter chain configuration and the device token read from the Vaadin session.
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".*")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".security.SecurityConfiguration")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".security.CurrentDevice")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void screensUseOnlyFeatureRootsBaseTheirOwnFeaturesUiAndPublishedParts() {
        classes()
                .that()
                .resideInAPackage("..ui..")
                .should(
                        new ArchCondition<JavaClass>(
                                "depend only on feature roots, base, their own ui and " + PUBLISHED_UI) {
                            @Override
                            public void check(JavaClass screen, ConditionEvents events) {
                                for (Dependency dependency : screen.getDirectDependenciesFromSelf()) {
                                    String target = dependency.getTargetClass().getName();
                                    if (!mayUseFromUi(screen.getPackageName(), target)) {
                                        events.add(
                                                SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                                    }
                                }
                            }
                        })
                .check(CLASSES);
        assertThat(importsBreaking(
                        path -> path.getParent().getFileName().toString().equals("ui"),
                        (pkg, target) -> mayUseFromUi(pkg, target)))
                .as("imports the bytecode may not show (inlined constants)")
                .isEmpty();
    }

    @Test
    void noFeatureRootDependsOnAScreen() {
        // The one exception: the security configuration names the login view for Spring Security's redirects.
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".*")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".security.SecurityConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void onlyRepositoriesTalkSqlThroughJdbcClient() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .and(describe(
                        "are not one of " + JDBC_OUTSIDE_REPOSITORIES,
                        (JavaClass c) -> !JDBC_OUTSIDE_REPOSITORIES.contains(c.getName())))
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .check(CLASSES);
    }

    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".base..")
                .should()
                .dependOnClassesThat(
                        describe("reside in a feature", (JavaClass target) -> inAFeature(target.getName())))
                .check(CLASSES);
        assertThat(importsBreaking(
                        path -> SOURCES.resolve("base").equals(path.getParent())
                                || SOURCES.resolve("base").resolve("ui").equals(path.getParent()),
                        (pkg, target) -> !inAFeature(target)))
                .as("imports the bytecode may not show (inlined constants)")
                .isEmpty();
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** From a screen in {@code screenPackage}: anything outside the app, a feature root, base, its own ui, a part. */
    private static boolean mayUseFromUi(String screenPackage, String target) {
        if (!target.startsWith(ROOT + ".")) {
            return true;
        }
        String pkg = target.substring(0, target.lastIndexOf('.'));
        String topLevel = target.contains("$") ? target.substring(0, target.indexOf('$')) : target;
        return pkg.lastIndexOf('.') == ROOT.length()
                || pkg.equals(ROOT + ".base.ui")
                || pkg.equals(screenPackage)
                || PUBLISHED_UI.contains(topLevel);
    }

    private static boolean inAFeature(String target) {
        return target.startsWith(ROOT + ".") && !target.startsWith(ROOT + ".base.") && !target.equals(ROOT);
    }

    /** Each import of the sources chosen whose target the rule does not allow, as "file: import". */
    private static List<String> importsBreaking(
            java.util.function.Predicate<Path> sources, java.util.function.BiPredicate<String, String> allowed) {
        Pattern imported =
                Pattern.compile("^import (?:static )?(" + Pattern.quote(ROOT) + "\\.[\\w.*]+);", Pattern.MULTILINE);
        Pattern declared = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(sources)
                    .toList()) {
                String source = Files.readString(file);
                Matcher pkg = declared.matcher(source);
                String own = pkg.find() ? pkg.group(1) : "";
                Matcher each = imported.matcher(source);
                while (each.find()) {
                    String target = typeOf(each.group(1));
                    if (!allowed.test(own, target)) {
                        broken.add(file + ": " + each.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return broken;
    }

    /**
     * The class an import names: {@code a.b.Type.CONSTANT} and {@code a.b.Type.Nested} become {@code a.b.Type};
     * {@code a.b.*} stays, standing for any class of the package {@code a.b}.
     */
    private static String typeOf(String imported) {
        String[] parts = imported.split("\\.");
        StringBuilder type = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            type.append('.').append(parts[i]);
            if (Character.isUpperCase(parts[i].charAt(0))) {
                break;
            }
        }
        return type.toString();
    }
}
