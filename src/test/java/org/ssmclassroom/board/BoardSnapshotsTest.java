package org.ssmclassroom.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.testing.SsmMethod;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.WorkshopTable;

/** The lock rule, what is carried forward and which copies stand: plain code, no database, no Spring. */
class BoardSnapshotsTest {

    private static final Method METHOD = SsmMethod.METHOD;
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static WorkshopTable tableOn(String exercise, ExerciseClock clock) {
        return new WorkshopTable(
                new TableId(1), 0, "Table 1", exercise, WorkshopTable.Status.WORKING, null, clock, false);
    }

    private static final ExerciseClock RUNNING = ExerciseClock.idle().start(Duration.ofMinutes(20), NOW);
    private static final ExerciseClock ENDED = RUNNING.end(NOW.plusSeconds(60));

    @Test
    void aBoardIsOpenWhileItsExerciseIsTheTablesAndTheClockHasNotEnded() {
        assertThat(BoardSnapshots.locked(false, tableOn("ex2", RUNNING), "ex2", false))
                .isFalse();
        assertThat(BoardSnapshots.locked(false, tableOn("ex2", ExerciseClock.idle()), "ex2", false))
                .as("a clock not started yet")
                .isFalse();
        assertThat(BoardSnapshots.locked(false, tableOn("ex2", ENDED), "ex2", false))
                .as("time is up")
                .isTrue();
        assertThat(BoardSnapshots.locked(false, tableOn("ex3", RUNNING), "ex2", false))
                .as("the table moved on")
                .isTrue();
    }

    @Test
    void theInstructorsUnlockOpensABoardAfterTimeUpButNeverInAClosedWorkshop() {
        assertThat(BoardSnapshots.locked(false, tableOn("ex2", ENDED), "ex2", true))
                .isFalse();
        assertThat(BoardSnapshots.locked(false, tableOn("ex3", RUNNING), "ex2", true))
                .isFalse();
        assertThat(BoardSnapshots.locked(true, tableOn("ex2", RUNNING), "ex2", true))
                .isTrue();
    }

    @Test
    void anExerciseCarriesTheSectionsThePackNamesWithTheCopiesMadeFromThem() {
        BoardContent painChain = new BoardContent(
                List.of(new BoardContent.Item("pain-chain/k3x9", 1)),
                Map.of(
                        new BoardContent.ValueKey("pain-chain/k3x9", "name"),
                        new BoardContent.Value("Boris", 1, "Mei", NOW)));
        Method.Exercise orgMap = METHOD.exercise("ex5").orElseThrow();

        List<BoardSnapshot.Carried> carried = BoardSnapshots.carried(
                METHOD,
                orgMap,
                exercise -> exercise.equals("ex4") ? painChain : new BoardContent(List.of(), Map.of()),
                Set.of(BoardSnapshots.copyOrigin("ex4", "pain-chain/k3x9", "people"), "ex9:other/x>people"));

        assertThat(carried).extracting(c -> c.section().id()).containsExactly("opportunity", "pain-chain");
        BoardSnapshot.Carried chain = carried.get(1);
        assertThat(chain.content().text("pain-chain/k3x9", "name")).isEqualTo("Boris");
        assertThat(chain.isCopied(BoardItemId.parse("pain-chain/k3x9"), "people"))
                .isTrue();
        assertThat(carried.get(0).copied()).as("a copy from another exercise").isEmpty();
    }

    @Test
    void aCopyWhoseEntryWasRemovedNoLongerStands() {
        BoardContent board = new BoardContent(List.of(new BoardContent.Item("people/a1", 1)), Map.of());
        assertThat(BoardSnapshots.standingCopies(
                        List.of(
                                Map.entry("ex4:pain-chain/k3x9>people", "people/a1"),
                                Map.entry("ex4:pain-chain/zz11>people", "people/b2")),
                        board))
                .containsExactly("ex4:pain-chain/k3x9>people");
    }
}
