package org.ssmclassroom.scoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.LeaderboardService;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.TabletTabs;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

class ScoringViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    ScoringService scoring;

    @Autowired
    LeaderboardService leaderboards;

    @Autowired
    BoardService boards;

    @Autowired
    org.ssmclassroom.testing.TestClock clock;

    private WorkshopId workshop;
    private TableId one;
    private TableId two;
    private final DeviceToken mei = DeviceToken.random();
    private final DeviceToken li = DeviceToken.random();

    @BeforeEach
    void twoTablesWorkOnTheirOpportunity() {
        signInAsInstructor();
        workshop = Workshops.homebody(workshops, 2);
        Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
        Workshops.join(workshops, trainees, workshop, li, "Li", 1);
        steering.openExercise(workshop, "ex2", Set.of());
        one = workshops.snapshot(workshop).tables().get(0).id();
        two = workshops.snapshot(workshop).tables().get(1).id();
        BoardId board = boards.boardOf(mei).orElseThrow().boardId();
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "salesperson", "Zhang Wei", 0);
    }

    private void score(TableId table) {
        UI.getCurrent()
                .navigate(
                        ScoringView.class,
                        new RouteParameters(Map.of(
                                "workshopId", String.valueOf(workshop.value()),
                                "tableId", String.valueOf(table.value()),
                                "exerciseId", "ex2")));
    }

    private static CriterionCard card(String criterion) {
        return _get(CriterionCard.class, spec -> spec.withAttribute("aria-label", criterion));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> level(String criterion) {
        return _get(card(criterion), RadioButtonGroup.class);
    }

    @Test
    void theBoardSitsBesideTheRubricAndEveryTapIsSavedAsItIsMade() {
        score(one);
        assertThat(_get(H1.class).getText()).isEqualTo("Scoring Table 1 · Team exercise 2");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Customer description (pseudonyms)"))
                        .isReadOnly())
                .isTrue();

        RadioButtonGroup<Integer> complete = level("Complete record (pseudonyms, amount, date)");
        assertThat(complete.getListDataView().getItems()).containsExactly(0, 1, 2, 4);
        assertThat(complete.getItemLabelGenerator().apply(2)).isEqualTo("2 — Complete but thin, or real names used");
        _setValue(complete, 2);
        _setValue(_get(card("Complete record (pseudonyms, amount, date)"), TextArea.class), "No amount yet");

        ScoreSheet.Mark stored = scoring.sheet(one, "ex2").markOf("complete", AppTest.INSTRUCTOR);
        assertThat(stored.points()).isEqualTo(2);
        assertThat(stored.comment()).isEqualTo("No amount yet");
        assertThat(_get(Span.class, spec -> spec.withClasses("scoring-summary")).getText())
                .isEqualTo("1 of 3 criteria scored · 2 of 10 points");
    }

    @Test
    void theBoardIsScoredAsItStoodAtTimeUpWithWhatChangedAfterATapAway() {
        score(one);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("time-up-marker"))
                        .getText())
                .isEqualTo("Time is not up yet: this is the board now, live.");
        steering.startClock(workshop, Set.of(), java.time.Duration.ofMinutes(25));
        clock.advance(java.time.Duration.ofMinutes(26));
        steering.expireDueClocks();
        BoardId board = boards.boardOf(mei).orElseThrow().boardId();
        boards.setUnlocked(board, true);
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "salesperson", "Zhang Wei (late)", 1);

        score(one);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("time-up-marker"))
                        .getText())
                .startsWith("As it stood at time-up, ")
                .endsWith(" · changes since: 1");
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("Salesperson"))
                        .getValue())
                .isEqualTo("Zhang Wei");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class))
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .anyMatch(text -> text.startsWith("Mei changed \"Salesperson\" at "));
        _click(_get(Button.class, spec -> spec.withText("Show the board now")));
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("Salesperson"))
                        .getValue())
                .isEqualTo("Zhang Wei (late)");
    }

    @Test
    void anEntryOfTheJudgedSectionsIsPinnedAsEvidenceAndUnpinned() {
        score(one);
        @SuppressWarnings("unchecked")
        Select<BoardEntries.Entry> pin = _find(Select.class, spec -> spec.withLabel("Pin an entry as evidence"))
                .getFirst();
        assertThat(pin.getListDataView().getItems())
                .extracting(BoardEntries.Entry::label)
                .containsExactly("The team's opportunity: Zhang Wei");
        _setValue(pin, pin.getListDataView().getItem(0));

        assertThat(scoring.sheet(one, "ex2")
                        .markOf("complete", AppTest.INSTRUCTOR)
                        .evidence())
                .containsExactly("opportunity/main");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Unpin The team's opportunity: Zhang Wei")));
        assertThat(scoring.sheet(one, "ex2")
                        .markOf("complete", AppTest.INSTRUCTOR)
                        .evidence())
                .isEmpty();
    }

    @Test
    void aMarkChangedOnAnotherDeviceIsShownInsteadOfBeingOverwritten() {
        score(one);
        RadioButtonGroup<Integer> complete = level("Complete record (pseudonyms, amount, date)");
        _setValue(complete, 2);
        // The instructor's tablet changes the same mark; this laptop still shows version 1 until it hears.
        scoring.mark(one, "ex2", "complete", 4, "all there after all", 1);
        _setValue(complete, 1);

        assertThat(scoring.sheet(one, "ex2")
                        .markOf("complete", AppTest.INSTRUCTOR)
                        .points())
                .isEqualTo(4);
        assertThat(complete.getValue()).isEqualTo(4);
        assertThat(_find(Span.class, spec -> spec.withClasses("criterion-state")))
                .extracting(Span::getText)
                .contains("You changed this mark on another device; it now shows that change.");
    }

    @Test
    void aCoInstructorsMarkShowsAndADifferenceSaysSo() {
        score(one);
        asCoInstructor(() -> scoring.mark(one, "ex2", "criteria", 1, "only two criteria", 0));
        roundtrip();
        _setValue(level("Meets the four suggested criteria"), 4);

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("criterion-disputed")))
                .hasSize(1);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("kim gave 1: only two criteria");
    }

    @Test
    void nextTableGoesOnAndTheOverviewReleasesToTheTablets() {
        score(one);
        _setValue(level("Complete record (pseudonyms, amount, date)"), 4);
        _click(_get(Button.class, spec -> spec.withText("Next: Table 2")));
        assertThat(_get(H1.class).getText()).startsWith("Scoring Table 2");
        _setValue(level("Complete record (pseudonyms, amount, date)"), 4);

        UI.getCurrent().navigate("workshops/" + workshop.value() + "/scores/ex2");
        assertThat(_find(Span.class, spec -> spec.withClasses("badge-score-incomplete")))
                .hasSize(2);
        _click(_get(Button.class, spec -> spec.withText("Release to the tables")));

        assertThat(scoring.resultsFor(mei))
                .singleElement()
                .extracting(ScoreSheet::table)
                .isEqualTo(one);
        assertThat(_get(Button.class, spec -> spec.withText("Take the release back")))
                .isNotNull();
        assertThat(_find(NativeTableCell.class))
                .extracting(NativeTableCell::getText)
                .contains("=1", "Table 1", "4");
    }

    @Test
    void aTabletShowsItsOwnTablesReleasedResultsAndTheProjectorTheLeaderboardWhenShown() {
        asInstructor(() -> {
            scoring.mark(one, "ex2", "complete", 4, "clear record", 0);
            scoring.mark(two, "ex2", "complete", 1, "no amount", 0);
            scoring.release(workshop, "ex2");
        });
        onTablet(mei);
        TabletTabs.open("News");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("results-points")))
                .extracting(Paragraph::getText)
                .contains("4 of 4 points — Complete, pseudonymous, clearly described");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Comment: clear record")
                .doesNotContain("Comment: no amount");

        UI.getCurrent().navigate("workshops/" + workshop.value() + "/projector");
        assertThat(_find(NativeTableCell.class)).isEmpty();
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/scores/ex2");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show the leaderboard on the projector")), true);
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/projector");
        assertThat(_find(NativeTableCell.class))
                .extracting(NativeTableCell::getText)
                .containsSubsequence("1", "Table 1", "4", "4");
    }

    @Test
    void theInstructorRanksTheProjectorsLeaderboardByOneExerciseOrTheTotal() {
        asInstructor(() -> {
            scoring.mark(one, "ex2", "complete", 4, "", 0);
            scoring.mark(two, "ex2", "complete", 1, "", 0);
            scoring.mark(one, "ex4", "chain", 0, "", 0);
            scoring.mark(two, "ex4", "chain", 4, "", 0);
            scoring.release(workshop, "ex2");
            scoring.release(workshop, "ex4");
            leaderboards.showLeaderboard(workshop, true);
        });
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/scores/ex4");
        assertThat(firstRankedTable()).isEqualTo("Table 2");

        @SuppressWarnings("unchecked")
        Select<Method.Exercise> rankBy = _get(Select.class, spec -> spec.withLabel("Rank by"));
        _setValue(
                rankBy,
                workshops.snapshot(workshop).pack().method().exercise("ex2").orElseThrow());
        assertThat(firstRankedTable()).isEqualTo("Table 1");

        UI.getCurrent().navigate("workshops/" + workshop.value() + "/projector");
        assertThat(firstRankedTable()).isEqualTo("Table 1");
        assertThat(_get(
                                com.vaadin.flow.component.html.NativeTableHeaderCell.class,
                                spec -> spec.withClasses("ranked-by"))
                        .getText())
                .startsWith("Team exercise 2");
    }

    @Test
    void movingToAnotherExerciseAndReleasingReleasesOnce() {
        asInstructor(() -> scoring.mark(one, "ex2", "complete", 4, "", 0));
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/scores/ex4");
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/scores/ex2");

        _click(_get(Button.class, spec -> spec.withText("Release to the tables")));

        assertThat(scoring.released(workshop)).containsExactly("ex2");
    }

    private static String firstRankedTable() {
        return _find(com.vaadin.flow.component.html.NativeTableRow.class).stream()
                .map(row -> _find(row, NativeTableCell.class))
                .filter(cells -> cells.size() > 1)
                .findFirst()
                .orElseThrow()
                .get(1)
                .getText();
    }

    @Test
    void theConsoleShowsWhichTablesAreScoredForTheOpenExercise() {
        asInstructor(() -> {
            scoring.mark(one, "ex2", "complete", 4, "", 0);
            scoring.mark(one, "ex2", "criteria", 4, "", 0);
            scoring.mark(one, "ex2", "usable", 2, "", 0);
        });
        UI.getCurrent().navigate("workshops/" + workshop.value());
        assertThat(_find(Anchor.class, spec -> spec.withClasses("progress-chip")))
                .extracting(Anchor::getText)
                .containsExactly("Table 1: 3/3", "Table 2: 0/3");
        assertThat(_get(Anchor.class, spec -> spec.withAttribute("aria-label", "Table 2: 0/3 · score Table 2"))
                        .getHref())
                .isEqualTo("workshops/" + workshop.value() + "/score/" + two.value() + "/ex2");
    }

    private static void asCoInstructor(Runnable action) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        org.ssmclassroom.testing.Instructor.signInAs("kim");
        try {
            action.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(previous);
        }
    }
}
