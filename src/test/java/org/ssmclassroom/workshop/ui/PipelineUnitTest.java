package org.ssmclassroom.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.TabletTabs;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/** The close of the course: the pipeline unit on the table's own opportunity, and unit 7's reference case. */
class PipelineUnitTest extends KaribuTest {

    private static final String CUSTOMER = "A hospital group in Suzhou";

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    @Autowired
    ScoringService scoring;

    private final DeviceToken mei = DeviceToken.random();
    private WorkshopId workshop;
    private TableId one;

    @BeforeEach
    void meisTableChoseItsOpportunityInExerciseTwo() {
        asInstructor(() -> {
            workshop = Workshops.homebody(workshops, 2);
            Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
            steering.openExercise(workshop, "ex2", Set.of());
            one = workshops.snapshot(workshop).tables().getFirst().id();
        });
        BoardId ex2 = boards.boardOf(mei).orElseThrow().boardId();
        boards.edit(mei, ex2, BoardItemId.parse("opportunity/main"), "customer", CUSTOMER, 0);
    }

    private void open(String exercise) {
        asInstructor(() -> steering.openExercise(workshop, exercise, Set.of()));
    }

    private void onTablet() {
        onTablet(mei);
    }

    private static String text(String className) {
        return _find(Component.class, spec -> spec.withClasses(className)).stream()
                .map(c -> c.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
    }

    private static List<String> materials() {
        String tab = TabletTabs.labels().stream()
                .filter(label -> label.startsWith("Materials"))
                .findFirst()
                .orElseThrow();
        TabletTabs.open(tab);
        return _find(Component.class, spec -> spec.withClasses("reading-card")).stream()
                .map(c -> c.getElement().getAttribute("aria-label"))
                .toList();
    }

    /** What the table writes on the pipeline board, through the service. */
    private void fillThePipelineBoard() {
        BoardId board = boards.boardOf(mei).orElseThrow().boardId();
        BoardItemId place = BoardItemId.parse("place/main");
        boards.edit(mei, board, place, "stage", "stage-3", 0);
        boards.edit(mei, board, place, "milestone", "confirmed", 0);
        BoardItemId outcome = boards.addItem(mei, board, "outcomes");
        boards.edit(mei, board, outcome, "outcome", "d", 0);
        boards.edit(mei, board, outcome, "evidence", "The COO confirmed the need in writing", 0);
    }

    @Test
    void theTabletShowsTheUnitsQuestionsAndCardsAndTheBoardCarriesTheOpportunityAndIsFilledByTapping() {
        open("pipeline");
        onTablet();
        assertThat(_find(H2.class).getFirst().getText()).startsWith("Sales pipeline management");
        assertThat(text("tablet-exercise"))
                .contains("Sales pipeline management agenda: managing salespeople with SSM")
                .contains("faster sales, higher sales quality, more sales")
                .contains("Are the opportunities in the pipeline all real?")
                .contains("Advance the opportunity");
        assertThat(materials())
                .contains(
                        "SSM is changing how we sell",
                        "Integrating business partners into the company's marketing and sales process",
                        "Work with partners for business win-win",
                        "Develop new opportunities",
                        "Elements of the account plan");
        assertThat(text("concept-card")).contains("What we must do from now on", "Plan first, then act", "Set/Met");

        UI.getCurrent().navigate("board");
        assertThat(text("board-carried")).contains("Customer description (pseudonyms): " + CUSTOMER);

        @SuppressWarnings("unchecked")
        Select<String> stage = _get(Select.class, spec -> spec.withLabel("Sales process"));
        assertThat(stage.getItemLabelGenerator().apply("stage-3")).isEqualTo("SSM stage 3: Build the vision");
        _setValue(stage, "stage-3");
        Component pipeline = _get(Component.class, spec -> spec.withLabel("Pipeline"));
        _click(_find(pipeline, Button.class).stream()
                .filter(b -> b.getElement().getTextRecursively().equals("Confirmed"))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Add to Verifiable outcomes")));
        roundtrip();
        @SuppressWarnings("unchecked")
        Select<String> outcome = _get(Select.class, spec -> spec.withLabel("Verifiable outcome"));
        assertThat(outcome.getItemLabelGenerator().apply("d"))
                .startsWith("d Customer confirms its stated business need");
        _setValue(outcome, "d");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Evidence")), "The COO confirmed the need in writing");
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Are the opportunities in the pipeline all real?")),
                "This one is: budget approved");
        _click(_get(Button.class, spec -> spec.withText("Add to Advance the opportunity")));
        roundtrip();
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("What actions must I take to close the gap (GAP)?")),
                "Meet the CFO with the preliminary solution");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("By when")), LocalDate.of(2026, 12, 21));
        roundtrip();

        var content = boards.boardOf(mei).orElseThrow().content();
        assertThat(content.text("place/main", "stage")).isEqualTo("stage-3");
        assertThat(content.text("place/main", "milestone")).isEqualTo("confirmed");
        assertThat(content.itemsOf("outcomes")).hasSize(1);
        assertThat(content.itemsOf("actions")).hasSize(1);
        assertThat(_find(ListItem.class))
                .extracting(li -> li.getElement().getAttribute("aria-label"))
                .contains(
                        "Stage and milestone marked: done",
                        "Outcomes reached, with evidence: done",
                        "Next actions, each with a date: done",
                        "The pipeline questions answered: not yet");
    }

    @Test
    void theInstructorScoresThePipelineBoardByItsRubric() {
        open("pipeline");
        fillThePipelineBoard();
        signInAsInstructor();
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/score/" + one.value() + "/pipeline");

        assertThat(_get(H1.class).getText()).isEqualTo("Scoring Table 1 · Sales pipeline management");
        @SuppressWarnings("unchecked")
        Select<String> stage = _get(Select.class, spec -> spec.withLabel("Sales process"));
        assertThat(stage.getValue()).isEqualTo("stage-3");
        assertThat(stage.isReadOnly()).isTrue();
        Component criterion = _get(
                Component.class,
                spec -> spec.withAttribute(
                        "aria-label", "Stage, milestone and verifiable outcomes agree, with evidence"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> level = _get(criterion, RadioButtonGroup.class);
        assertThat(level.getListDataView().getItems()).containsExactly(0, 1, 2, 3);
        _setValue(level, 3);

        assertThat(scoring.sheet(one, "pipeline")
                        .markOf("placed", AppTest.INSTRUCTOR)
                        .points())
                .isEqualTo(3);
        assertThat(_get(Span.class, spec -> spec.withClasses("scoring-summary")).getText())
                .isEqualTo("1 of 4 criteria scored · 3 of 10 points");
    }

    @Test
    void theDebriefShowsEachTablesPipelineBoardAndTheKeyPointsItsBoardCovers() {
        open("pipeline");
        fillThePipelineBoard();
        signInAsInstructor();
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/debrief/pipeline");

        List<Div> columns = _find(Div.class, spec -> spec.withClasses("debrief-column"));
        assertThat(columns).hasSize(3);
        @SuppressWarnings("unchecked")
        Select<String> stage = _get(columns.getFirst(), Select.class, spec -> spec.withLabel("Sales process"));
        assertThat(stage.getValue()).isEqualTo("stage-3");
        assertThat(_find(columns.getLast(), ListItem.class))
                .extracting(ListItem::getText)
                .contains(
                        "Stage, milestone and verifiable outcomes agree with each other",
                        "Every next action has an owner and a date and aims at the next verifiable outcome");
        assertThat(_find(
                        Button.class,
                        spec -> spec.withAttribute(
                                "aria-label",
                                "Table 1, Stage, milestone and verifiable outcomes agree with each other: the board"
                                        + " suggests it is covered")))
                .hasSize(1);
    }

    @Test
    void theInstructorProjectsHowSsmIsChangingTheWayWeSell() {
        open("pipeline");
        signInAsInstructor();
        UI.getCurrent().navigate("workshops/" + workshop.value());
        _click(_get(Button.class, spec -> spec.withText("Project: SSM is changing how we sell")));
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/projector");
        assertThat(text("projector-card"))
                .contains("What many salespeople do today", "Assess opportunities by shared objective criteria");
    }

    @Test
    void unitSevensReferenceCaseIsTheDecksTemplateOnTheTablesOpportunityWithItsCards() {
        open("reference-case");
        onTablet();
        assertThat(text("tablet-exercise")).contains("Put this customer into the case-sharing system");
        assertThat(materials()).contains("Develop new opportunities", "Elements of the account plan");

        UI.getCurrent().navigate("board");
        assertThat(text("board-carried")).contains(CUSTOMER);
        for (String field : List.of(
                "Business situation",
                "Key business problem",
                "Reason for change",
                "Capability needs",
                "Solution we provided",
                "Implementation results")) {
            _get(TextArea.class, spec -> spec.withLabel(field));
        }
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Implementation results")), "Orders 30% faster");
        roundtrip();
        assertThat(boards.boardOf(mei).orElseThrow().content().text("case/main", "results"))
                .isEqualTo("Orders 30% faster");
    }
}
