package org.ssmclassroom.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

@AppTest
class ScoringServiceTest {

    @Autowired
    ScoringService scoring;

    @Autowired
    LeaderboardService leaderboards;

    @Autowired
    CoverageService keyPoints;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    @Autowired
    ScoringRepository repository;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private WorkshopId workshop;
    private TableId one;
    private TableId two;
    private final DeviceToken mei = DeviceToken.random();
    private final DeviceToken li = DeviceToken.random();

    @BeforeEach
    void twoTablesOnExerciseTwo() {
        Instructor.signIn();
        workshop = Workshops.homebody(workshops, 2);
        Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
        Workshops.join(workshops, trainees, workshop, li, "Li", 1);
        steering.openExercise(workshop, "ex2", Set.of());
        one = workshops.snapshot(workshop).tables().get(0).id();
        two = workshops.snapshot(workshop).tables().get(1).id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMarkIsSavedAsItIsMadeAndAStaleOneFromASecondDeviceIsNotWrittenOverIt() {
        MarkResult first = scoring.mark(one, "ex2", "complete", 2, "amount missing", 0);
        assertThat(first).isInstanceOf(MarkResult.Saved.class);
        assertThat(scoring.mark(one, "ex2", "complete", 4, "all there", 1)).isInstanceOf(MarkResult.Saved.class);

        MarkResult stale = scoring.mark(one, "ex2", "complete", 1, "from the laptop", 1);

        assertThat(stale).isInstanceOf(MarkResult.Conflict.class);
        assertThat(((MarkResult.Conflict) stale).current().comment()).isEqualTo("all there");
        ScoreSheet.Mark stored = scoring.sheet(one, "ex2").markOf("complete", AppTest.INSTRUCTOR);
        assertThat(stored.points()).isEqualTo(4);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void aStructuralKeyPointIsSuggestedWhereTheBoardsCheckPassesWhateverTheWords() {
        steering.openExercise(workshop, "ex4", Set.of());
        BoardId board = boards.boardOf(mei).orElseThrow().boardId();
        BoardItemId initiative = boards.addItem(mei, board, "initiatives");
        boards.edit(mei, board, initiative, "action", "上线新的排产系统", 0);
        boards.edit(mei, board, initiative, "result", "准时交货率提高到98%", 0);
        for (String[] link : new String[][] {
            {"总经理", "利润下降", "交货延误"},
            {"运营总监", "交货延误", "排产靠手工"},
            {"计划经理", "排产靠手工", "没有系统"},
            {"IT经理", "没有系统", "预算不足"}
        }) {
            BoardItemId item = boards.addItem(mei, board, "pain-chain");
            boards.edit(mei, board, item, "title", link[0], 0);
            boards.edit(mei, board, item, "pain", link[1], 0);
            boards.edit(mei, board, item, "reason1", link[2], 0);
        }

        Coverage coverage = keyPoints.coverage(workshop, "ex4");

        assertThat(coverage.cell(one, "two-part").state()).isEqualTo(Coverage.State.SUGGESTED);
        assertThat(coverage.cell(one, "chain-links").state()).isEqualTo(Coverage.State.SUGGESTED);
        assertThat(coverage.cell(one, "quadrant").state())
                .as("no quadrant placed: nothing to suggest")
                .isEqualTo(Coverage.State.UNMARKED);
        assertThat(coverage.cell(two, "two-part").state()).isEqualTo(Coverage.State.UNMARKED);
    }

    @Test
    void onlyTheCriterionsLevelsAndAShortEnoughCommentAreTaken() {
        assertThatThrownBy(() -> scoring.mark(one, "ex2", "complete", 3, "", 0))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("notALevel");
        assertThatThrownBy(() -> scoring.mark(one, "ex2", "complete", 4, "x".repeat(2001), 0))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("tooLong");
        assertThatThrownBy(() -> scoring.mark(one, "ex2", "made-up", 4, "", 0)).isInstanceOf(ActionRefused.class);
        assertThat(scoring.sheet(one, "ex2").marks()).isEmpty();
    }

    @Test
    void twoInstructorsKeepTheirOwnMarksAndAReleaseWaitsUntilTheyAgree() {
        scoring.mark(one, "ex2", "complete", 4, "complete", 0);
        Instructor.signInAs("kim");
        scoring.mark(one, "ex2", "complete", 2, "no date", 0);

        ScoreSheet sheet = scoring.sheet(one, "ex2");
        assertThat(sheet.scorers()).containsExactly("kim", AppTest.INSTRUCTOR);
        assertThat(sheet.disputed()).isTrue();
        assertThatThrownBy(() -> scoring.release(workshop, "ex2"))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("scoresDisputed")
                .hasMessageContaining("Table 1");

        scoring.mark(one, "ex2", "complete", 4, "no date, but it is there", 1);
        scoring.release(workshop, "ex2");
        assertThat(scoring.released(workshop)).containsExactly("ex2");
    }

    @Test
    void theLeadAgreesWhereInstructorsDifferAndTheTableSeesTheAgreedLevel() {
        scoring.mark(one, "ex2", "complete", 4, "complete", 0);
        Instructor.signInAs("kim");
        scoring.mark(one, "ex2", "complete", 2, "no date", 0);
        assertThatThrownBy(() -> scoring.agree(one, "ex2", "complete", 2, "kim is right"))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);

        Instructor.signIn();
        scoring.agree(one, "ex2", "complete", 2, "The date is missing.");
        scoring.release(workshop, "ex2");

        assertThat(scoring.resultsFor(mei).getFirst().outcome("complete"))
                .isEqualTo(new ScoreSheet.Outcome.Scored(2, List.of("The date is missing.")));
        assertThatThrownBy(() -> scoring.agree(one, "ex2", "complete", 3, ""))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("notALevel");
    }

    @Test
    void evidenceIsAnEntryOfTheTablesBoard() {
        BoardId board = boards.boardOf(mei).orElseThrow().boardId();
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "salesperson", "Zhang", 0);
        String entry = "opportunity/main";

        scoring.pin(one, "ex2", "complete", entry, true);
        assertThat(scoring.sheet(one, "ex2")
                        .markOf("complete", AppTest.INSTRUCTOR)
                        .evidence())
                .containsExactly(entry);
        assertThatThrownBy(() -> scoring.pin(one, "ex2", "complete", "opportunity/nothing", true))
                .isInstanceOf(ActionRefused.class);

        scoring.pin(one, "ex2", "complete", entry, false);
        assertThat(scoring.sheet(one, "ex2")
                        .markOf("complete", AppTest.INSTRUCTOR)
                        .evidence())
                .isEmpty();
    }

    @Test
    void aReleasedExerciseShowsEachTableItsOwnResultsAndAWithdrawnOneNothing() {
        scoring.mark(one, "ex2", "complete", 4, "clear record", 0);
        scoring.mark(two, "ex2", "complete", 1, "no amount", 0);
        assertThat(scoring.resultsFor(mei)).isEmpty();

        scoring.release(workshop, "ex2");

        List<ScoreSheet> mine = scoring.resultsFor(mei);
        assertThat(mine).singleElement().satisfies(sheet -> {
            assertThat(sheet.table()).isEqualTo(one);
            assertThat(sheet.outcome("complete")).isEqualTo(new ScoreSheet.Outcome.Scored(4, List.of("clear record")));
        });
        assertThat(scoring.resultsFor(li).getFirst().table()).isEqualTo(two);
        assertThat(scoring.resultsFor(DeviceToken.random())).isEmpty();

        scoring.withdraw(workshop, "ex2");
        assertThat(scoring.resultsFor(mei)).isEmpty();
    }

    @Test
    void theLeaderboardCountsReleasedScoresOnlyAndShowsTiesAsTies() {
        scoring.mark(one, "ex2", "complete", 4, "", 0);
        scoring.mark(two, "ex2", "criteria", 4, "", 0);
        scoring.mark(two, "ex3", "direction", 3, "", 0);
        assertThat(leaderboards.leaderboard(workshop, null).rows())
                .allMatch(row -> row.total() == 0 && row.rank() == 1);

        scoring.release(workshop, "ex2");

        Leaderboard board = leaderboards.leaderboard(workshop, null);
        assertThat(board.exercises()).containsExactly("ex2");
        assertThat(board.rows()).extracting(Leaderboard.Row::total).containsExactly(4, 4);
        assertThat(board.rows()).extracting(Leaderboard.Row::rank).containsExactly(1, 1);
    }

    @Test
    void screensFollowingTheWorkshopHearOfEveryChange() {
        List<ScoringService.Change> heard = new CopyOnWriteArrayList<>();
        Runnable stop = scoring.follow(workshop, heard::add);
        scoring.mark(one, "ex2", "complete", 4, "", 0);
        leaderboards.showLeaderboard(workshop, true);
        stop.run();
        scoring.release(workshop, "ex2");

        assertThat(heard).hasSize(2);
        assertThat(heard.getFirst().table()).isEqualTo(one);
        assertThat(leaderboards.leaderboardShown(workshop)).isTrue();
    }

    @Test
    void nobodyButAnInstructorScores() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> scoring.mark(one, "ex2", "complete", 4, "", 0))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> scoring.release(workshop, "ex2"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> leaderboards.leaderboard(workshop, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aSecondReleaseOrWithdrawalChangesNothingAndSaysSo() {
        assertThat(scoring.release(workshop, "ex2")).isTrue();
        assertThat(scoring.release(workshop, "ex2")).isFalse();
        assertThat(scoring.released(workshop)).containsExactly("ex2");

        assertThat(scoring.withdraw(workshop, "ex2")).isTrue();
        assertThat(scoring.withdraw(workshop, "ex2")).isFalse();
        assertThat(scoring.released(workshop)).isEmpty();
    }

    /** Two nodes share no lock: only the statement keeps two releases at the same moment from clashing. */
    @Test
    void twoReleasesWrittenAtTheSameMomentNeverClashOnTheKey() throws Exception {
        int rounds = 50;
        List<String> errors = new CopyOnWriteArrayList<>();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        for (int round = 0; round < rounds; round++) {
            String exercise = "ex" + round;
            List<Thread> nodes = new java.util.ArrayList<>();
            for (String who : List.of("lee", "kim")) {
                nodes.add(Thread.ofPlatform().start(() -> {
                    try {
                        together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        transactions.executeWithoutResult(
                                s -> repository.release(workshop, exercise, who, java.time.Instant.now()));
                    } catch (Exception e) {
                        errors.add(exercise + ": " + e);
                    }
                }));
            }
            for (Thread node : nodes) {
                node.join();
            }
        }

        assertThat(errors).as("%d of %d rounds failed", errors.size(), rounds).isEmpty();
        assertThat(repository.released(workshop)).hasSize(rounds);
    }
}
