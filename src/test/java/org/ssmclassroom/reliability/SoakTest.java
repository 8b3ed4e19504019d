package org.ssmclassroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Heap;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.Workshops;

/**
 * Sixty tablets at classroom rates: a recorder per table edits every 5 s, teammates move between fields, tables
 * signal, the instructor extends the clock; every tablet follows its workshop and board. The tablets here are
 * server-side clients of the services (2 cores carry about 24 Chromium pages, see the board benchmark). Checks:
 * no error logged, and the live heap at the end within 10% of the heap a sixth into the run (minute 5 of 30).
 * In {@code ./mvnw verify} 20 seconds; on demand {@code ./mvnw test -Dtest=SoakTest -Dsoak.seconds=1800}.
 */
@AppTest
class SoakTest {

    private static final long SECONDS = Long.getLong("soak.seconds", 20);
    private static final int TABLES = 10;
    private static final int PER_TABLE = 6;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    @Test
    void sixtyTabletsAtClassroomRatesLogNoErrorAndKeepTheHeapFlat() throws Exception {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, TABLES);
        List<List<DeviceToken>> tables = Workshops.seated(workshops, trainees, workshop, TABLES, PER_TABLE);
        steering.openExercise(workshop, "ex2", Set.of());
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(240));
        List<Runnable> screens = new ArrayList<>();
        List<BoardId> boardIds = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) {
            BoardId board =
                    boards.boardOf(tables.get(t).getFirst()).orElseThrow().boardId();
            boardIds.add(board);
            for (int m = 0; m < PER_TABLE; m++) {
                screens.add(workshops.follow(workshop, snapshot -> {}));
                screens.add(boards.follow(board, "tablet-" + t + "-" + m, "T" + t + "." + m, snapshot -> {}));
            }
        }
        ListAppender<ILoggingEvent> errors = new ListAppender<>();
        errors.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(errors);
        ScheduledExecutorService classroom = Executors.newScheduledThreadPool(4);
        try {
            for (int t = 0; t < TABLES; t++) {
                int table = t;
                BoardId board = boardIds.get(t);
                DeviceToken recorder = tables.get(t).getFirst();
                classroom.scheduleAtFixedRate(
                        () -> safely(() -> {
                            var content = boards.boardOf(recorder).orElseThrow().content();
                            boards.edit(
                                    recorder,
                                    board,
                                    BoardItemId.parse("opportunity/main"),
                                    "customer",
                                    "note " + System.nanoTime(),
                                    content.version("opportunity/main", "customer"));
                        }),
                        t * 500L,
                        5000,
                        TimeUnit.MILLISECONDS);
                classroom.scheduleAtFixedRate(
                        () -> safely(() -> boards.editing(
                                board,
                                "tablet-" + table + "-"
                                        + ThreadLocalRandom.current().nextInt(PER_TABLE),
                                ThreadLocalRandom.current().nextBoolean()
                                        ? BoardItemId.parse("opportunity/main")
                                        : null)),
                        t * 200L,
                        2000,
                        TimeUnit.MILLISECONDS);
                classroom.scheduleAtFixedRate(
                        () -> safely(
                                () -> trainees.reportStatus(tables.get(table).get(1), WorkshopTable.Status.NEED_TIME)),
                        t * 3000L,
                        60_000,
                        TimeUnit.MILLISECONDS);
            }
            classroom.scheduleAtFixedRate(
                    () -> safely(() -> {
                        SecurityContextHolder.getContext().setAuthentication(Instructor.authentication());
                        steering.extendClock(workshop, Set.of(), Duration.ofMinutes(1));
                        workshops.snapshot(workshop).tables().forEach(t -> steering.acknowledge(t.id()));
                    }),
                    30_000,
                    60_000,
                    TimeUnit.MILLISECONDS);
            Thread.sleep(SECONDS * 1000 / 6);
            long early = Heap.live();
            Thread.sleep(SECONDS * 1000 * 5 / 6);
            long late = Heap.live();
            System.out.printf(
                    "soak: %d s, %d tablets; live heap %.1f MB at a sixth, %.1f MB at the end (%+.1f%%)%n",
                    SECONDS, TABLES * PER_TABLE, early / 1e6, late / 1e6, 100.0 * (late - early) / early);
            assertThat(late).as("live heap at the end").isLessThanOrEqualTo((long) (early * 1.10));
        } finally {
            classroom.shutdownNow();
            classroom.awaitTermination(10, TimeUnit.SECONDS);
            root.detachAppender(errors);
            screens.forEach(Runnable::run);
            SecurityContextHolder.clearContext();
        }
        assertThat(errors.list)
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }

    /** A refused action (a locked board, a lost race) is part of a class; anything else is logged as an error. */
    private static void safely(Runnable action) {
        try {
            action.run();
        } catch (org.ssmclassroom.base.ActionRefused refused) {
            // allowed
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SoakTest.class).error("soak action failed", e);
        }
    }
}
