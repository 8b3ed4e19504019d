package org.ssmclassroom.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AccessibleNames;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

class BoardViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    @Autowired
    org.ssmclassroom.testing.TestClock clock;

    private final DeviceToken mei = DeviceToken.random();
    private final DeviceToken hao = DeviceToken.random();
    private WorkshopId workshop;

    @BeforeEach
    void meiAndHaoAtOneTable() {
        asInstructor(() -> {
            workshop = Workshops.homebody(workshops, 2);
            Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
            Workshops.join(workshops, trainees, workshop, hao, "Hao", 0);
        });
        holdTablet(mei);
    }

    private void openBoard(String exercise) {
        asInstructor(() -> steering.openExercise(workshop, exercise, Set.of()));
        UI.getCurrent().navigate("board");
    }

    /** The instructor's live, read-only view of the first table's board. */
    private void openTableBoardAsInstructor() {
        signInAsInstructor();
        var table = workshops.snapshot(workshop).tables().getFirst().id();
        UI.getCurrent()
                .navigate(
                        TableBoardView.class,
                        new RouteParameters(Map.of(
                                "workshopId",
                                String.valueOf(workshop.value()),
                                "tableId",
                                String.valueOf(table.value()))));
    }

    private BoardId board() {
        return boards.boardOf(mei).orElseThrow().boardId();
    }

    @Test
    void traineeWritesAFieldAndItIsStored() {
        openBoard("ex2");
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Customer description (pseudonyms)")), "A hospital group");
        assertThat(boards.boardOf(hao).orElseThrow().content().text("opportunity/main", "customer"))
                .isEqualTo("A hospital group");
    }

    @Test
    void teammatesChangeAppearsOnMyTablet() {
        openBoard("ex2");
        boards.edit(hao, board(), BoardItemId.parse("opportunity/main"), "salesperson", "Hao Chen", 0);
        roundtrip();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Salesperson")).getValue())
                .isEqualTo("Hao Chen");
    }

    @Test
    void sameFieldChangedAtOnceShowsTheOtherTextToMerge() {
        openBoard("ex2");
        TextField offering = _get(TextField.class, spec -> spec.withLabel("Product or service"));
        ElementUtilsKt._fireDomEvent(
                offering.getElement(),
                new com.vaadin.flow.dom.DomEvent(
                        offering.getElement(),
                        "focusin",
                        tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
        boards.edit(hao, board(), BoardItemId.parse("opportunity/main"), "offering", "CRM consulting", 0);
        roundtrip();
        assertThat(offering.getValue()).isEmpty();
        _setValue(offering, "CRM software");
        Dialog conflict = _get(Dialog.class);
        assertThat(conflict.getHeaderTitle()).isEqualTo("Changed at the same time: Product or service");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Hao wrote: CRM consulting");
        assertThat(conflict.isCloseOnEsc())
                .as("Escape would drop my text unseen")
                .isFalse();
        assertThat(conflict.isCloseOnOutsideClick()).isFalse();
        _click(_get(Button.class, spec -> spec.withText("Save merged text")));
        assertThat(boards.boardOf(hao).orElseThrow().content().text("opportunity/main", "offering"))
                .isEqualTo("CRM consulting\nCRM software");
    }

    @Test
    void addedEntryAndComputedChecksShowOnTheBoard() {
        openBoard("ex1");
        _click(_get(Button.class, spec -> spec.withText("Add to Challenges we have met")));
        roundtrip();
        _get(Div.class, spec -> spec.withAttribute("aria-label", "Challenges we have met, entry 1"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Spokesperson")), "Mei");
        roundtrip();
        assertThat(_find(ListItem.class))
                .extracting(li -> li.getElement().getAttribute("aria-label"))
                .contains("Spokesperson chosen: done", "Three challenges agreed: not yet");
    }

    @Test
    void decisionWalkLeadsToARecommendedStrategy() {
        openBoard("ex8");
        for (String answer : new String[] {"Yes", "Yes", "No", "Yes"}) {
            _click(_get(Button.class, spec -> spec.withText(answer)));
            roundtrip();
        }
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("decision-outcome"))
                        .getText())
                .isEqualTo("Recommended strategy: Flanking attack");
    }

    /** A tap names the component it landed on: one redrawn meanwhile for a teammate's focus would lose it. */
    @Test
    void theWalksButtonsStayTheSameWhileATeammateMovesFromFieldToField() {
        openBoard("ex8");
        Button yes = _get(Button.class, spec -> spec.withText("Yes"));
        Runnable stop = boards.follow(board(), "hao-tablet", "Hao", snapshot -> {});
        try {
            boards.editing(board(), "hao-tablet", BoardItemId.parse("choice/main"));
            roundtrip();
            boards.editing(board(), "hao-tablet", BoardItemId.parse("walk/walk"));
            roundtrip();
            assertThat(_find(ListItem.class, spec -> spec.withClasses("presence-chip")))
                    .extracting(ListItem::getText)
                    .anyMatch(chip -> chip.startsWith("Hao · "));

            assertThat(yes.isAttached()).isTrue();
            _click(yes);
            roundtrip();
            assertThat(boards.boardOf(hao).orElseThrow().content().text("walk/walk", "f1"))
                    .isEqualTo("yes");
        } finally {
            stop.run();
        }
    }

    @Test
    void theWalksRecommendationFillsTheStrategyFieldInOneTapThatOneUndoTakesBack() {
        openBoard("ex8");
        for (String answer : new String[] {"Yes", "Yes", "No", "Yes"}) {
            _click(_get(Button.class, spec -> spec.withText(answer)));
            roundtrip();
        }

        _click(_get(Button.class, spec -> spec.withText("Use this strategy")));
        roundtrip();

        assertThat(boards.boardOf(hao).orElseThrow().content().text("choice/main", "strategy"))
                .isEqualTo("flanking");
        SegmentedChoice strategy = _get(SegmentedChoice.class, spec -> spec.withLabel("Strategy"));
        assertThat(strategy.getValue()).isEqualTo("flanking");
        assertThat(_find(Button.class, spec -> spec.withText("Use this strategy")))
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Undo my last change")));
        roundtrip();
        assertThat(boards.boardOf(hao).orElseThrow().content().text("choice/main", "strategy"))
                .isEmpty();
        assertThat(boards.boardOf(hao).orElseThrow().content().text("walk/walk", "f4"))
                .isEqualTo("yes");
    }

    @Test
    void instructorUnlocksABoardAfterTimeUpAndPutsItOnTheProjector() {
        openBoard("ex2");
        asInstructor(() -> steering.endClock(workshop, Set.of()));
        asInstructor(() -> steering.startClock(workshop, Set.of(), java.time.Duration.ofMinutes(1)));
        asInstructor(() -> steering.endClock(workshop, Set.of()));
        assertThat(boards.edit(mei, board(), BoardItemId.parse("opportunity/main"), "customer", "late", 0))
                .isInstanceOf(org.ssmclassroom.board.BoardEdit.Locked.class);
        openTableBoardAsInstructor();
        _click(_get(Button.class, spec -> spec.withText("Unlock the board")));
        assertThat(boards.edit(mei, board(), BoardItemId.parse("opportunity/main"), "customer", "late but allowed", 0))
                .isInstanceOf(org.ssmclassroom.board.BoardEdit.Saved.class);
        UI.getCurrent().navigate(ShareView.class, new RouteParameters("boardId", String.valueOf(board().value())));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Customer description (pseudonyms)"))
                        .getValue())
                .isEqualTo("late but allowed");
        assertThat(org.ssmclassroom.testing.AccessibleNames.mainLandmarks(UI.getCurrent()))
                .isEqualTo(1);
    }

    @Test
    void aDoubleTapOnUnlockLeavesTheBoardUnlockedAndSaysSo() {
        openBoard("ex2");
        asInstructor(() -> steering.startClock(workshop, Set.of(), java.time.Duration.ofMinutes(1)));
        asInstructor(() -> steering.endClock(workshop, Set.of()));
        openTableBoardAsInstructor();
        Button unlock = _get(Button.class, spec -> spec.withText("Unlock the board"));

        _click(unlock);
        _click(unlock);

        assertThat(boards.edit(mei, board(), BoardItemId.parse("opportunity/main"), "customer", "still allowed", 0))
                .isInstanceOf(org.ssmclassroom.board.BoardEdit.Saved.class);
        assertThat(notices()).contains("The board is already unlocked.");
        Button relock = _get(Button.class, spec -> spec.withText("Lock the board again"));
        assertThat(relock.getElement().hasAttribute("hidden")).isFalse();
        assertThat(unlock.getElement().hasAttribute("hidden")).isTrue();

        _click(relock);
        _click(relock);

        assertThat(boards.edit(mei, board(), BoardItemId.parse("opportunity/main"), "customer", "too late", 1))
                .isNotInstanceOf(org.ssmclassroom.board.BoardEdit.Saved.class);
        assertThat(notices()).contains("The board is already locked again.");
    }

    @Test
    void theInstructorGoesFromATablesBoardBackToTheConsoleInOneTap() {
        openBoard("ex2");
        openTableBoardAsInstructor();

        com.vaadin.flow.component.html.Anchor back =
                _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Back to the console"));
        UI.getCurrent().navigate(back.getHref());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("workshops/" + workshop.value());
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .getFirst()
                        .getClass()
                        .getSimpleName())
                .isEqualTo("ConsoleView");
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void twoScreensOfOneTraineeAreTwoOnTheBoardAndLeavingOneLeavesTheOther() {
        asInstructor(() -> steering.openExercise(workshop, "ex2", Set.of()));
        Runnable tablet = boards.follow(board(), FollowedBoard.newViewer(), "Mei", snapshot -> {});
        Runnable phone = boards.follow(board(), FollowedBoard.newViewer(), "Mei", snapshot -> {});
        try {
            assertThat(boards.boardOf(mei).orElseThrow().presence())
                    .extracting(org.ssmclassroom.board.BoardSnapshot.Presence::name)
                    .containsExactly("Mei", "Mei");
            tablet.run();
            assertThat(boards.boardOf(mei).orElseThrow().presence()).hasSize(1);
        } finally {
            phone.run();
        }
    }

    @Test
    void theInstructorLookingAtABoardTheTableNeverOpenedSeesItEmptyAndMakesNone() {
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
        asInstructor(() -> steering.openExercise(workshop, "ex2", Set.of()));
        int before = jdbc.sql("SELECT COUNT(*) FROM board").query(Integer.class).single();
        openTableBoardAsInstructor();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Salesperson")).getValue())
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM board").query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void instructorSeesTheBoardLiveButCannotEditIt() {
        openBoard("ex2");
        openTableBoardAsInstructor();
        TextArea salesperson = _get(TextArea.class, spec -> spec.withLabel("Salesperson"));
        assertThat(salesperson.isReadOnly()).isTrue();
        boards.edit(hao, board(), BoardItemId.parse("opportunity/main"), "salesperson", "Hao Chen", 0);
        roundtrip();
        assertThat(salesperson.getValue()).isEqualTo("Hao Chen");
    }

    @Test
    void instructorKeepsFollowingAfterSwitchingExerciseInTheBoardView() {
        openBoard("ex1");
        asInstructor(() -> steering.openExercise(workshop, "ex2", Set.of()));
        openTableBoardAsInstructor();
        @SuppressWarnings("unchecked")
        Select<Method.Exercise> exercise = _get(Select.class, spec -> spec.withLabel("Exercise"));
        _setValue(
                exercise,
                exercise.getListDataView()
                        .getItems()
                        .filter(e -> e.id().equals("ex1"))
                        .findFirst()
                        .orElseThrow());
        _setValue(
                exercise,
                exercise.getListDataView()
                        .getItems()
                        .filter(e -> e.id().equals("ex2"))
                        .findFirst()
                        .orElseThrow());
        for (int i = 1; i <= 3; i++) {
            boards.edit(hao, board(), BoardItemId.parse("opportunity/main"), "salesperson", "Hao " + i, i - 1);
            roundtrip();
            assertThat(_get(TextArea.class, spec -> spec.withLabel("Salesperson"))
                            .getValue())
                    .isEqualTo("Hao " + i);
        }
    }

    @Test
    void aCopiedPersonShowsAsCopiedAndOneUndoTakesTheWholeCopyBack() {
        openBoard("ex4");
        BoardId ex4 = board();
        BoardItemId item = boards.addItem(hao, ex4, "pain-chain");
        boards.edit(hao, ex4, item, "name", "Boris", 0);
        boards.edit(hao, ex4, item, "title", "CFO", 0);
        openBoard("ex5");
        Button copy = _get(
                Button.class,
                spec -> spec.withAttribute("aria-label", "Copy to Key people: \u201cName: Boris · Title: CFO\u201d"));
        assertThat(copy.getText()).isEqualTo("Copy to Key people");
        assertThat(org.ssmclassroom.testing.AccessibleNames.mismatched(UI.getCurrent()))
                .isEmpty();
        assertThat(_find(Button.class)).extracting(Button::getText).contains("Add to Key people");
        _click(copy);
        roundtrip();
        Button copied = _get(
                Button.class,
                spec -> spec.withAttribute(
                        "aria-label", "Copied to Key people ✓: \u201cName: Boris · Title: CFO\u201d is already there"));
        assertThat(copied.getText()).isEqualTo("Copied to Key people ✓");
        assertThat(copied.isEnabled())
                .as("a second tap cannot duplicate the person")
                .isFalse();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Name")))
                .extracting(TextField::getValue)
                .containsExactly("Boris");

        _click(_get(Button.class, spec -> spec.withText("Undo my last change")));
        roundtrip();

        assertThat(boards.boardOf(mei).orElseThrow().content().itemsOf("people"))
                .as("one tap undoes the whole copy")
                .isEmpty();
        assertThat(_get(
                                Button.class,
                                spec -> spec.withAttribute(
                                        "aria-label", "Copy to Key people: \u201cName: Boris · Title: CFO\u201d"))
                        .isEnabled())
                .isTrue();
    }

    @Test
    void anOrgMapPersonsSmallChoicesAreOneTapSegmentsAndLongOnesStayDropdowns() {
        openBoard("ex5");
        BoardItemId boris = boards.addItem(hao, board(), "people");
        boards.edit(hao, board(), boris, "name", "Boris", 0);
        roundtrip();
        SegmentedChoice role = _get(SegmentedChoice.class, spec -> spec.withLabel("Formal buying role"));
        Button decider = _find(role, Button.class).stream()
                .filter(b -> b.getElement().getTextRecursively().equals("DDecision maker"))
                .findFirst()
                .orElseThrow();
        assertThat(AccessibleNames.mismatched(role)).isEmpty();
        assertThat(decider.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        _click(decider);

        assertThat(boards.boardOf(hao).orElseThrow().content().text(boris, "buyingRole"))
                .isEqualTo("D");
        assertThat(decider.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(_find(role, Button.class, spec -> spec.withAttribute("aria-pressed", "true")))
                .containsExactly(decider);
        assertThat(decider.getElement().getChild(0).getAttribute("aria-hidden"))
                .as("the symbol is shown, the name is the label")
                .isEqualTo("true");
        _click(decider);
        assertThat(boards.boardOf(hao).orElseThrow().content().text(boris, "buyingRole"))
                .as("tapping the chosen term again clears it")
                .isEmpty();

        for (String small : new String[] {"Adaptability to change", "Attitude towards us", "Coverage"}) {
            _get(SegmentedChoice.class, spec -> spec.withLabel(small));
        }
        _get(Select.class, spec -> spec.withLabel("Informal influence"));
        assertThat(_find(Select.class, spec -> spec.withLabel("Formal buying role")))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonCannotReportToThemself() {
        openBoard("ex5");
        BoardItemId boris = boards.addItem(hao, board(), "people");
        boards.edit(hao, board(), boris, "name", "Boris", 0);
        BoardItemId yoshi = boards.addItem(hao, board(), "people");
        boards.edit(hao, board(), yoshi, "name", "Yoshi", 0);
        roundtrip();
        List<Select<String>> reportsTo = _find(Select.class, spec -> spec.withLabel("Reports to")).stream()
                .map(select -> (Select<String>) select)
                .toList();
        assertThat(reportsTo).hasSize(2);
        assertThat(reportsTo.get(0).getListDataView().getItems()).containsExactly("Yoshi");
        assertThat(reportsTo.get(1).getListDataView().getItems()).containsExactly("Boris");
    }

    @Test
    void textLongerThanTheFieldHoldsIsRefusedWithAMessageInMyLanguageAndKeptInTheField() {
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        openBoard("ex2");
        TextField salesperson = _get(TextField.class, spec -> spec.withLabel("销售人员的姓名"));
        String tooLong = "王".repeat(401);
        _setValue(salesperson, tooLong);
        assertThat(salesperson.getValue()).isEqualTo(tooLong);
        assertThat(salesperson.isInvalid()).isTrue();
        assertThat(salesperson.getErrorMessage()).startsWith("此处最多400个字符");
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> String.valueOf(n.getElement().getProperty("text")))
                .anyMatch(text -> text.startsWith("此处最多400个字符"));
        assertThat(boards.boardOf(mei).orElseThrow().content().text("opportunity/main", "salesperson"))
                .isEmpty();
        _setValue(salesperson, "王芳");
        assertThat(salesperson.isInvalid()).isFalse();
        assertThat(boards.boardOf(mei).orElseThrow().content().text("opportunity/main", "salesperson"))
                .isEqualTo("王芳");
    }

    private static void fire(com.vaadin.flow.component.Component field, String event) {
        ElementUtilsKt._fireDomEvent(
                field.getElement(),
                new com.vaadin.flow.dom.DomEvent(
                        field.getElement(), event, tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
    }

    private static java.util.List<String> notices() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(n -> String.valueOf(n.getElement().getProperty("text")))
                .toList();
    }

    @Test
    void theRecorderWritingAtTheBellKeepsTheFieldAndWhatTheyTypeIsSavedAsWrittenAfterTimeUp() {
        openBoard("ex2");
        asInstructor(() -> steering.startClock(workshop, Set.of(), java.time.Duration.ofMinutes(20)));
        TextArea customer = _get(TextArea.class, spec -> spec.withLabel("Customer description (pseudonyms)"));
        fire(customer, "focusin");
        clock.advance(java.time.Duration.ofMinutes(19));
        asInstructor(() -> steering.endClock(workshop, Set.of()));
        roundtrip();
        assertThat(customer.isReadOnly())
                .as("the field being written stays open until it is left")
                .isFalse();
        assertThat(notices()).anyMatch(text -> text.startsWith("Time is up. Finish the field you are writing"));
        clock.advance(java.time.Duration.ofSeconds(20));

        _setValue(customer, "A hospital group, typed at the bell");
        fire(customer, "focusout");

        assertThat(boards.boardOf(hao).orElseThrow().content().text("opportunity/main", "customer"))
                .isEqualTo("A hospital group, typed at the bell");
        assertThat(notices().stream().filter(text -> text.equals("Saved, marked as written after time-up.")))
                .as("said once, when the writer leaves the field")
                .hasSize(1);
        assertThat(notices().stream().filter(text -> text.startsWith("Time is up. Finish")))
                .as("told once, not again with every change the board hears")
                .hasSize(1);
        assertThat(customer.isReadOnly()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Salesperson")).isReadOnly())
                .as("fields nobody was writing lock at the bell")
                .isTrue();
    }

    @Test
    void textSentLongAfterTheBellIsNotSavedSaysSoAndStaysInTheFieldToCopy() {
        openBoard("ex2");
        asInstructor(() -> steering.startClock(workshop, Set.of(), java.time.Duration.ofMinutes(20)));
        TextArea customer = _get(TextArea.class, spec -> spec.withLabel("Customer description (pseudonyms)"));
        fire(customer, "focusin");
        asInstructor(() -> steering.endClock(workshop, Set.of()));
        roundtrip();
        clock.advance(java.time.Duration.ofMinutes(5));

        _setValue(customer, "Written for five more minutes");

        assertThat(customer.isInvalid()).isTrue();
        assertThat(customer.getErrorMessage()).startsWith("Not saved: the board is locked.");
        assertThat(notices()).anyMatch(text -> text.startsWith("Not saved: the board is locked."));
        fire(customer, "focusout");
        asInstructor(() -> steering.renameTable(
                workshops.snapshot(workshop).tables().getFirst().id(), "Dragons"));
        roundtrip();
        assertThat(customer.getValue())
                .as("kept to copy, also after the board redraws")
                .isEqualTo("Written for five more minutes");
        assertThat(boards.boardOf(hao).orElseThrow().content().filled("opportunity/main", "customer"))
                .isFalse();
    }

    @Test
    void theBoardShowsTheTablesClockAndFollowsItLive() {
        openBoard("ex2");
        com.vaadin.flow.component.html.Span time =
                _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("clock-time"));
        assertThat(time.getText()).isEqualTo("–:––");
        asInstructor(() -> steering.startClock(workshop, Set.of(), java.time.Duration.ofMinutes(25)));
        roundtrip();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("clock-time"))
                        .getText())
                .isIn("25:00", "24:59");
    }

    @Test
    void whenTheInstructorOpensTheNextExerciseTheOldBoardOffersTheNewOne() {
        openBoard("ex1");
        asInstructor(() -> steering.openExercise(workshop, "ex2", Set.of()));
        roundtrip();
        assertThat(_get(Div.class, spec -> spec.withClasses("board-moved-on"))
                        .getElement()
                        .getText())
                .isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(
                        _get(Div.class, spec -> spec.withClasses("board-moved-on"))))
                .contains("Team exercise 2");
        _click(_get(Button.class, spec -> spec.withText("Open our board for it")));
        assertThat(_get(
                                com.vaadin.flow.component.html.H2.class,
                                spec -> spec.withText("Team exercise 2 — Opportunity simulation exercise"))
                        .isVisible())
                .isTrue();
    }

    @Test
    void aTabletThatNeverJoinedIsSentToJoinInsteadOfAnEmptyBoard() {
        holdTablet(DeviceToken.random());
        UI.getCurrent().navigate("board");
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Join code"))
                        .isVisible())
                .isTrue();
    }

    @Test
    void theStrategicAlignmentIsChosenByTappingItsQuadrant() {
        openBoard("ex4");
        Button laggard = _get(Button.class, spec -> spec.withText("Industry laggard"));
        assertThat(laggard.getElement().getAttribute("role")).isEqualTo("radio");
        _click(laggard);
        roundtrip();
        assertThat(boards.boardOf(hao).orElseThrow().content().text("alignment/main", "quadrant"))
                .isEqualTo("laggard");
        assertThat(_get(Button.class, spec -> spec.withText("Industry laggard"))
                        .getElement()
                        .getAttribute("aria-checked"))
                .isEqualTo("true");
    }

    private static String axes() {
        return _find(Div.class, spec -> spec.withClasses("quadrant-model")).stream()
                .map(d -> d.getElement().getTextRecursively())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void theStrategicAlignmentModelsAxesFromThePackFrameItsFourQuadrants() {
        openBoard("ex4");
        Div model = _get(Div.class, spec -> spec.withClasses("quadrant-model"));
        assertThat(_find(model, Button.class, spec -> spec.withAttribute("role", "radio")))
                .as("the four quadrants sit inside the axes")
                .hasSize(4);
        assertThat(_find(model, com.vaadin.flow.component.html.Span.class).stream()
                        .map(com.vaadin.flow.component.html.Span::getText)
                        .toList())
                .containsSubsequence("Revenue focus", "High", "Low", "Low", "High", "Cost focus")
                .contains("Authored");
        assertThat(_get(model, Div.class, spec -> spec.withAttribute("role", "radiogroup"))
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("Where the customer stands (Revenue focus: Low → High; Cost focus: Low → High)");
    }

    @Test
    void aChineseTraineeSeesTheDecksAxisLabelsAndSoDoesTheInstructorsReadOnlyBoard() {
        org.ssmclassroom.base.ui.Language.switchTo(UI.getCurrent(), org.ssmclassroom.base.ui.Language.CHINESE);
        openBoard("ex4");
        assertThat(axes()).contains("关注收入", "高", "低", "关注成本");
        openTableBoardAsInstructor();
        assertThat(axes()).contains("关注收入", "关注成本");
        assertThat(_find(Button.class, spec -> spec.withAttribute("role", "radio")))
                .hasSize(4)
                .noneMatch(Button::isEnabled);
    }

    @Test
    void theAssessmentsItemsStandUnderTheirFormsHeadlineAndSubTitle() {
        openBoard("assessment");
        var grid = _get(GridSection.class);
        List<com.vaadin.flow.component.html.NativeTableBody> headings = _find(
                grid,
                com.vaadin.flow.component.html.NativeTableBody.class,
                spec -> spec.withClasses("grid-group-heading"));
        assertThat(headings)
                .extracting(h -> h.getElement().getTextRecursively())
                .containsExactly(
                        "Opportunity assessment form 1Is it the right time? \"No need\" = \"no sale\"Is there really an"
                                + " opportunity?",
                        "Opportunity assessment form 2Do we have the \"right solution\" that delivers the best value to"
                                + " the customerCan we really compete?",
                        "Opportunity assessment form 3Are we discussing and working with the customer's \"right"
                                + " people\"?Can we win?",
                        "Opportunity assessment form 4Is it the \"right win-win deal\", with the best business value"
                                + " for us and the customerIs it worth winning for us?");
        // Each heading is followed by its form's four items, in the pack's order.
        List<com.vaadin.flow.component.Component> parts = grid.getChildren().toList();
        int second = parts.indexOf(headings.get(1));
        String form1 =
                parts.get(parts.indexOf(headings.get(0)) + 1).getElement().getTextRecursively();
        assertThat(form1)
                .contains("The customer has a compelling reason to act", "The customer has a decision deadline");
        assertThat(form1).doesNotContain("Our solution meets the key needs");
        assertThat(parts.get(second + 1).getElement().getTextRecursively())
                .contains("Our solution meets the key needs");
    }

    @Test
    void aStoredAssessmentScoreStillOpensInItsCellUnderItsForm() {
        openBoard("assessment");
        boards.edit(hao, board(), BoardItemId.parse("scores/f3-sponsor.team"), "evidence", "Sarah backs us", 0);
        roundtrip();
        TextArea evidence = _get(
                TextArea.class,
                spec -> spec.withAttribute("aria-label", "We have a sponsor · Score and evidence · Evidence"));
        assertThat(evidence.getValue()).isEqualTo("Sarah backs us");
    }
}
