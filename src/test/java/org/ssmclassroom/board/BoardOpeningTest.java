package org.ssmclassroom.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.Workshops;

/**
 * A board across nodes: made once, by the table opening it (two nodes at once make one, looking makes none), and
 * two nodes' commands on it ordered by the database.
 */
@AppTest
class BoardOpeningTest {

    @Autowired
    BoardService boards;

    @Autowired
    BoardRepository repository;

    @Autowired
    BoardOpening opening;

    @Autowired
    BoardEdits edits;

    @Autowired
    BoardAnswers answers;

    @Autowired
    WorkshopService workshops;

    @Autowired
    org.ssmclassroom.workshop.WorkshopSteering steering;

    @Autowired
    org.ssmclassroom.workshop.Trainees trainees;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    DataSource dataSource;

    private static final int TABLES = 3;
    private WorkshopId workshop;
    private final List<DeviceToken[]> pairs = new ArrayList<>();

    @BeforeEach
    void twoTraineesAtEachOfThreeTables() {
        Instructor.signIn();
        workshop = Workshops.homebody(workshops, TABLES);
        for (int t = 0; t < TABLES; t++) {
            DeviceToken one = DeviceToken.random();
            DeviceToken two = DeviceToken.random();
            Workshops.join(workshops, trainees, workshop, one, "A" + t, t);
            Workshops.join(workshops, trainees, workshop, two, "B" + t, t);
            pairs.add(new DeviceToken[] {one, two});
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A second node: its own service (its own locks and live boards) on the same database. */
    private BoardService otherNode() {
        return new BoardService(
                repository,
                opening,
                edits,
                answers,
                new BoardScreens(repository, workshops, ClusterBus.SINGLE_NODE),
                workshops,
                clock,
                transactions);
    }

    @Test
    void theSameNewBoardOpenedOnTwoNodesAtOnceIsOneBoardSeededOnceAndNoError() throws Exception {
        BoardService nodeA = otherNode();
        BoardService nodeB = otherNode();
        ExecutorService tablets = Executors.newFixedThreadPool(2);
        try {
            for (String exercise : List.of("ex1", "ex2", "ex4", "ex5", "ex10")) {
                steering.openExercise(workshop, exercise, Set.of());
                for (DeviceToken[] pair : pairs) {
                    CyclicBarrier together = new CyclicBarrier(2);
                    Future<BoardSnapshot> onA = tablets.submit(() -> {
                        together.await();
                        return nodeA.boardOf(pair[0]).orElseThrow();
                    });
                    Future<BoardSnapshot> onB = tablets.submit(() -> {
                        together.await();
                        return nodeB.boardOf(pair[1]).orElseThrow();
                    });
                    BoardSnapshot a = onA.get();
                    BoardSnapshot b = onB.get();
                    assertThat(b.boardId()).isEqualTo(a.boardId());
                    assertThat(boardsOf(a.table(), exercise)).isEqualTo(1);
                    if (exercise.equals("ex10")) {
                        assertThat(boards.boardOf(pair[0])
                                        .orElseThrow()
                                        .content()
                                        .itemsOf("issues"))
                                .as("the case's issues are seeded once")
                                .hasSize(3);
                    }
                }
            }
        } finally {
            tablets.shutdownNow();
        }
    }

    @Test
    void twoNodesAddingTheLastEntryOfAListAtOnceAddOneAndTellTheOtherTheListIsFull() throws Exception {
        BoardService nodeA = otherNode();
        BoardService nodeB = otherNode();
        steering.openExercise(workshop, "ex1", Set.of());
        DeviceToken[] pair = pairs.getFirst();
        BoardId board = nodeA.boardOf(pair[0]).orElseThrow().boardId();
        nodeA.addItem(pair[0], board, "challenges");
        nodeA.addItem(pair[0], board, "challenges");
        ExecutorService tablets = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Object>> adds = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    BoardService node = t == 0 ? nodeA : nodeB;
                    DeviceToken tablet = pair[t];
                    adds.add(tablets.submit(() -> {
                        together.await();
                        try {
                            return node.addItem(tablet, board, "challenges");
                        } catch (ActionRefused refused) {
                            return refused.getMessage();
                        }
                    }));
                }
                List<Object> results = new ArrayList<>();
                for (Future<Object> add : adds) {
                    results.add(add.get());
                }
                BoardContent content = boards.boardOf(pair[0]).orElseThrow().content();
                assertThat(content.itemsOf("challenges")).as("round " + round).hasSize(3);
                assertThat(results).filteredOn(String.class::isInstance).hasSize(1);
                nodeA.removeItem(
                        pair[0], board, content.itemsOf("challenges").getLast().itemId());
            }
        } finally {
            tablets.shutdownNow();
        }
    }

    @Test
    void theInstructorLookingAtABoardTheTableNeverOpenedMakesNone() {
        steering.openExercise(workshop, "ex10", Set.of());
        TableId table = workshops.snapshot(workshop).tables().getFirst().id();
        int before = allBoards();

        BoardSnapshot shown = boards.boardFor(table, "ex10");
        BoardService.AtTimeUp atTimeUp = boards.atTimeUp(table, "ex10");

        assertThat(allBoards()).isEqualTo(before);
        assertThat(shown.absent()).isTrue();
        assertThat(shown.content().items()).isEmpty();
        assertThat(atTimeUp.now().content().items()).isEmpty();
    }

    @Test
    void aScreenOnABoardNotYetOpenedFollowsItFromTheMomentTheTableOpensIt() {
        steering.openExercise(workshop, "ex2", Set.of());
        TableId table = workshops.snapshot(workshop).tables().getFirst().id();
        List<BoardSnapshot> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable stop = boards.follow(boards.boardFor(table, "ex2"), "instructor-screen", "Instructor", seen::add);
        try {
            BoardId board = boards.boardOf(pairs.getFirst()[0]).orElseThrow().boardId();
            boards.edit(pairs.getFirst()[1], board, BoardItemId.parse("opportunity/main"), "customer", "A hospital", 0);
            assertThat(seen)
                    .last()
                    .satisfies(last -> assertThat(last.content().text("opportunity/main", "customer"))
                            .isEqualTo("A hospital"));
        } finally {
            stop.run();
        }
    }

    private int boardsOf(TableId table, String exercise) {
        return JdbcClient.create(dataSource)
                .sql("SELECT COUNT(*) FROM board WHERE table_id = ? AND exercise_id = ?")
                .params(table.value(), exercise)
                .query(Integer.class)
                .single();
    }

    private int allBoards() {
        return JdbcClient.create(dataSource)
                .sql("SELECT COUNT(*) FROM board")
                .query(Integer.class)
                .single();
    }
}
