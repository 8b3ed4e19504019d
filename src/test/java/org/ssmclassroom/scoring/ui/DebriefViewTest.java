package org.ssmclassroom.scoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashSet;
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
import org.ssmclassroom.scoring.Coverage;
import org.ssmclassroom.scoring.CoverageService;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.Workshops;

class DebriefViewTest extends KaribuTest {

    private static final String OWNER = "Owned by Sarah Updown, VP Sales and Marketing; no action plan yet";

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    ScoringService scoring;

    @Autowired
    CoverageService keyPoints;

    @Autowired
    BoardService boards;

    private WorkshopId workshop;
    private TableId one;
    private final DeviceToken mei = DeviceToken.random();

    @BeforeEach
    void fiveTables() {
        signInAsInstructor();
        workshop = Workshops.homebody(workshops, 5);
        Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
        one = workshops.snapshot(workshop).tables().get(0).id();
    }

    private void debrief(String exercise) {
        steering.openExercise(workshop, exercise, Set.of());
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/debrief/" + exercise);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theDebriefOfTablesThatNeverOpenedTheBoardShowsThemEmptyAndMakesNoBoard() {
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
        int before = jdbc.sql("SELECT COUNT(*) FROM board").query(Integer.class).single();
        debrief("ex10");
        assertThat(_find(Div.class, spec -> spec.withClasses("debrief-column"))).hasSize(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM board").query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void theCasesPainChainIsDrawnAsTheModelBoardOfExerciseFourAndAModelDocumentIsShownInFull() {
        debrief("ex4");
        Div model = _find(Div.class, spec -> spec.withClasses("debrief-model")).getFirst();
        assertThat(_find(model, TextArea.class, spec -> spec.withLabel("Pain")))
                .extracting(TextArea::getValue)
                .hasSizeGreaterThanOrEqualTo(4)
                .contains("Share price keeps falling");

        debrief("ex6");
        Div six = _find(Div.class, spec -> spec.withClasses("debrief-model")).getFirst();
        assertThat(_find(six, com.vaadin.flow.component.details.Details.class))
                .singleElement()
                .satisfies(details -> {
                    assertThat(details.getSummaryText()).isEqualTo("Homebody pain-diagnosis prompt");
                    assertThat(details.getElement().getTextRecursively()).contains("market share shrinking day by day");
                });
    }

    @Test
    void everyBoardSectionOnTheDebriefHasALandmarkNameOfItsOwn() {
        debrief("ex10");
        java.util.List<String> regions = org.ssmclassroom.testing.AccessibleNames.regionNames(UI.getCurrent());
        assertThat(regions).isNotEmpty().doesNotHaveDuplicates();
        assertThat(regions)
                .anyMatch(name -> name.startsWith("Table 1 · "))
                .anyMatch(name -> name.startsWith("Model answer · "));
    }

    @Test
    void twoToFourTablesSitBesideTheModelAnswerDrawnAsABoard() {
        debrief("ex10");
        assertThat(_find(Div.class, spec -> spec.withClasses("debrief-column")))
                .hasSize(3)
                .last()
                .satisfies(model -> {
                    assertThat(_find(model, H2.class).getFirst().getText()).isEqualTo("Model answer");
                    assertThat(_find(model, TextArea.class, spec -> spec.withLabel("Issue")))
                            .as("a read-only short text wraps, so a long issue title is whole")
                            .extracting(TextArea::getValue)
                            .contains("Issue A: price too high compared with the competitors");
                    assertThat(_find(model, TextArea.class, spec -> spec.withLabel("Our best alternative")))
                            .extracting(TextArea::getValue)
                            .containsExactly("Decline a loss-making deal and put the team on other opportunities");
                });

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<WorkshopTable> tables = _get(MultiSelectComboBox.class);
        _setValue(tables, new LinkedHashSet<>(workshops.snapshot(workshop).tables()));
        assertThat(tables.getValue()).hasSize(2);
        _setValue(
                tables,
                new LinkedHashSet<>(workshops.snapshot(workshop).tables().subList(0, 4)));
        assertThat(_find(Div.class, spec -> spec.withClasses("debrief-column"))).hasSize(5);
    }

    @Test
    void anAuthoredModelAnswerAndItsAuthoredKeyPointsCarryTheAuthoredMarkOnTheProjector() {
        debrief("ex5");
        Div model = _get(Div.class, spec -> spec.withClasses("debrief-model"));
        H2 heading = _get(model, H2.class, spec -> spec.withText("Model answer"));
        assertThat(_find(heading, Span.class, spec -> spec.withClasses("origin-mark")))
                .extracting(Span::getText)
                .containsExactly("Authored");
        assertThat(_find(
                        model,
                        ListItem.class,
                        spec -> spec.withText("The final approver and the decision makers are found")))
                .singleElement()
                .satisfies(point -> assertThat(_find(point, Span.class, spec -> spec.withText("Authored")))
                        .hasSize(1));

        debrief("ex4");
        Div four = _get(Div.class, spec -> spec.withClasses("debrief-model"));
        assertThat(_find(_get(four, H2.class, spec -> spec.withText("Model answer")), Span.class))
                .as("the deck's pain chain is not marked")
                .isEmpty();
        assertThat(_find(four, TextArea.class, spec -> spec.withLabel("Title")))
                .extracting(TextArea::getValue)
                .startsWith("CEO", "CFO", "COO");
        assertThat(_find(four, TextArea.class, spec -> spec.withLabel("Name")))
                .extracting(TextArea::getValue)
                .allMatch(String::isEmpty);
    }

    @Test
    void theModelPainChainKeepsEveryReasonAndLinkOfTheDeckBeyondTheBoardsTwoReasonSlots() {
        debrief("ex4");
        String chain = _get(Div.class, spec -> spec.withClasses("debrief-model"))
                .getElement()
                .getTextRecursively();

        assertThat(chain)
                .contains("Customer service quality falling → VP Customer Service")
                .contains("Longer new-product development cycle → VP Manufacturing")
                .contains("Manufactured products do not match the design")
                .contains("Parts out of stock when needed");
    }

    @Test
    void theModelProposalShowsItsSumsWithTheirCurrency() {
        debrief("ex9");
        Div model = _get(Div.class, spec -> spec.withClasses("debrief-model"));
        assertThat(_find(model, TextArea.class))
                .extracting(TextArea::getLabel, TextArea::getValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Hardware investment", "$600,000"),
                        org.assertj.core.groups.Tuple.tuple("Services investment", "$2,000,000"));
    }

    @Test
    void theModelOrgMapIsDrawnAsAMapWithEachPersonsFacts() {
        debrief("ex5");
        Div model = _get(Div.class, spec -> spec.withClasses("debrief-model"));
        assertThat(_find(model, com.vaadin.flow.component.html.ListItem.class))
                .extracting(item -> item.getElement().getAttribute("aria-label"))
                .anyMatch(label -> label != null && label.startsWith("Yoshi Goto, D ") && label.contains("Supporter"))
                .anyMatch(label -> label != null && label.startsWith("Sarah Updown, U "));
    }

    @Test
    void theBoardsSuggestWhoCoveredAKeyPointAndTheInstructorConfirmsAndPinsIt() {
        steering.openExercise(workshop, "ex3", Set.of());
        BoardId board = boards.boardOf(mei).orElseThrow().boardId();
        BoardItemId entry = boards.addItem(mei, board, "initiatives");
        boards.edit(
                mei,
                board,
                entry,
                "initiative",
                "Sarah Updown, VP Sales and Marketing, owns it; no action plan yet",
                0);
        debrief("ex3");

        Button cell = _get(
                Button.class,
                spec -> spec.withAttribute("aria-label", "Table 1, " + OWNER + ": the board suggests it is covered"));
        assertThat(cell.getText()).isEqualTo("?");
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Table 2, " + OWNER + ": not marked")))
                .hasSize(1);

        _click(cell);
        @SuppressWarnings("unchecked")
        Select<Method.Criterion> pin = _get(Select.class, spec -> spec.withLabel("Pin the entry as evidence for"));
        _setValue(
                pin,
                pin.getListDataView()
                        .getItems()
                        .filter(c -> c.id().equals("initiatives"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Covered")));
        roundtrip();

        assertThat(keyPoints.coverage(workshop, "ex3").cell(one, "owner-sarah").state())
                .isEqualTo(Coverage.State.COVERED);
        assertThat(scoring.sheet(one, "ex3")
                        .markOf("initiatives", AppTest.INSTRUCTOR)
                        .evidence())
                .containsExactly(entry.toString());
        assertThat(_find(NativeTableCell.class))
                .extracting(NativeTableCell::getText)
                .contains("1 of 5");
    }
}
