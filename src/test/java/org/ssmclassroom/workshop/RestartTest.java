package org.ssmclassroom.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ssmclassroom.Application;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.Instructor;

/** The whole application stopped and started again on the same database file, mid-exercise. */
class RestartTest {

    @TempDir
    Path data;

    /** Each application sets the global security-context strategy; the shared test application needs its own back. */
    private final SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    /** Starts the application and acts as its instructor on this thread. */
    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("ssm") + ";AUTO_SERVER=FALSE",
                "--ssm.scenarios.dir=" + data.resolve("none"),
                "--ssm.instructor.username=lee",
                "--ssm.instructor.password=restart-test",
                "--vaadin.devmode.devTools.enabled=false");
        Instructor.signIn();
        return context;
    }

    @Test
    void workshopParticipantsRolesAndTheRunningClockAreBackAfterARestart() {
        DeviceToken tablet = DeviceToken.random();
        WorkshopId id;
        WorkshopSnapshot before;
        try (ConfigurableApplicationContext first = start()) {
            WorkshopService service = first.getBean(WorkshopService.class);
            WorkshopSteering steering = first.getBean(WorkshopSteering.class);
            Trainees trainees = first.getBean(Trainees.class);
            id = Workshops.homebody(service, 2);
            Workshops.join(service, trainees, id, tablet, "Mei", 1);
            Workshops.join(service, trainees, id, DeviceToken.random(), "Hao", 1);
            steering.openExercise(id, "ex4", Set.of());
            steering.startClock(id, Set.of(), Duration.ofMinutes(45));
            before = service.snapshot(id);
        }
        try (ConfigurableApplicationContext second = start()) {
            WorkshopService service = second.getBean(WorkshopService.class);
            WorkshopSnapshot after = service.snapshot(id);
            assertThat(after.participants()).extracting(Participant::name).containsExactly("Mei", "Hao");
            assertThat(after.tables())
                    .extracting(WorkshopTable::clock)
                    .isEqualTo(
                            before.tables().stream().map(WorkshopTable::clock).toList());
            var table = after.tables().get(1).id();
            assertThat(after.roles(table)).isEqualTo(before.roles(table));
            assertThat(after.tables().get(1).clock().remaining(Instant.now())).isGreaterThan(Duration.ofMinutes(44));
            assertThat(service.seatOf(tablet))
                    .map(seat -> seat.participant())
                    .isEqualTo(before.participants().stream()
                            .filter(p -> p.name().equals("Mei"))
                            .findFirst()
                            .map(Participant::id));
        }
    }
}
