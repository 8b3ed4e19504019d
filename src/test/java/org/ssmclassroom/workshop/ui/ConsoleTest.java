package org.ssmclassroom.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AccessibleNames;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

class ConsoleTest extends KaribuTest {

    @Autowired
    WorkshopService service;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @BeforeEach
    void signIn() {
        signInAsInstructor();
    }

    private WorkshopId openConsole(int tables) {
        WorkshopId id = Workshops.homebody(service, tables);
        UI.getCurrent().navigate(ConsoleView.class, new RouteParameters("workshopId", String.valueOf(id.value())));
        return id;
    }

    @Test
    void everyButtonAndLinkOfTheWorkshopListAndConsoleIsNamedByWhatItShowsInBothLanguages() {
        for (java.util.Locale language :
                java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
            UI.getCurrent().setLocale(language);
            WorkshopId id = Workshops.homebody(service, 2);
            Workshops.join(service, trainees, id, DeviceToken.random(), "Mei", 0);
            steering.openExercise(id, "ex2", java.util.Set.of());
            UI.getCurrent().navigate(WorkshopsView.class);
            assertThat(AccessibleNames.mismatched(UI.getCurrent()))
                    .as("workshops, " + language)
                    .isEmpty();
            UI.getCurrent().navigate(ConsoleView.class, new RouteParameters("workshopId", String.valueOf(id.value())));
            assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("progress-chip")))
                    .isNotEmpty();
            assertThat(AccessibleNames.mismatched(UI.getCurrent()))
                    .as("console, " + language)
                    .isEmpty();
        }
    }

    /** A tap names the button it landed on: one replaced meanwhile, for a change at another table, would lose it. */
    @Test
    void aTablesButtonsStayTheSameWhileTabletsJoinAndSignalAtAnotherTable() {
        WorkshopId id = openConsole(2);
        DeviceToken mei = DeviceToken.random();
        Workshops.join(service, trainees, id, mei, "Mei", 0);
        steering.openExercise(id, "ex2", java.util.Set.of());
        steering.startClock(id, java.util.Set.of(), java.time.Duration.ofMinutes(10));
        roundtrip();
        Button plusOne = _get(Button.class, spec -> spec.withAttribute("aria-label", "+1 min · Table 1"));
        Button close = _get(Button.class, spec -> spec.withText("Close workshop"));

        DeviceToken hao = DeviceToken.random();
        Workshops.join(service, trainees, id, hao, "Hao", 1);
        trainees.reportStatus(hao, org.ssmclassroom.workshop.WorkshopTable.Status.NEED_HELP);
        roundtrip();

        assertThat(_get(Button.class, spec -> spec.withAttribute("aria-label", "Help given at Table 2")))
                .isNotNull();
        assertThat(plusOne.isAttached()).isTrue();
        assertThat(close.isAttached())
                .as("the header's Close button, while the count went up")
                .isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("2 joined")))
                .isNotNull();
        _click(plusOne);
        assertThat(service.snapshot(id).tables().getFirst().clock().remaining(service.now()))
                .isGreaterThan(java.time.Duration.ofMinutes(10));
    }

    @Test
    void instructorCreatesAWorkshopFromTheForm() {
        UI.getCurrent().navigate(WorkshopsView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Beijing, day one");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Number of tables")), 4);
        _click(_get(Button.class, spec -> spec.withText("Create workshop")));
        assertThat(_find(H3.class)).extracting(H3::getText).containsSubsequence("第1桌", "第2桌", "第3桌", "第4桌");
        assertThat(_get(Span.class, spec -> spec.withClasses("join-code-inline"))
                        .getText())
                .startsWith("Join code ");
    }

    @Test
    void tablesWithoutAnExerciseSayTheyAreWaitingLikeTheirWorkshop() {
        WorkshopId id = openConsole(2);
        assertThat(_find(Span.class, spec -> spec.withClasses("badge-status-waiting")))
                .extracting(Span::getText)
                .containsExactly("Waiting for an exercise", "Waiting for an exercise");
        steering.openExercise(id, "ex1", java.util.Set.of());
        roundtrip();
        assertThat(_find(Span.class, spec -> spec.withClasses("badge-status-working")))
                .hasSize(2);
    }

    @Test
    void openingAnExerciseReachesEveryTableAndCanBeUndone() {
        WorkshopId id = openConsole(2);
        ConsoleView console = _get(ConsoleView.class);
        console.exercise.setValue(console.exercise.getListDataView().getItem(2));
        _click(_get(Button.class, spec -> spec.withText("Open for these tables")));
        assertThat(service.snapshot(id).tables()).allMatch(t -> "ex3".equals(t.exerciseId()));
        console.exercise.setValue(console.exercise.getListDataView().getItem(3));
        _click(_get(Button.class, spec -> spec.withText("Open for these tables")));
        _click(_get(Button.class, spec -> spec.withText("Undo last change")));
        assertThat(service.snapshot(id).tables()).allMatch(t -> "ex3".equals(t.exerciseId()));
    }

    @Test
    void consoleShowsTraineesJoiningLiveAndTheirStatus() {
        WorkshopId id = openConsole(2);
        Workshops.join(service, trainees, id, DeviceToken.random(), "Wang Fang", 0);
        roundtrip();
        Div table = _get(Div.class, spec -> spec.withAttribute("aria-label", "Table Table 1"));
        assertThat(table.getElement().getTextRecursively()).contains("Wang Fang");
    }

    @Test
    @SuppressWarnings("unchecked")
    void instructorOverridesARoleInTheConsole() {
        WorkshopId id = openConsole(1);
        for (int i = 0; i < 3; i++) {
            Workshops.join(service, trainees, id, DeviceToken.random(), "Trainee " + i, 0);
        }
        steering.openExercise(id, "ex4", java.util.Set.of());
        roundtrip();
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Roles of Trainee 0")));
        CheckboxGroup<String> roles = _get(CheckboxGroup.class);
        _setValue(roles, java.util.Set.of("recorder", "spokesperson"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        WorkshopSnapshot snapshot = service.snapshot(id);
        var table = snapshot.tables().getFirst().id();
        var first = snapshot.members(table).getFirst();
        assertThat(snapshot.roles(table).get(first.id())).containsExactly("recorder", "spokesperson");
        roundtrip();
        Div card = _get(Div.class, spec -> spec.withAttribute("aria-label", "Table Table 1"));
        assertThat(card.getElement().getTextRecursively()).contains("Trainee 0Recorder · Spokesperson");
    }

    @Test
    void aHelpRequestStaysOnTheConsoleAfterDoneUntilTheInstructorMarksItHandled() {
        WorkshopId id = openConsole(2);
        DeviceToken asker = DeviceToken.random();
        Workshops.join(service, trainees, id, asker, "Wang Fang", 0);
        steering.openExercise(id, "ex1", java.util.Set.of());
        trainees.reportStatus(asker, org.ssmclassroom.workshop.WorkshopTable.Status.NEED_HELP);
        roundtrip();
        Div card = _get(Div.class, spec -> spec.withAttribute("aria-label", "Table Table 1"));
        assertThat(card.getClassNames()).contains("help-requested");
        assertThat(_get(Span.class, spec -> spec.withClasses("badge-help-requested"))
                        .getText())
                .isEqualTo("Help requested");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Help given at Table 1")));
        assertThat(_find(Span.class, spec -> spec.withClasses("badge-help-requested")))
                .isEmpty();
        assertThat(service.snapshot(id).tables().getFirst().helpRequested()).isFalse();
    }

    @Test
    void twelveTablesShowTheirClockAndStatusBeforeThePanels() {
        openConsole(12);
        ConsoleView console = _get(ConsoleView.class);
        var children = console.getChildren().toList();
        Div cards = _get(Div.class, spec -> spec.withClasses("table-cards"));
        assertThat(children.indexOf(cards))
                .as("the table cards come before the agenda panel")
                .isLessThan(
                        children.indexOf(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Agenda"))
                                .getParent()
                                .orElseThrow()));
        assertThat(_find(Span.class, spec -> spec.withClasses("clock-time"))).hasSize(12);
    }

    @Test
    void clockButtonsDriveEveryTable() {
        WorkshopId id = openConsole(2);
        steering.openExercise(id, "ex2", java.util.Set.of());
        roundtrip();
        _click(_get(Button.class, spec -> spec.withText("Start clock")));
        assertThat(service.snapshot(id).tables()).allMatch(t -> t.clock().state() == ExerciseClock.State.RUNNING);
        _click(_get(Button.class, spec -> spec.withText("Pause").withAttribute("aria-label", "Pause · Table 2")));
        assertThat(service.snapshot(id).tables())
                .extracting(t -> t.clock().state())
                .containsExactly(ExerciseClock.State.RUNNING, ExerciseClock.State.PAUSED);
        assertThat(_find(Span.class, spec -> spec.withClasses("clock-time")))
                .extracting(Span::getText)
                .allMatch(text -> text.matches("2[45]:\\d\\d"));
    }

    @Test
    void projectorShowsTheCodeQrAndCounts() {
        WorkshopId id = openConsole(2);
        Workshops.join(service, trainees, id, DeviceToken.random(), "Wang Fang", 1);
        UI.getCurrent().navigate(ProjectorView.class, new RouteParameters("workshopId", String.valueOf(id.value())));
        String code = service.snapshot(id).workshop().joinCode().display();
        assertThat(_get(Span.class, spec -> spec.withClasses("join-code")).getText())
                .isEqualTo(code);
        assertThat(_get(Image.class).getSrc()).startsWith("data:image/svg+xml;base64,");
        _get(Div.class, spec -> spec.withAttribute("aria-label", "Table 2: 1 joined"));
        assertThat(AccessibleNames.mainLandmarks(UI.getCurrent())).isEqualTo(1);
    }
}
