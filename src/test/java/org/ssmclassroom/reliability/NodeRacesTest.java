package org.ssmclassroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.ssmclassroom.Application;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.negotiation.Negotiation;
import org.ssmclassroom.negotiation.NegotiationService;
import org.ssmclassroom.negotiation.Round;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.roleplay.PracticeSession;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.scoring.LeaderboardService;
import org.ssmclassroom.scoring.MarkResult;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.takeaway.PersonalPlan;
import org.ssmclassroom.takeaway.PersonalPlans;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.testing.ScenarioZips;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.Workshops;

/**
 * Two nodes on one PostgreSQL database, each a whole application in this JVM with its own caches and locks, and
 * two users acting at the same moment through the two nodes on the same tables, round after round; then the
 * database is read back: nothing either user was told had happened is lost, and neither sees an error (ADR 023).
 * Runs when the suite runs on PostgreSQL ({@code SSM_TEST_DB_URL}); in {@code ./mvnw verify} 12 rounds a race, on
 * demand many more: {@code ./mvnw test -Dtest=NodeRacesTest -Draces.rounds=200}.
 */
class NodeRacesTest {

    private static final int ROUNDS = Integer.getInteger("races.rounds", 12);
    private static final int TABLES = 4;

    /**
     * Long enough that no other test's application, whose test clock may be hours ahead, ends it on the shared
     * database while a round runs.
     */
    private static final Duration LONG = Duration.ofDays(30);

    /** Each node's Vaadin sets the JVM's holder of who is signed in; the other tests' application gets it back. */
    private static SecurityContextHolderStrategy before;

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static ExecutorService users;

    @BeforeAll
    static void twoNodes() {
        Assumptions.assumeTrue(
                ServerProcess.POSTGRESQL.startsWith("jdbc:postgresql:"),
                "two nodes need PostgreSQL: set SSM_TEST_DB_URL");
        before = SecurityContextHolder.getContextHolderStrategy();
        nodeA = node("race-a");
        nodeB = node("race-b");
        users = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (users != null) {
            users.shutdownNow();
        }
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    private static ConfigurableApplicationContext node(String name) {
        Map<String, Object> settings = new HashMap<>(ServerProcess.node(name));
        settings.put("server.port", "0");
        // Every round seats a class from the test's one address.
        settings.put("ssm.class.joins-per-address", "1000000");
        settings.put("ssm.scenarios.dir", "target/no-extra-scenarios");
        settings.put("vaadin.devmode.devTools.enabled", "false");
        settings.put("ssm.instructor.username", AppTest.INSTRUCTOR);
        settings.put("ssm.instructor.password", AppTest.PASSWORD);
        // As arguments: they come before application.properties, which default properties do not.
        return new SpringApplicationBuilder(Application.class)
                .run(settings.entrySet().stream()
                        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
    }

    @Test
    void signalsOnOneNodeAndClockStartsOnTheOtherAreAllKept() throws Exception {
        int lost = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Room room = room();
            raceDoing(
                    () -> room.tablets.forEach(
                            tablet -> trainees(nodeA).reportStatus(tablet, WorkshopTable.Status.NEED_HELP)),
                    () -> steering(nodeB).startClock(room.id, Set.of(), LONG));
            for (WorkshopTable table : room.read().tables()) {
                lost += table.status() == WorkshopTable.Status.NEED_HELP ? 0 : 1;
                lost += table.clock().state() == ExerciseClock.State.RUNNING ? 0 : 1;
            }
        }
        assertThat(lost)
                .as("signals and clock starts lost of " + 2 * TABLES * ROUNDS)
                .isZero();
    }

    @Test
    void signalsOnOneNodeAndAMinuteMoreOnTheOtherAreAllKept() throws Exception {
        int lost = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Room room = room();
            steering(nodeB).startClock(room.id, Set.of(), LONG);
            raceDoing(
                    () -> room.tablets.forEach(
                            tablet -> trainees(nodeA).reportStatus(tablet, WorkshopTable.Status.NEED_HELP)),
                    () -> steering(nodeB).extendClock(room.id, Set.of(), Duration.ofMinutes(1)));
            for (WorkshopTable table : room.read().tables()) {
                lost += table.status() == WorkshopTable.Status.NEED_HELP ? 0 : 1;
                boolean extended = table.clock().state() == ExerciseClock.State.RUNNING
                        && Duration.between(
                                                workshops(nodeA).now(),
                                                table.clock().endsAt())
                                        .compareTo(LONG)
                                > 0;
                lost += extended ? 0 : 1;
            }
        }
        assertThat(lost)
                .as("signals and extensions lost of " + 2 * TABLES * ROUNDS)
                .isZero();
    }

    @Test
    void renamingATableOnOneNodeWhileTheOtherOpensAnExerciseKeepsBoth() throws Exception {
        int lost = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Room room = room();
            String next = exercises(room).get(2).id();
            raceDoing(
                    () -> room.tables()
                            .forEach(table -> steering(nodeA).renameTable(table, "Renamed " + table.value())),
                    () -> steering(nodeB).openExercise(room.id, next, Set.of()));
            for (WorkshopTable table : room.read().tables()) {
                lost += table.name().equals("Renamed " + table.id().value()) ? 0 : 1;
                lost += next.equals(table.exerciseId()) ? 0 : 1;
            }
        }
        assertThat(lost)
                .as("renames and opened exercises lost of " + 2 * TABLES * ROUNDS)
                .isZero();
    }

    @Test
    void oneTabletJoiningThroughBothNodesAtOnceIsOneParticipant() throws Exception {
        int doubled = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Room room = room();
            DeviceToken tablet = DeviceToken.random();
            List<ParticipantId> joined = race(
                    () -> Workshops.join(workshops(nodeA), trainees(nodeA), room.id, tablet, "Mei", 1),
                    () -> Workshops.join(workshops(nodeB), trainees(nodeB), room.id, tablet, "Mei", 1));
            doubled += joined.get(0).equals(joined.get(1))
                            && room.read().participants().size() == TABLES + 1
                    ? 0
                    : 1;
        }
        assertThat(doubled)
                .as("tablets that became two participants, of " + ROUNDS)
                .isZero();
    }

    @Test
    void showingAndRankingTheLeaderboardOnTwoNodesAtOnceKeepsBothSettings() throws Exception {
        int lost = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Room room = room();
            String by = exercises(room).get(1).id();
            raceDoing(
                    () -> leaderboards(nodeA).showLeaderboard(room.id, true),
                    () -> leaderboards(nodeB).rankLeaderboardBy(room.id, by));
            lost += leaderboards(nodeA).leaderboardShown(room.id) ? 0 : 1;
            lost += by.equals(leaderboards(nodeA).leaderboardRankedBy(room.id)) ? 0 : 1;
        }
        assertThat(lost).as("leaderboard settings lost of " + 2 * ROUNDS).isZero();
    }

    @Test
    void oneInstructorsMarksAndReleasesThroughBothNodesSaveOnceAndReleaseOnce() throws Exception {
        int wrong = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Room room = room();
            Method.Exercise scored = exercises(room).stream()
                    .filter(e -> e.rubric() != null)
                    .findFirst()
                    .orElseThrow();
            String criterion = room.read()
                    .pack()
                    .method()
                    .rubric(scored.rubric())
                    .orElseThrow()
                    .criteria()
                    .getFirst()
                    .id();
            TableId table = room.tables().getFirst();
            List<MarkResult> marks = race(
                    () -> scoring(nodeA).mark(table, scored.id(), criterion, 1, "", 0),
                    () -> scoring(nodeB).mark(table, scored.id(), criterion, 2, "", 0));
            List<MarkResult.Saved> saved = marks.stream()
                    .filter(MarkResult.Saved.class::isInstance)
                    .map(MarkResult.Saved.class::cast)
                    .toList();
            Integer kept = scoring(nodeB).sheet(table, scored.id()).marks().stream()
                    .filter(m -> m.criterion().equals(criterion))
                    .findFirst()
                    .orElseThrow()
                    .points();
            wrong += saved.size() == 1 && saved.getFirst().mark().points().equals(kept) ? 0 : 1;
            List<Boolean> released = race(
                    () -> scoring(nodeA).release(room.id, scored.id()),
                    () -> scoring(nodeB).release(room.id, scored.id()));
            wrong += released.stream().filter(Boolean::booleanValue).count() == 1 ? 0 : 1;
        }
        assertThat(wrong)
                .as("rounds where a mark or a release was lost or doubled, of " + 2 * ROUNDS)
                .isZero();
    }

    @Test
    void theSameNewBoardOpenedThroughBothNodesAtOnceIsOneBoard() throws Exception {
        int split = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Room room = room();
            DeviceToken second = DeviceToken.random();
            Workshops.join(workshops(nodeA), trainees(nodeA), room.id, second, "Hao", 0);
            List<BoardId> boards = race(
                    () -> boards(nodeA)
                            .boardOf(room.tablets.getFirst())
                            .map(BoardSnapshot::boardId)
                            .orElseThrow(),
                    () -> boards(nodeB)
                            .boardOf(second)
                            .map(BoardSnapshot::boardId)
                            .orElseThrow());
            split += boards.get(0).equals(boards.get(1)) ? 0 : 1;
        }
        assertThat(split).as("tables that got two boards, of " + ROUNDS).isZero();
    }

    @Test
    void twoMembersStartingTheirTablesInterviewThroughBothNodesJoinOne() throws Exception {
        int doubled = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Room room = room();
            DeviceToken second = DeviceToken.random();
            Workshops.join(workshops(nodeA), trainees(nodeA), room.id, second, "Hao", 0);
            List<PracticeSession.Id> started = race(
                    () -> practice(nodeA).start(room.tablets.getFirst(), true).id(),
                    () -> practice(nodeB).start(second, true).id());
            doubled += started.get(0).equals(started.get(1)) ? 0 : 1;
        }
        assertThat(doubled).as("tables that got two interviews, of " + ROUNDS).isZero();
    }

    @Test
    void twoMembersProposingToTheirTablesNegotiationThroughBothNodesAtOnceAreBothAnsweredInTurn() throws Exception {
        int wrong = 0;
        for (int round = 0; round < ROUNDS; round++) {
            WorkshopId id = Workshops.homebody(workshops(nodeA), 1);
            DeviceToken mei = DeviceToken.random();
            DeviceToken hao = DeviceToken.random();
            Workshops.join(workshops(nodeA), trainees(nodeA), id, mei, "Mei", 0);
            Workshops.join(workshops(nodeA), trainees(nodeA), id, hao, "Hao", 0);
            workshops(nodeA).start(id);
            steering(nodeA).openExercise(id, "ex10", Set.of());
            Negotiation.Id ours = negotiations(nodeA).start(mei, true).id();

            List<Object> outcomes = raceOutcomes(
                    () -> negotiations(nodeA).propose(mei, ours, drafts("分期付款", "Lois", "上限"), ""),
                    () -> negotiations(nodeB).propose(hao, ours, drafts("Keep the quoted price", "Lois", "上限"), ""));

            List<Round> kept =
                    negotiations(nodeB).current(hao).map(Negotiation::rounds).orElse(List.of());
            boolean bothAnswered = outcomes.stream().allMatch(Round.class::isInstance);
            boolean inTurn = kept.stream().map(Round::position).toList().equals(List.of(1, 2))
                    && kept.stream().map(Round::proposedBy).sorted().toList().equals(List.of("Hao", "Mei"))
                    && outcomes.stream()
                            .map(o -> ((Round) o).position())
                            .sorted()
                            .toList()
                            .equals(List.of(1, 2));
            wrong += bothAnswered && inTurn ? 0 : 1;
        }
        assertThat(wrong)
                .as("rounds where a proposal was refused, lost or answered out of turn, of " + ROUNDS)
                .isZero();
    }

    @Test
    void acceptingTheCustomersOfferWhileATeammateProposesNeverAcceptsAnOfferNotSeen() throws Exception {
        int wrong = 0;
        for (int round = 0; round < ROUNDS; round++) {
            WorkshopId id = Workshops.homebody(workshops(nodeA), 1);
            DeviceToken mei = DeviceToken.random();
            DeviceToken hao = DeviceToken.random();
            Workshops.join(workshops(nodeA), trainees(nodeA), id, mei, "Mei", 0);
            Workshops.join(workshops(nodeA), trainees(nodeA), id, hao, "Hao", 0);
            workshops(nodeA).start(id);
            steering(nodeA).openExercise(id, "ex10", Set.of());
            Negotiation.Id ours = negotiations(nodeA).start(mei, true).id();
            Round first =
                    negotiations(nodeA).propose(mei, ours, drafts("分期付款", "Lois Knight全职，加John的阶段性顾问时间", "全部责任"), "");
            Negotiation seen = negotiations(nodeB).current(hao).orElseThrow();

            List<Object> outcomes = raceOutcomes(
                    () -> negotiations(nodeB)
                            .acceptOffer(hao, ours, seen.rounds().size()),
                    () -> negotiations(nodeA).propose(mei, ours, drafts("分期付款", "John全程", "上限"), ""));

            if (outcomes.get(0) instanceof Round accepted
                    && !accepted.proposal().options().equals(first.reply().offered())) {
                wrong++;
            }
        }
        assertThat(wrong)
                .as("rounds where Hao's tap accepted an offer he had not seen, of " + ROUNDS)
                .isZero();
    }

    private static List<NegotiationService.Draft> drafts(String a, String b, String c) {
        return List.of(
                new NegotiationService.Draft("A", a, null, null),
                new NegotiationService.Draft("B", b, null, null),
                new NegotiationService.Draft("C", c, null, null));
    }

    @Test
    void oneTraineeWritingTheSameActionOfTheirPlanThroughBothNodesKeepsOneAndIsToldOfTheOther() throws Exception {
        int wrong = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Room room = room();
            DeviceToken mei = room.tablets.getFirst();
            PersonalPlan.Key key = new PersonalPlan.Key("next-30-days", "opportunity-files");
            List<String> outcomes = new ArrayList<>();
            for (Object outcome : raceOutcomes(
                    () -> plans(nodeA).write(mei, key, "from A", null, "", 0).commitment(),
                    () -> plans(nodeB).write(mei, key, "from B", null, "", 0).commitment())) {
                outcomes.add(String.valueOf(outcome));
            }
            String kept = plans(nodeA).mine(mei).orElseThrow().entry(key).commitment();
            boolean oneSavedOneToldOfIt = outcomes.contains(kept) && outcomes.contains("refused.planChanged");
            wrong += oneSavedOneToldOfIt ? 0 : 1;
        }
        assertThat(wrong)
                .as("rounds where both writes or none were kept, of " + ROUNDS)
                .isZero();
    }

    @Test
    void importingTheSamePackThroughBothNodesAtOnceSucceedsOnBoth() throws Exception {
        byte[] zip = ScenarioZips.renamedCase("homebody", "race-case", "Race case");
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<ScenarioLibrary.ImportResult> imports = race(
                    () -> library(nodeA).importZip("race-case.zip", zip, AppTest.INSTRUCTOR),
                    () -> library(nodeB).importZip("race-case.zip", zip, AppTest.INSTRUCTOR));
            refused += (int) imports.stream().filter(i -> i.pack().isEmpty()).count();
        }
        assertThat(refused).as("imports refused, of " + 2 * ROUNDS).isZero();
        assertThat(library(nodeA).pack("race-case")).isPresent();
        assertThat(library(nodeB).pack("race-case")).isPresent();
    }

    // ---- the class and the two users ----

    /** A running workshop with a trainee at each table and exercise 2 open, made through node A. */
    private record Room(WorkshopId id, List<DeviceToken> tablets) {
        WorkshopSnapshot read() {
            return workshops(nodeB).snapshot(id);
        }

        List<TableId> tables() {
            return read().tables().stream().map(WorkshopTable::id).toList();
        }
    }

    private static Room room() {
        WorkshopService workshops = workshops(nodeA);
        WorkshopSteering steering = steering(nodeA);
        Trainees trainees = trainees(nodeA);
        WorkshopId id = Workshops.homebody(workshops, TABLES);
        List<DeviceToken> tablets = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) {
            DeviceToken tablet = DeviceToken.random();
            Workshops.join(workshops, trainees, id, tablet, "T" + t, t);
            tablets.add(tablet);
        }
        workshops.start(id);
        String second =
                workshops.snapshot(id).pack().method().agendaExercises().get(1).id();
        steering.openExercise(id, second, Set.of());
        return new Room(id, tablets);
    }

    private static List<Method.Exercise> exercises(Room room) {
        return room.read().pack().method().agendaExercises();
    }

    /** Runs the two users' actions at the same moment, one on each thread; an exception in either fails the test. */
    private static <T> List<T> race(Action<T> first, Action<T> second) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        IntFunction<Future<T>> start = i -> users.submit(() -> {
            signInOnBothNodes();
            try {
                together.await();
                return (i == 0 ? first : second).run();
            } catch (Throwable shown) {
                errors.add(shown);
                return null;
            } finally {
                signOutOfBothNodes();
            }
        });
        Future<T> one = start.apply(0);
        Future<T> two = start.apply(1);
        List<T> results = new ArrayList<>();
        results.add(one.get());
        results.add(two.get());
        assertThat(errors).as("errors a user would have seen").isEmpty();
        return results;
    }

    /** Like {@link #race}, but a refusal the user is shown is an outcome (its message key), not an error. */
    private static List<Object> raceOutcomes(Action<Object> first, Action<Object> second) throws Exception {
        return race(() -> outcome(first), () -> outcome(second));
    }

    private static Object outcome(Action<Object> action) throws Exception {
        try {
            return action.run();
        } catch (ActionRefused refused) {
            return refused.key();
        }
    }

    private static void raceDoing(Runnable first, Runnable second) throws Exception {
        race(
                () -> {
                    first.run();
                    return null;
                },
                () -> {
                    second.run();
                    return null;
                });
    }

    private interface Action<T> {
        T run() throws Exception;
    }

    /**
     * The instructor, signed in on this thread for both nodes: each application keeps its own holder of who is
     * signed in (Vaadin's), as two servers would.
     */
    @BeforeEach
    void signIn() {
        signInOnBothNodes();
    }

    @AfterEach
    void signOut() {
        signOutOfBothNodes();
    }

    private static void signInOnBothNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            node.getBean(SecurityContextHolderStrategy.class)
                    .setContext(new SecurityContextImpl(Instructor.authentication()));
        }
    }

    private static void signOutOfBothNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            node.getBean(SecurityContextHolderStrategy.class).clearContext();
        }
    }

    private static WorkshopService workshops(ConfigurableApplicationContext node) {
        return node.getBean(WorkshopService.class);
    }

    private static WorkshopSteering steering(ConfigurableApplicationContext node) {
        return node.getBean(WorkshopSteering.class);
    }

    private static Trainees trainees(ConfigurableApplicationContext node) {
        return node.getBean(Trainees.class);
    }

    private static LeaderboardService leaderboards(ConfigurableApplicationContext node) {
        return node.getBean(LeaderboardService.class);
    }

    private static ScoringService scoring(ConfigurableApplicationContext node) {
        return node.getBean(ScoringService.class);
    }

    private static BoardService boards(ConfigurableApplicationContext node) {
        return node.getBean(BoardService.class);
    }

    private static NegotiationService negotiations(ConfigurableApplicationContext node) {
        return node.getBean(NegotiationService.class);
    }

    private static PracticeService practice(ConfigurableApplicationContext node) {
        return node.getBean(PracticeService.class);
    }

    private static PersonalPlans plans(ConfigurableApplicationContext node) {
        return node.getBean(PersonalPlans.class);
    }

    private static ScenarioLibrary library(ConfigurableApplicationContext node) {
        return node.getBean(ScenarioLibrary.class);
    }
}
