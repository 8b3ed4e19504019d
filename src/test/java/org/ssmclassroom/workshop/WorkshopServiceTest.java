package org.ssmclassroom.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Reading;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.security.MemoryAttemptStore;
import org.ssmclassroom.security.Network;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.FailingWrites;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.testing.TestClock;

@AppTest
class WorkshopServiceTest {

    @Autowired
    WorkshopService service;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    WorkshopRepository repository;

    @Autowired
    ScenarioLibrary library;

    @Autowired
    TestClock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    private WorkshopId workshop;

    @BeforeEach
    void instructor() {
        Instructor.signIn();
        workshop = Workshops.homebody(service, 2);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void expiredClockIsMarkedEndedExactlyOnceAndEveryFollowerHearsIt() {
        List<WorkshopSnapshot> heard = new CopyOnWriteArrayList<>();
        service.follow(workshop, heard::add);
        steering.openExercise(workshop, "ex1", Set.of());
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(20));
        heard.clear();
        clock.advance(Duration.ofMinutes(20));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(Thread.ofVirtual().start(steering::expireDueClocks));
        }
        threads.forEach(t -> {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        steering.expireDueClocks();
        assertThat(service.snapshot(workshop).tables()).allMatch(t -> t.clock().state() == ExerciseClock.State.ENDED);
        assertThat(heard).hasSize(2);
    }

    @Test
    void twoNodesExpireEachClockOnceAndEachHearsEveryExpiry() throws InterruptedException {
        var bus = new org.ssmclassroom.testing.LoopbackBus();
        // The nodes' time is 20 minutes on; this server's own scheduler, on the test's clock, must not end the clocks.
        TestClock later = new TestClock();
        later.advance(Duration.between(java.time.Instant.now(), clock.instant()).plusMinutes(20));
        Node nodeA = node(later, bus.node("a"), ClassLimits.DEFAULT);
        Node nodeB = node(later, bus.node("b"), ClassLimits.DEFAULT);
        List<WorkshopSnapshot> heardOnA = new CopyOnWriteArrayList<>();
        List<WorkshopSnapshot> heardOnB = new CopyOnWriteArrayList<>();
        steering.openExercise(workshop, "ex1", Set.of());
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(20));
        nodeA.service().follow(workshop, heardOnA::add);
        nodeB.service().follow(workshop, heardOnB::add);

        List<Thread> nodes = new ArrayList<>();
        for (Node node : List.of(nodeA, nodeB, nodeA, nodeB)) {
            nodes.add(Thread.ofVirtual().start(node.steering()::expireDueClocks));
        }
        for (Thread node : nodes) {
            node.join();
        }

        assertThat(nodeB.service().snapshot(workshop).tables())
                .allMatch(t -> t.clock().state() == ExerciseClock.State.ENDED);
        int tables = service.snapshot(workshop).tables().size();
        assertThat(heardOnA).as("one expiry a table, heard on node A").hasSize(tables);
        assertThat(heardOnB).as("one expiry a table, heard on node B").hasSize(tables);
    }

    @Test
    void aWorkshopWhoseThirdTableCannotBeWrittenIsNotCreatedAtAll() {
        int before = service.workshops().size();
        Runnable disarm = FailingWrites.failNext(dataSource, "workshop_table", row -> row[2].equals(3));
        try {
            assertThatThrownBy(() -> Workshops.homebody(service, 4)).hasMessageContaining("disk full");
        } finally {
            disarm.run();
        }
        assertThat(service.workshops()).hasSize(before);
    }

    @Test
    void openingAnExerciseThatFailsOnTheSecondTableLeavesEveryTableAsItWasAndNoUndoStep() {
        long second = service.snapshot(workshop).tables().get(1).id().value();
        Runnable disarm = FailingWrites.failNext(dataSource, "workshop_table", row -> row[0].equals(second));
        try {
            assertThatThrownBy(() -> steering.openExercise(workshop, "ex1", Set.of()))
                    .hasMessageContaining("disk full");
        } finally {
            disarm.run();
        }
        WorkshopSnapshot after = service.snapshot(workshop);
        assertThat(after.tables()).extracting(WorkshopTable::exerciseId).containsOnlyNulls();
        assertThat(after.workshop().state()).isEqualTo(Workshop.State.LOBBY);
        assertThat(steering.undo(workshop))
                .as("no agenda step was left to undo")
                .isFalse();
    }

    @Test
    void theLastTimeUpOfEachTableAndExerciseIsKeptAfterTheTableMovesOn() {
        steering.openExercise(workshop, "ex1", Set.of());
        TableId table = service.snapshot(workshop).tables().getFirst().id();
        assertThat(service.timeUp(table, "ex1")).isEmpty();
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(2));
        steering.endClock(workshop, Set.of());
        java.time.Instant first =
                service.snapshot(workshop).tables().getFirst().clock().endedAt();
        assertThat(service.timeUp(table, "ex1")).contains(first);
        steering.extendClock(workshop, Set.of(), Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        steering.expireDueClocks();
        java.time.Instant last =
                service.snapshot(workshop).tables().getFirst().clock().endedAt();

        steering.openExercise(workshop, "ex2", Set.of());

        assertThat(last).isAfter(first);
        assertThat(service.timeUp(table, "ex1")).contains(last);
        assertThat(service.timeUp(table, "ex2")).isEmpty();
    }

    /** A second server's services on the same database, as after a restart, on one node with these limits. */
    private Node anotherService(ClassLimits limits) {
        return node(clock, org.ssmclassroom.base.ClusterBus.SINGLE_NODE, limits);
    }

    private Node node(java.time.Clock time, org.ssmclassroom.base.ClusterBus bus, ClassLimits limits) {
        WorkshopChanges changes = new WorkshopChanges(repository, library, new LiveWorkshops(), transactions, bus);
        return new Node(
                new WorkshopService(changes, repository, library, time, transactions),
                new WorkshopSteering(changes, repository, time),
                new Trainees(changes, repository, time, new MemoryAttemptStore(), limits));
    }

    private record Node(WorkshopService service, WorkshopSteering steering, Trainees trainees) {}

    @Test
    void runningClockSurvivesARestartWithTheSameEndInstant() {
        steering.openExercise(workshop, "ex2", Set.of());
        steering.startClock(workshop, Set.of(), null);
        WorkshopSnapshot before = service.snapshot(workshop);
        WorkshopService restarted = anotherService(ClassLimits.DEFAULT).service();
        WorkshopSnapshot after = restarted.snapshot(workshop);
        assertThat(after.tables())
                .extracting(WorkshopTable::clock)
                .isEqualTo(before.tables().stream().map(WorkshopTable::clock).toList());
        assertThat(after.tables().getFirst().clock().remaining(clock.instant()))
                .isBetween(Duration.ofMinutes(24), Duration.ofMinutes(25));
    }

    @Test
    void undoRestoresTheExerciseAndClockAnAccidentalAdvanceReplaced() {
        steering.openExercise(workshop, "ex3", Set.of());
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(30));
        ExerciseClock running = service.snapshot(workshop).tables().getFirst().clock();
        steering.openExercise(workshop, "ex4", Set.of());
        assertThat(steering.undo(workshop)).isTrue();
        WorkshopTable table = service.snapshot(workshop).tables().getFirst();
        assertThat(table.exerciseId()).isEqualTo("ex3");
        assertThat(table.clock()).isEqualTo(running);
    }

    @Test
    void aTabletJoiningTwiceIsOneParticipant() {
        DeviceToken tablet = DeviceToken.random();
        var first = Workshops.join(service, trainees, workshop, tablet, "Mei", 0);
        var second = Workshops.join(service, trainees, workshop, tablet, "Mei again", 1);
        assertThat(second).isEqualTo(first);
        assertThat(service.snapshot(workshop).participants()).hasSize(1);
    }

    @Test
    void closedWorkshopRefusesItsCodeAndChanges() {
        service.close(workshop);
        var code = service.snapshot(workshop).workshop().joinCode().value();
        assertThat(trainees.checkCode(code, Network.of("10.0.0.9"), DeviceToken.random()))
                .isInstanceOf(JoinCheck.Closed.class);
        assertThatThrownBy(() -> steering.openExercise(workshop, "ex1", Set.of()))
                .hasMessage("workshopClosed");
    }

    @Test
    void guessingCodesIsRateLimitedPerDevice() {
        DeviceToken guesser = DeviceToken.random();
        for (int i = 0; i < 6; i++) {
            assertThat(trainees.checkCode("AAAA-AAA" + (char) ('B' + i), Network.of("10.0.0.8"), guesser))
                    .isInstanceOf(JoinCheck.Unknown.class);
        }
        var code = service.snapshot(workshop).workshop().joinCode().value();
        assertThat(trainees.checkCode(code, Network.of("10.0.0.8"), guesser))
                .isInstanceOf(JoinCheck.TooManyAttempts.class);
    }

    @Test
    void fiveBrowsersGuessingBehindTheClassroomNatDoNotLockOutANewTabletWithTheRightCode() {
        for (int browser = 0; browser < 5; browser++) {
            DeviceToken prankster = DeviceToken.random();
            for (int i = 0; i < 7; i++) {
                trainees.checkCode("AAAA-AAA" + (char) ('B' + i), Network.of("192.168.1.1"), prankster);
            }
        }
        var code = service.snapshot(workshop).workshop().joinCode().value();
        assertThat(trainees.checkCode(code, Network.of("192.168.1.1"), DeviceToken.random()))
                .isInstanceOf(JoinCheck.Open.class);
    }

    @Test
    void aPranksterFloodingWrongCodesFromFreshCookiesNeverLocksOutTheClasssOwnCode() {
        Workshops.join(
                service, trainees, workshop, DeviceToken.random(), "First tablet", 0); // from Workshops.CLASSROOM
        for (int i = 0; i < 200; i++) {
            trainees.checkCode("AAAA-AAA" + (char) ('B' + i % 20), Workshops.CLASSROOM, DeviceToken.random());
        }
        var code = service.snapshot(workshop).workshop().joinCode().value();
        for (int tablet = 0; tablet < 18; tablet++) {
            assertThat(trainees.checkCode(code, Workshops.CLASSROOM, DeviceToken.random()))
                    .as("new tablet " + tablet)
                    .isInstanceOf(JoinCheck.Open.class);
        }
        assertThat(trainees.checkCode("AAAA-AAAB", Workshops.CLASSROOM, DeviceToken.random()))
                .as("a wrong code is still throttled")
                .isInstanceOfSatisfying(
                        JoinCheck.TooManyAttempts.class,
                        t -> assertThat(t.network()).isTrue());
    }

    @Test
    void aFullTableAndAFullWorkshopRefuseNewParticipantsAndSaySo() {
        ClassLimits small = new ClassLimits(3, 2, 100);
        Node limited = anotherService(small);
        DeviceToken first = DeviceToken.random();
        Workshops.join(limited.service(), limited.trainees(), workshop, first, "One", 0);
        Workshops.join(limited.service(), limited.trainees(), workshop, DeviceToken.random(), "Two", 0);
        assertThatThrownBy(() -> Workshops.join(
                        limited.service(), limited.trainees(), workshop, DeviceToken.random(), "Three", 0))
                .isInstanceOfSatisfying(
                        org.ssmclassroom.base.ActionRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("refused.tableFull"));
        assertThat(Workshops.join(limited.service(), limited.trainees(), workshop, first, "One again", 0))
                .as("a tablet already at the table comes back")
                .isNotNull();
        Workshops.join(limited.service(), limited.trainees(), workshop, DeviceToken.random(), "Three", 1);
        assertThatThrownBy(() -> Workshops.join(
                        limited.service(), limited.trainees(), workshop, DeviceToken.random(), "Four", 1))
                .isInstanceOfSatisfying(
                        org.ssmclassroom.base.ActionRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("refused.workshopFull"));
        assertThat(limited.service().snapshot(workshop).participants()).hasSize(3);
    }

    @Test
    void inTheInterviewThePersonasPlayerReadsItsBriefAndEveryoneElseTheSalesBriefAndHandout() {
        DeviceToken[] tablets = {DeviceToken.random(), DeviceToken.random(), DeviceToken.random(), DeviceToken.random()
        };
        for (int i = 0; i < tablets.length; i++) {
            Workshops.join(service, trainees, workshop, tablets[i], "Trainee " + i, 0);
        }
        var table = service.snapshot(workshop).tables().getFirst().id();
        steering.openExercise(workshop, "ex3", Set.of());
        WorkshopSnapshot interview = service.snapshot(workshop);
        Map<String, List<String>> read = new java.util.TreeMap<>();
        interview
                .members(table)
                .forEach(p -> read.put(
                        interview.roles(table).get(p.id()).contains("customer-executive") ? "yoshi" : p.name(),
                        interview.readingFor(table, p.id()).stream()
                                .filter(r -> r instanceof Reading.Document)
                                .map(r -> ((Reading.Document) r).document().id())
                                .toList()));
        assertThat(read).containsEntry("yoshi", List.of("yoshi-brief")).hasSize(4);
        assertThat(read.entrySet())
                .filteredOn(e -> !e.getKey().equals("yoshi"))
                .allSatisfy(e -> assertThat(e.getValue()).containsExactly("sales-brief", "handout"));

        steering.openExercise(workshop, "ex2", Set.of());
        WorkshopSnapshot ownOpportunity = service.snapshot(workshop);
        assertThat(ownOpportunity.members(table))
                .allMatch(p -> ownOpportunity.readingFor(table, p.id()).isEmpty());
    }

    @Test
    void anExerciseTheCaseCannotProvideForIsNotOpenedAndTheInstructorIsToldWhy() throws Exception {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        java.nio.file.Path root = java.nio.file.Path.of("src/test/resources/packs/minimal-case");
        try (var walk = java.nio.file.Files.walk(root)) {
            for (var file : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), java.nio.file.Files.readAllBytes(file));
            }
        }
        String id = library.importZip("minimal-case.zip", org.ssmclassroom.testing.ScenarioZips.zip(files), "lee")
                .pack()
                .orElseThrow()
                .id();
        WorkshopId minimal = service.create(
                new NewWorkshop(
                        "Small class",
                        java.time.LocalDate.of(2026, 12, 7),
                        id,
                        java.util.Locale.ENGLISH,
                        List.of("T1")),
                "lee");
        assertThatThrownBy(() -> steering.openExercise(minimal, "ex10", Set.of()))
                .isInstanceOfSatisfying(
                        org.ssmclassroom.base.ActionRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("refused.caseLacksNegotiation"));
        steering.openExercise(minimal, "ex4", Set.of());
        assertThat(service.snapshot(minimal).tables().getFirst().exerciseId()).isEqualTo("ex4");
        service.close(minimal);
        library.remove(id);
    }

    @Test
    void onlyTheCaptainMarksTheTableDone() {
        DeviceToken[] tablets = {DeviceToken.random(), DeviceToken.random(), DeviceToken.random()};
        for (int i = 0; i < tablets.length; i++) {
            Workshops.join(service, trainees, workshop, tablets[i], "Trainee " + i, 0);
        }
        steering.openExercise(workshop, "ex1", Set.of());
        WorkshopSnapshot snapshot = service.snapshot(workshop);
        var table = snapshot.tables().getFirst().id();
        DeviceToken captain = null;
        DeviceToken other = null;
        for (DeviceToken tablet : tablets) {
            var seat = service.seatOf(tablet).orElseThrow();
            if (snapshot.holds(table, seat.participant(), "captain")) {
                captain = tablet;
            } else {
                other = tablet;
            }
        }
        DeviceToken notCaptain = other;
        assertThatThrownBy(() -> trainees.reportStatus(notCaptain, WorkshopTable.Status.DONE))
                .hasMessage("captainMarksDone");
        trainees.reportStatus(notCaptain, WorkshopTable.Status.NEED_HELP);
        trainees.reportStatus(captain, WorkshopTable.Status.DONE);
        assertThat(service.snapshot(workshop).tables().getFirst().status()).isEqualTo(WorkshopTable.Status.DONE);
    }

    @Test
    void aHelpRequestOutlivesTheCaptainsDoneUntilTheInstructorHandlesIt() {
        DeviceToken[] tablets = {DeviceToken.random(), DeviceToken.random(), DeviceToken.random()};
        for (int i = 0; i < tablets.length; i++) {
            Workshops.join(service, trainees, workshop, tablets[i], "Trainee " + i, 0);
        }
        steering.openExercise(workshop, "ex1", Set.of());
        WorkshopSnapshot snapshot = service.snapshot(workshop);
        var table = snapshot.tables().getFirst().id();
        DeviceToken captain = java.util.Arrays.stream(tablets)
                .filter(t ->
                        snapshot.holds(table, service.seatOf(t).orElseThrow().participant(), "captain"))
                .findFirst()
                .orElseThrow();
        DeviceToken asker = java.util.Arrays.stream(tablets)
                .filter(t -> t != captain)
                .findFirst()
                .orElseThrow();
        trainees.reportStatus(asker, WorkshopTable.Status.NEED_HELP);
        trainees.reportStatus(captain, WorkshopTable.Status.DONE);
        WorkshopTable afterDone = service.snapshot(workshop).tables().getFirst();
        assertThat(afterDone.status()).isEqualTo(WorkshopTable.Status.DONE);
        assertThat(afterDone.helpRequested()).isTrue();
        steering.acknowledge(table);
        assertThat(service.snapshot(workshop).tables().getFirst().helpRequested())
                .as("seeing the done signal is not handling the help request")
                .isTrue();
        steering.helpHandled(table);
        assertThat(service.snapshot(workshop).tables().getFirst().helpRequested())
                .isFalse();
        assertThat(service.snapshot(workshop).tables().get(1).helpRequested()).isFalse();
    }

    @Test
    void handlingHelpPutsATableStillAskingForItBackToWork() {
        DeviceToken tablet = DeviceToken.random();
        Workshops.join(service, trainees, workshop, tablet, "Trainee", 1);
        steering.openExercise(workshop, "ex1", Set.of());
        trainees.reportStatus(tablet, WorkshopTable.Status.NEED_HELP);
        var table = service.snapshot(workshop).tables().get(1);
        assertThat(table.helpRequested()).isTrue();
        steering.helpHandled(table.id());
        table = service.snapshot(workshop).tables().get(1);
        assertThat(table.helpRequested()).isFalse();
        assertThat(table.status()).isEqualTo(WorkshopTable.Status.WORKING);
    }

    @Test
    void instructorActionsNeedTheInstructorRole() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> service.close(workshop))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "trainee", null, List.of(new SimpleGrantedAuthority("ROLE_TRAINEE"))));
        assertThatThrownBy(() -> steering.startClock(workshop, Set.of(), null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
