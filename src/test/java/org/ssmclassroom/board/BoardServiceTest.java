package org.ssmclassroom.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.FailingWrites;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.testing.TestClock;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

@AppTest
class BoardServiceTest {

    @Autowired
    BoardService boards;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    TestClock clock;

    @Autowired
    DataSource dataSource;

    private WorkshopId workshop;
    private final DeviceToken mei = DeviceToken.random();
    private final DeviceToken hao = DeviceToken.random();
    private final DeviceToken other = DeviceToken.random();
    private BoardId board;

    @BeforeEach
    void tableOnExerciseTwo() {
        Instructor.signIn();
        workshop = Workshops.homebody(workshops, 2);
        Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
        Workshops.join(workshops, trainees, workshop, hao, "Hao", 0);
        Workshops.join(workshops, trainees, workshop, other, "Li", 1);
        steering.openExercise(workshop, "ex2", Set.of());
        board = boards.boardOf(mei).orElseThrow().boardId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void teammatesShareOneBoardAndEditsToDifferentFieldsNeverConflict() {
        assertThat(boards.boardOf(hao).orElseThrow().boardId()).isEqualTo(board);
        assertThat(boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "customer", "A hospital group", 0))
                .isInstanceOf(BoardEdit.Saved.class);
        assertThat(boards.edit(hao, board, BoardItemId.parse("opportunity/main"), "amount", "RMB 3M", 0))
                .isInstanceOf(BoardEdit.Saved.class);
        BoardContent content = boards.boardOf(mei).orElseThrow().content();
        assertThat(content.text("opportunity/main", "customer")).isEqualTo("A hospital group");
        assertThat(content.text("opportunity/main", "amount")).isEqualTo("RMB 3M");
    }

    @Test
    void concurrentEditOfOneFieldIsCaughtAndTheLoserSeesTheOtherText() {
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "offering", "CRM", 0);
        BoardEdit hers =
                boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "offering", "CRM and service desk", 1);
        BoardEdit his = boards.edit(hao, board, BoardItemId.parse("opportunity/main"), "offering", "CRM consulting", 1);
        assertThat(hers).isEqualTo(new BoardEdit.Saved(2));
        assertThat(his).isEqualTo(new BoardEdit.Conflict("CRM and service desk", 2, "Mei"));
        assertThat(boards.edit(
                        hao,
                        board,
                        BoardItemId.parse("opportunity/main"),
                        "offering",
                        "CRM, service desk, consulting",
                        2))
                .isInstanceOf(BoardEdit.Saved.class);
    }

    @Test
    void anEditWhoseHistoryRowCannotBeWrittenIsNotStored() {
        Runnable disarm = FailingWrites.failNext(dataSource, "board_change", row -> row[1].equals(board.value()));
        try {
            assertThatThrownBy(() ->
                            boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "customer", "A hospital", 0))
                    .hasMessageContaining("disk full");
        } finally {
            disarm.run();
        }
        assertThat(boards.boardOf(mei).orElseThrow().content().text("opportunity/main", "customer"))
                .isEmpty();
        assertThat(boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "customer", "A hospital", 0))
                .as("the failed edit left no version behind")
                .isEqualTo(new BoardEdit.Saved(1));
    }

    /** A pain-chain entry on the table's exercise 4 board; returns its item id. */
    private BoardItemId painChainEntry(String name, String title, String pain, String reason1, String reason2) {
        steering.openExercise(workshop, "ex4", Set.of());
        BoardId ex4 = boards.boardOf(mei).orElseThrow().boardId();
        BoardItemId item = boards.addItem(mei, ex4, "pain-chain");
        String[][] values = {
            {"name", name}, {"title", title}, {"pain", pain}, {"reason1", reason1}, {"reason2", reason2}
        };
        for (String[] value : values) {
            boards.edit(mei, ex4, item, value[0], value[1], 0);
        }
        return item;
    }

    @Test
    void copyingAPainChainEntryToTheOrgMapCreatesOneEntryWithItsNameAndTitleOnce() {
        BoardItemId cfo = painChainEntry("Boris", "CFO", "Profits declining", "Costs up", "");
        steering.openExercise(workshop, "ex5", Set.of());
        BoardId map = boards.boardOf(mei).orElseThrow().boardId();
        boards.copyEntry(mei, map, "ex4", cfo, "people");
        assertThatThrownBy(() -> boards.copyEntry(hao, map, "ex4", cfo, "people"))
                .as("a second tap does not duplicate the person")
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("alreadyCopied");
        BoardSnapshot after = boards.boardOf(mei).orElseThrow();
        BoardContent content = after.content();
        assertThat(content.itemsOf("people")).hasSize(1).allSatisfy(entry -> {
            assertThat(content.text(entry.id(), "name")).isEqualTo("Boris");
            assertThat(content.text(entry.id(), "title")).isEqualTo("CFO");
        });
        assertThat(painChain(after).isCopied(cfo, "people")).isTrue();
        boards.removeItem(hao, map, content.itemsOf("people").getFirst().itemId());
        assertThat(painChain(boards.boardOf(mei).orElseThrow()).isCopied(cfo, "people"))
                .as("a removed copy may be made again")
                .isFalse();
        boards.copyEntry(hao, map, "ex4", cfo, "people");
        assertThat(boards.boardOf(mei).orElseThrow().content().itemsOf("people"))
                .hasSize(1);
    }

    private static BoardSnapshot.Carried painChain(BoardSnapshot board) {
        return board.carried().stream()
                .filter(c -> c.section().id().equals("pain-chain"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void oneUndoTakesBackAWholeCopyAndNothingElse() {
        BoardItemId coo = painChainEntry("Yoshi", "COO", "Missed deliveries", "Forecasts wrong", "No visibility");
        steering.openExercise(workshop, "ex5", Set.of());
        BoardId map = boards.boardOf(mei).orElseThrow().boardId();
        BoardItemId own = boards.addItem(mei, map, "people");
        boards.edit(mei, map, own, "name", "Sarah", 0);
        boards.copyEntry(mei, map, "ex4", coo, "people");
        assertThat(boards.boardOf(mei).orElseThrow().content().itemsOf("people"))
                .hasSize(2);

        assertThat(boards.undoMyLastChange(mei, map)).isTrue();

        BoardSnapshot after = boards.boardOf(mei).orElseThrow();
        assertThat(after.content().itemsOf("people"))
                .as("the copied person is gone in one undo, the one typed before stays")
                .extracting(entry -> after.content().text(entry.id(), "name"))
                .containsExactly("Sarah");
        assertThat(painChain(after).isCopied(coo, "people")).isFalse();
        assertThat(boards.undoMyLastChange(mei, map)).isTrue();
        assertThat(boards.boardOf(mei).orElseThrow().content().text(own, "name"))
                .as("the next undo is the edit before the copy")
                .isEmpty();
    }

    @Test
    void anUndoOfACopyWhoseFieldSomeoneChangedSinceChangesNothing() {
        BoardItemId coo = painChainEntry("Yoshi", "COO", "Missed deliveries", "Forecasts wrong", "No visibility");
        steering.openExercise(workshop, "ex6", Set.of());
        BoardId sheet = boards.boardOf(mei).orElseThrow().boardId();
        boards.copyEntry(mei, sheet, "ex4", coo, "header");
        BoardContent copied = boards.boardOf(mei).orElseThrow().content();
        boards.edit(
                hao,
                sheet,
                BoardItemId.parse("header/main"),
                "whose",
                "Yoshi Goto",
                copied.version("header/main", "whose"));

        assertThat(boards.undoMyLastChange(mei, sheet)).isFalse();

        BoardContent after = boards.boardOf(mei).orElseThrow().content();
        assertThat(after.text("header/main", "pain")).as("no half-undone copy").isEqualTo("Missed deliveries");
        assertThat(after.text("header/main", "whose")).isEqualTo("Yoshi Goto");
    }

    @Test
    void copyingAPainToThePainSheetFillsItsHeaderAndOneReasonEntryPerReason() {
        BoardItemId coo = painChainEntry("Yoshi", "COO", "Missed deliveries", "Forecasts wrong", "No visibility");
        steering.openExercise(workshop, "ex6", Set.of());
        BoardId sheet = boards.boardOf(mei).orElseThrow().boardId();
        boards.copyEntry(mei, sheet, "ex4", coo, "header");
        boards.copyEntry(mei, sheet, "ex4", coo, "reasons");
        BoardContent content = boards.boardOf(mei).orElseThrow().content();
        assertThat(content.text("header/main", "pain")).isEqualTo("Missed deliveries");
        assertThat(content.text("header/main", "whose")).isEqualTo("COO");
        assertThat(content.itemsOf("reasons"))
                .extracting(entry -> content.text(entry.id(), "reason"))
                .containsExactly("Forecasts wrong", "No visibility");
        assertThatThrownBy(() -> boards.copyEntry(mei, sheet, "ex4", coo, "questions"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBoardsScreensHearOnlyWhatChangesTheBoard() {
        List<BoardSnapshot> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable stop = boards.follow(board, "screen-1", "Mei", heard::add);
        BoardSnapshot first = heard.getLast();
        Workshops.join(workshops, trainees, workshop, DeviceToken.random(), "Late", 1);
        steering.acknowledge(workshops.snapshot(workshop).tables().get(1).id());
        assertThat(heard)
                .as("a join and another table's signal do not touch this board")
                .hasSize(1);
        boards.editing(board, "screen-1", BoardItemId.parse("opportunity/main"));
        assertThat(heard).hasSize(2);
        assertThat(heard.getLast().content())
                .as("presence is sent without re-reading the board")
                .isSameAs(first.content());
        assertThat(heard.getLast().presence())
                .extracting(BoardSnapshot.Presence::editingItem)
                .containsExactly(BoardItemId.parse("opportunity/main"));
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(5));
        assertThat(heard).as("the board shows the table's clock").hasSize(3);
        assertThat(heard.getLast().clock().state()).isEqualTo(ExerciseClock.State.RUNNING);
        assertThat(heard.getLast().locked()).isFalse();
        assertThat(heard.getLast().content())
                .as("a clock change re-reads nothing")
                .isSameAs(first.content());
        steering.endClock(workshop, Set.of());
        assertThat(heard).hasSize(4);
        assertThat(heard.getLast().locked()).isTrue();
        stop.run();
    }

    @Test
    void anotherTableCannotWriteOnThisBoard() {
        assertThatThrownBy(() -> boards.edit(other, board, BoardItemId.parse("opportunity/main"), "customer", "x", 0))
                .hasMessage("notYourBoard");
    }

    @Test
    void boardLocksAtTimeUpAndTheInstructorCanUnlockIt() {
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(25));
        clock.advance(Duration.ofMinutes(26));
        steering.expireDueClocks();
        assertThat(boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "customer", "late", 0))
                .isInstanceOf(BoardEdit.Locked.class);
        boards.setUnlocked(board, true);
        assertThat(boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "customer", "late but allowed", 0))
                .isInstanceOf(BoardEdit.Saved.class);
    }

    @Test
    void anEditBegunBeforeTheBellIsSavedWithinTheGraceAndCountsAsAfterTimeUp() {
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(25));
        clock.advance(Duration.ofMinutes(24));
        java.time.Instant begun = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        steering.expireDueClocks();
        clock.advance(Duration.ofSeconds(40));

        BoardEdit late = boards.edit(
                mei, board, BoardItemId.parse("opportunity/main"), "customer", "Homebody, typed at the bell", 0, begun);

        assertThat(late).isInstanceOf(BoardEdit.SavedLate.class);
        assertThat(((BoardEdit.SavedLate) late).lockedAt())
                .isEqualTo(workshops.timeUp(tableOf(mei), "ex2").orElseThrow());
        assertThat(boards.boardOf(hao).orElseThrow().content().text("opportunity/main", "customer"))
                .as("the teammate has it")
                .isEqualTo("Homebody, typed at the bell");
        assertThat(boards.edit(
                        mei,
                        board,
                        BoardItemId.parse("opportunity/main"),
                        "customer",
                        "Homebody, typed at the bell",
                        1,
                        begun))
                .as("the same text sent again as the writer leaves the field")
                .isEqualTo(new BoardEdit.SavedLate(1, ((BoardEdit.SavedLate) late).lockedAt()));
        assertThat(boards.atTimeUp(tableOf(mei), "ex2").since())
                .as("the scorer sees it once, as made after time-up")
                .extracting(BoardHistory.Change::field)
                .containsExactly("customer");
    }

    @Test
    void afterTheGraceOrBegunAfterTheBellAnEditIsRefusedAndNothingIsStored() {
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(25));
        java.time.Instant begun = clock.instant();
        clock.advance(Duration.ofMinutes(26));
        steering.expireDueClocks();
        assertThat(boards.edit(
                        mei,
                        board,
                        BoardItemId.parse("opportunity/main"),
                        "customer",
                        "begun after",
                        0,
                        clock.instant()))
                .isInstanceOf(BoardEdit.Locked.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(boards.edit(
                        mei, board, BoardItemId.parse("opportunity/main"), "customer", "much too late", 0, begun))
                .isInstanceOf(BoardEdit.Locked.class);
        assertThat(boards.boardOf(hao).orElseThrow().content().filled("opportunity/main", "customer"))
                .isFalse();
    }

    @Test
    void anEditBegunBeforeTheInstructorLocksTheBoardAgainIsSavedLate() {
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(25));
        clock.advance(Duration.ofMinutes(26));
        steering.expireDueClocks();
        boards.setUnlocked(board, true);
        clock.advance(Duration.ofMinutes(5));
        java.time.Instant begun = clock.instant();
        clock.advance(Duration.ofSeconds(10));
        boards.setUnlocked(board, false);
        clock.advance(Duration.ofSeconds(20));
        assertThat(boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "customer", "finishing up", 0, begun))
                .isInstanceOf(BoardEdit.SavedLate.class);
    }

    @Test
    void theInstructorSeesTheBoardAsItStoodAtTimeUpAndWhatChangedAfter() {
        BoardService.AtTimeUp before = boards.atTimeUp(tableOf(mei), "ex2");
        assertThat(before.timeUp()).isNull();
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "customer", "on time", 0);
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(25));
        clock.advance(Duration.ofMinutes(26));
        steering.expireDueClocks();
        clock.advance(Duration.ofMinutes(1));
        boards.setUnlocked(board, true);
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "customer", "after time", 1);
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "salesperson", "Mei", 0);

        BoardService.AtTimeUp scored = boards.atTimeUp(tableOf(mei), "ex2");

        assertThat(scored.timeUp())
                .isEqualTo(
                        workshops.snapshot(workshop).tables().getFirst().clock().endedAt());
        assertThat(scored.then().content().text("opportunity/main", "customer")).isEqualTo("on time");
        assertThat(scored.then().content().filled("opportunity/main", "salesperson"))
                .isFalse();
        assertThat(scored.now().content().text("opportunity/main", "customer")).isEqualTo("after time");
        assertThat(scored.since()).extracting(BoardHistory.Change::field).containsExactly("customer", "salesperson");
    }

    private org.ssmclassroom.base.TableId tableOf(DeviceToken device) {
        return boards.boardOf(device).orElseThrow().table();
    }

    @Test
    void undoRevertsOnlyMyOwnLastChange() {
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "salesperson", "Mei", 0);
        boards.edit(hao, board, BoardItemId.parse("opportunity/main"), "competitors", "Oracle", 0);
        assertThat(boards.undoMyLastChange(mei, board)).isTrue();
        BoardContent content = boards.boardOf(mei).orElseThrow().content();
        assertThat(content.text("opportunity/main", "salesperson")).isEmpty();
        assertThat(content.text("opportunity/main", "competitors")).isEqualTo("Oracle");
    }

    @Test
    void negotiationBoardStartsWithTheIssuesTheCaseNames() {
        steering.openExercise(workshop, "ex10", Set.of());
        BoardSnapshot negotiation = boards.boardOf(mei).orElseThrow();
        assertThat(negotiation.content().itemsOf("issues"))
                .extracting(i -> negotiation.content().text(i.id(), "issue"))
                .containsExactly(
                        "Issue A: price too high compared with the competitors",
                        "Issue B: John Huggett must take part in the CRM conversion consulting project",
                        "Issue C: Homebody's lawyers want us to guarantee the software's performance");
        assertThat(boards.boardOf(hao).orElseThrow().content().itemsOf("issues"))
                .hasSize(3);
    }

    @Test
    void everyChangeIsFollowedLiveAndCarriedForward() {
        java.util.List<BoardSnapshot> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        steering.openExercise(workshop, "ex4", Set.of());
        BoardId initiatives = boards.boardOf(mei).orElseThrow().boardId();
        boards.follow(initiatives, "test", "Observer", seen::add);
        seen.clear();
        boards.edit(mei, initiatives, BoardItemId.parse("alignment/main"), "quadrant", "laggard", 0);
        assertThat(seen).isNotEmpty();
        BoardSnapshot carried =
                boards.boardFor(workshops.snapshot(workshop).tables().getFirst().id(), "ex5");
        assertThat(carried.carried()).extracting(c -> c.section().id()).containsExactly("opportunity", "pain-chain");
    }
}
