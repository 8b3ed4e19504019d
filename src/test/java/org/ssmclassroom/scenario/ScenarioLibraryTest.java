package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.FailingWrites;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.testing.ScenarioZips;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.WorkshopService;

@AppTest
class ScenarioLibraryTest {

    @Autowired
    ScenarioLibrary library;

    @Autowired
    WorkshopService workshops;

    @Autowired
    ScenarioProperties properties;

    @Autowired
    ImportedPackRepository imported;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRunningWorkshopKeepsItsPackUntilItIsClosed() {
        Instructor.signIn();
        byte[] zip = ScenarioZips.renamedCase("homebody", "running-case", "Running case");
        assertThat(library.importZip("running-case.zip", zip, "lee").pack()).isPresent();
        WorkshopId workshop = workshops.create(
                new NewWorkshop("Class", LocalDate.of(2026, 12, 1), "running-case", Locale.ENGLISH, List.of("T")),
                "lee");

        ScenarioLibrary.ImportResult again = library.importZip("running-case.zip", zip, "lee");
        assertThat(again.pack()).isEmpty();
        assertThat(again.problems())
                .singleElement()
                .asString()
                .contains("pack 'running-case' cannot be replaced now: an open workshop uses it");
        assertThat(workshops.snapshot(workshop).pack().id()).isEqualTo("running-case");

        workshops.close(workshop);
        assertThat(library.importZip("running-case.zip", zip, "lee").pack()).isPresent();
        library.remove("running-case");
    }

    @Test
    void aPackImportedThroughOneNodeIsInTheOthersLibraryAndGoneFromItWhenRemoved() {
        var bus = new org.ssmclassroom.testing.LoopbackBus();
        var usages = context.getBeanProvider(PackUsage.class);
        ScenarioLibrary nodeA = new ScenarioLibrary(properties, imported, usages, bus.node("a"));
        ScenarioLibrary nodeB = new ScenarioLibrary(properties, imported, usages, bus.node("b"));
        byte[] zip = ScenarioZips.renamedCase("homebody", "shared-case", "Shared case");

        assertThat(nodeA.importZip("shared-case.zip", zip, "lee").pack()).isPresent();
        assertThat(nodeB.pack("shared-case")).isPresent();

        nodeA.remove("shared-case");
        assertThat(nodeB.pack("shared-case")).isEmpty();
    }

    @Test
    void aPackWhoseStoringFailsLeavesTheEarlierImportListedAndStored() {
        Instructor.signIn();
        assertThat(library.importZip(
                                "kept-case.zip",
                                ScenarioZips.renamedCase("homebody", "kept-case", "First upload"),
                                "lee")
                        .pack())
                .isPresent();
        Runnable disarm = FailingWrites.failNext(dataSource, "imported_pack", row -> true);
        try {
            byte[] second = ScenarioZips.renamedCase("homebody", "kept-case", "Second upload");
            assertThatThrownBy(() -> library.importZip("kept-case.zip", second, "lee"))
                    .hasMessageContaining("disk full");
        } finally {
            disarm.run();
        }

        assertThat(library.pack("kept-case").orElseThrow().manifest().title().in(Locale.ENGLISH))
                .isEqualTo("First upload");
        ScenarioLibrary restarted = new ScenarioLibrary(
                properties, imported, context.getBeanProvider(PackUsage.class), ClusterBus.SINGLE_NODE);
        assertThat(restarted.pack("kept-case").orElseThrow().manifest().title().in(Locale.ENGLISH))
                .isEqualTo("First upload");
        library.remove("kept-case");
    }
}
