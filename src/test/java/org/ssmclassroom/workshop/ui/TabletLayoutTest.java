package org.ssmclassroom.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.roleplay.InterviewService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

class TabletLayoutTest extends KaribuTest {

    @Autowired
    WorkshopService service;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    InterviewService interviews;

    private WorkshopId workshop;
    private final List<DeviceToken> tablets = List.of(DeviceToken.random(), DeviceToken.random(), DeviceToken.random());
    private final List<ParticipantId> people = new java.util.ArrayList<>();

    @BeforeEach
    void threeTraineesAtATable() {
        asInstructor(() -> {
            workshop = Workshops.homebody(service, 2);
            for (int i = 0; i < tablets.size(); i++) {
                people.add(Workshops.join(service, trainees, workshop, tablets.get(i), "Trainee " + i, 0));
            }
        });
    }

    private DeviceToken holderOf(String role) {
        WorkshopSnapshot now = snapshot();
        var table = now.tables().getFirst().id();
        for (int i = 0; i < people.size(); i++) {
            if (now.roles(table).getOrDefault(people.get(i), List.of()).contains(role)) {
                return tablets.get(i);
            }
        }
        throw new AssertionError("nobody holds " + role);
    }

    private WorkshopSnapshot snapshot() {
        WorkshopSnapshot[] now = new WorkshopSnapshot[1];
        asInstructor(() -> now[0] = service.snapshot(workshop));
        return now[0];
    }

    private static List<String> tabs() {
        return org.ssmclassroom.testing.TabletTabs.labels();
    }

    private static void choose(String tabLabel) {
        org.ssmclassroom.testing.TabletTabs.open(tabLabel);
    }

    private static List<String> regions() {
        return _find(Component.class, spec -> spec.withClasses("reading-card")).stream()
                .map(c -> c.getElement().getAttribute("aria-label"))
                .toList();
    }

    /** The text of every visible component with this class, one after the other. */
    private static String text(String className) {
        return _find(Component.class, spec -> spec.withClasses(className)).stream()
                .map(c -> c.getElement().getTextRecursively())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void theTaskComesFirstAndEverythingElseIsOneTapAway() {
        asInstructor(() -> {
            steering.openExercise(workshop, "ex4", Set.of());
            steering.startClock(workshop, Set.of(), Duration.ofMinutes(20));
        });
        onTablet(tablets.getFirst());
        Section task = _get(Section.class, spec -> spec.withClasses("tablet-task"));
        assertThat(_find(task, H2.class).getFirst().getText()).startsWith("Team exercise 4");
        assertThat(_find(task, Anchor.class, spec -> spec.withText("Open our board")))
                .hasSize(1);
        assertThat(_find(task, Component.class, spec -> spec.withClasses("tablet-clock")))
                .hasSize(1);
        assertThat(tabs()).containsExactly("Steps", "My roles", "Materials (4)", "Team", "News");
        assertThat(text("tablet-exercise")).contains("Summarise the customer's pain chain");
        assertThat(_find(Component.class, spec -> spec.withClasses("teammates")))
                .as("another tab's content waits behind its tab")
                .isEmpty();
    }

    /**
     * A browser's tap names the component it landed on; one replaced meanwhile by a redraw is gone, and Vaadin drops
     * the tap without a word. So a rename, a join or another table's signal changes the tablet's buttons in place.
     */
    @Test
    void theTabletsButtonsAndTabsAreTheSameComponentsAfterARenameOrAJoin() {
        asInstructor(() -> steering.openExercise(workshop, "ex4", Set.of()));
        onTablet(tablets.getFirst());
        Button help = _get(Button.class, spec -> spec.withText("We need help"));
        Anchor board = _get(Anchor.class, spec -> spec.withText("Open our board"));
        com.vaadin.flow.component.html.NativeButton team =
                _find(com.vaadin.flow.component.html.NativeButton.class).stream()
                        .filter(tab -> tab.getText().equals("Team"))
                        .findFirst()
                        .orElseThrow();

        asInstructor(() -> {
            steering.renameTable(snapshot().tables().getFirst().id(), "Dragons");
            Workshops.join(service, trainees, workshop, DeviceToken.random(), "Late trainee", 0);
            Workshops.join(service, trainees, workshop, DeviceToken.random(), "At the other table", 1);
        });
        roundtrip();

        assertThat(text("tablet-where")).isEqualTo("Trainee 0 at Dragons");
        assertThat(List.of(help, board, team)).allMatch(Component::isAttached);
        _click(help);
        _click(team);
        assertThat(text("signal-sent")).isEqualTo("Sent to the instructor: Needs help");
        assertThat(org.ssmclassroom.testing.TabletTabs.selected()).isEqualTo("Team");
        assertThat(text("teammates")).contains("Late trainee").doesNotContain("At the other table");
    }

    /** The tablet draws its model: what a join at another table changes is not on this tablet, so nothing is redrawn. */
    @Test
    void aJoinAtAnotherTableLeavesASeatedTabletAsItWasItsRunningClockToo() {
        asInstructor(() -> {
            steering.openExercise(workshop, "ex4", Set.of());
            steering.startClock(workshop, Set.of(), Duration.ofMinutes(10));
        });
        onTablet(tablets.getFirst());
        ClockDisplay clock = _get(ClockDisplay.class);
        Button help = _get(Button.class, spec -> spec.withText("We need help"));

        asInstructor(() -> Workshops.join(service, trainees, workshop, DeviceToken.random(), "At the other table", 1));
        roundtrip();

        assertThat(List.of(clock, help)).allMatch(Component::isAttached);
    }

    @Test
    void theChosenTabStaysChosenWhenTheScreenRedraws() {
        asInstructor(() -> steering.openExercise(workshop, "ex4", Set.of()));
        onTablet(tablets.getFirst());
        choose("Team");
        asInstructor(() -> steering.renameTable(snapshot().tables().getFirst().id(), "Dragons"));
        roundtrip();
        assertThat(org.ssmclassroom.testing.TabletTabs.selected()).isEqualTo("Team");
        assertThat(text("teammates")).contains("Trainee 0", "Trainee 1", "Trainee 2");
    }

    @Test
    void inTheNegotiationTheSalesSideReadsTheIssuesAndOurPositionAndTheCustomerItsOwnBrief() {
        asInstructor(() -> steering.openExercise(workshop, "ex10", Set.of()));
        onTablet(holderOf("recorder"));
        assertThat(tabs()).contains("Materials (4)");
        choose("Materials (4)");
        assertThat(regions())
                .containsExactly(
                        "SSM stage 6: Close the deal",
                        "The negotiation",
                        "Preparing a negotiation",
                        "Position vs interest");
        assertThat(text("reading-negotiation"))
                .contains("You've won this deal")
                .contains("Issue A: price too high compared with the competitors")
                .contains("Our proposal is 35% above the other competitors")
                .contains("Our position:We can adjust the price flexibly")
                .contains("Boris Balance");
        assertThat(text("concept-card")).contains("Know and improve your best alternative");

        onTablet(holderOf("customer-executive"));
        choose("Materials (5)");
        assertThat(regions())
                .containsExactly(
                        "SSM stage 6: Close the deal",
                        "The negotiation",
                        "Role brief: Yoshi Goto in the negotiation",
                        "Preparing a negotiation",
                        "Position vs interest")
                .doesNotContain("Role brief: Yoshi Goto");
        assertThat(text("reading-negotiation")).contains("Issue B").doesNotContain("Our position");
    }

    @Test
    void releasedNewsWaitsUnderNewsAndItsTabSaysSomethingNewArrived() {
        asInstructor(() -> steering.openExercise(workshop, "ex4", Set.of()));
        onTablet(tablets.getFirst());
        assertThat(tabs()).contains("News");
        asInstructor(() -> interviews.releaseUpdate(workshop, true));
        roundtrip();
        assertThat(tabs()).contains("News (1) • new");
        assertThat(_find(H3.class).stream().map(H3::getText)).doesNotContain("Homebody update");
        choose("News (1) • new");
        assertThat(tabs()).contains("News (1)");
        assertThat(text("interview-update")).contains("So far there is no action plan for it");
    }

    @Test
    void afterTheCloseTheTabletSaysTheWorkshopEndedAndKeepsTheTablesBoards() {
        asInstructor(() -> steering.openExercise(workshop, "ex4", Set.of()));
        onTablet(tablets.getFirst());
        UI.getCurrent().navigate("board");
        asInstructor(() -> service.close(workshop));
        onTablet(tablets.getFirst());
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("This workshop has ended. Thank you!");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .contains("Team exercise 4 — Business initiatives", "Join another workshop");

        UI.getCurrent().navigate("join");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .anyMatch(t -> t.contains("Shanghai class") && t.contains("has ended"));
    }

    @Test
    void theInstructorPutsAConceptCardOnTheProjectorWithOneTap() {
        asInstructor(() -> steering.openExercise(workshop, "ex10", Set.of()));
        signInAsInstructor();
        UI.getCurrent().navigate("workshops/" + workshop.value());
        _click(_get(Button.class, spec -> spec.withText("Project: Position vs interest")));
        assertThat(snapshot().workshop().projectedCard()).isEqualTo("position-vs-interest");
        assertThat(_get(Button.class, spec -> spec.withText("Take off the projector: Position vs interest"))
                        .getElement()
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");

        UI.getCurrent().navigate("workshops/" + workshop.value() + "/projector");
        assertThat(text("projector-card"))
                .contains("Position vs interest", "A position is an inference or assumption about how to satisfy");

        UI.getCurrent().navigate("workshops/" + workshop.value());
        _click(_get(Button.class, spec -> spec.withText("Take off the projector: Position vs interest")));
        assertThat(snapshot().workshop().projectedCard()).isNull();
    }

    @Test
    void takingACardOffTakesOffThatCardOnlyNotOneAnotherInstructorPutUpSince() {
        asInstructor(() -> steering.openExercise(workshop, "ex10", Set.of()));
        signInAsInstructor();
        UI.getCurrent().navigate("workshops/" + workshop.value());
        _click(_get(Button.class, spec -> spec.withText("Project: Position vs interest")));
        Button takeOff = _get(Button.class, spec -> spec.withText("Take off the projector: Position vs interest"));
        String another = snapshot().pack().method().cards().stream()
                .map(org.ssmclassroom.scenario.Method.Card::id)
                .filter(id -> !id.equals("position-vs-interest"))
                .findFirst()
                .orElseThrow();
        asInstructor(() -> steering.projectCard(workshop, another));

        _click(takeOff);

        assertThat(snapshot().workshop().projectedCard()).isEqualTo(another);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> String.valueOf(n.getElement().getProperty("text")))
                .contains("That card is no longer on the projector.");
    }
}
