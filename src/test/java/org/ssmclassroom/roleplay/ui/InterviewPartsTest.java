package org.ssmclassroom.roleplay.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.roleplay.InterviewService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AccessibleNames;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.TabletTabs;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

class InterviewPartsTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    InterviewService interviews;

    @Autowired
    org.ssmclassroom.board.BoardService boards;

    private WorkshopId workshop;
    private DeviceToken observer;
    private DeviceToken salesperson;

    /** Four trainees at table 1 in the Homebody interview; one holds the observer's role. */
    @BeforeEach
    void aTableAtTheInterview() {
        signInAsInstructor();
        workshop = Workshops.homebody(workshops, 2);
        List<DeviceToken> tablets =
                List.of(DeviceToken.random(), DeviceToken.random(), DeviceToken.random(), DeviceToken.random());
        for (int i = 0; i < tablets.size(); i++) {
            Workshops.join(workshops, trainees, workshop, tablets.get(i), "Trainee " + i, 0);
        }
        steering.openExercise(workshop, "ex3", Set.of());
        var snapshot = workshops.snapshot(workshop);
        var table = snapshot.tables().getFirst().id();
        var member = snapshot.members(table).getFirst();
        steering.overrideRoles(table, member.id(), List.of("devils-advocate"));
        observer = tablets.stream().filter(interviews::observes).findFirst().orElseThrow();
        salesperson = tablets.stream()
                .filter(t -> !interviews.observes(t))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theObserverTicksWhatIsUncoveredAndTagsQuestionsAndTheMeterFills() {
        onTablet(observer);
        assertThat(_find(Checkbox.class)).hasSize(12);
        assertThat(meterText()).startsWith("0% · 0 of 12 uncovered");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Strategic direction for the next 1–3 years")), true);
        _setValue(
                _get(
                        Checkbox.class,
                        spec -> spec.withLabel("Compelling reason: analysts' meeting, earnings below forecast")),
                true);
        _click(_get(Button.class, spec -> spec.withText("Open question (0)")));
        assertThat(AccessibleNames.mismatched(UI.getCurrent())).isEmpty();

        assertThat(meterText()).isEqualTo("27% · 2 of 12 uncovered · questions tagged: 1");
        assertThat(_get(
                                Checkbox.class,
                                spec -> spec.withLabel("Compelling reason: analysts' meeting, earnings below forecast"))
                        .getHelperText())
                .isEqualTo("Yoshi tells it only when asked why act now");
    }

    @Test
    void theObserverTakesBackAQuestionTaggedAsTheWrongKind() {
        onTablet(observer);
        Button untagOpen = _get(Button.class, spec -> spec.withAttribute("aria-label", "Take back one open question"));
        assertThat(untagOpen.isEnabled()).as("nothing to take back yet").isFalse();
        _click(_get(Button.class, spec -> spec.withText("Open question (0)")));
        _click(_get(Button.class, spec -> spec.withText("Open question (1)")));
        _click(_get(Button.class, spec -> spec.withText("Control question (0)")));
        assertThat(meterText()).endsWith("questions tagged: 3");

        _click(untagOpen);

        assertThat(meterText()).endsWith("questions tagged: 2");
        _get(Button.class, spec -> spec.withText("Open question (1)"));
        _get(Button.class, spec -> spec.withText("Control question (1)"));
        assertThatThrownBy(() -> interviews.untag(salesperson, org.ssmclassroom.roleplay.QuestionKind.OPEN))
                .isInstanceOf(ActionRefused.class);
        interviews.untag(observer, org.ssmclassroom.roleplay.QuestionKind.OPEN);
        assertThatThrownBy(() -> interviews.untag(observer, org.ssmclassroom.roleplay.QuestionKind.OPEN))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("noQuestionTagged");
    }

    @Test
    void theSalesTeamSeesTheMeterButNoChecklistAndCannotTick() {
        interviews.mark(observer, "pain", true);
        onTablet(salesperson);

        assertThat(_find(Checkbox.class)).isEmpty();
        assertThat(meterText()).startsWith("9% · 1 of 12 uncovered");
        assertThatThrownBy(() -> interviews.mark(salesperson, "pain", false))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("notTheObserver");
    }

    @Test
    void theConsoleShowsEveryTablesMeterLive() {
        UI.getCurrent().navigate("workshops/" + workshop.value());
        assertThat(_find(Span.class, spec -> spec.withClasses("discovery-figure")))
                .hasSize(2);

        interviews.mark(observer, "direction", true);
        interviews.mark(observer, "critical-initiative", true);
        roundtrip();

        assertThat(_find(Span.class, spec -> spec.withClasses("discovery-figure")))
                .extracting(Span::getText)
                .containsExactly(
                        "27% · 2 of 12 uncovered · questions tagged: 0",
                        "0% · 0 of 12 uncovered · questions tagged: 0");
    }

    @Test
    void afterTheInterviewTheInstructorReleasesTheUpdateToEveryTablet() {
        onTablet(salesperson);
        assertThat(_find(com.vaadin.flow.component.html.H2.class))
                .extracting(com.vaadin.flow.component.html.H2::getText)
                .doesNotContain("Homebody update");

        UI.getCurrent().navigate("workshops/" + workshop.value());
        _click(_get(Button.class, spec -> spec.withText("Release the update after the interview to the tables")));
        assertThat(_get(Button.class, spec -> spec.withText("Take the update back")))
                .isNotNull();
        steering.openExercise(workshop, "ex4", Set.of());

        onTablet(salesperson);
        assertThat(TabletTabs.labels())
                .as("news is counted on its tab, not stacked on top")
                .contains("News (1)");
        TabletTabs.open("News");
        com.vaadin.flow.component.html.Div card =
                _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("interview-update"));
        assertThat(card.getElement().getTextRecursively())
                .contains("So far there is no action plan for it")
                .containsOnlyOnce("Homebody update");
        // The card's title is the tablet's second level, right under the workshop's name; its sections the third.
        assertThat(_get(card, com.vaadin.flow.component.html.H2.class).getText())
                .isEqualTo("Homebody update");
        assertThat(_find(card, com.vaadin.flow.component.html.H4.class)).isEmpty();
    }

    @Test
    void aDoubleTapOnReleaseTheUpdateReleasesItOnceAndTheSecondTapSaysSo() {
        UI.getCurrent().navigate("workshops/" + workshop.value());
        Button release =
                _get(Button.class, spec -> spec.withText("Release the update after the interview to the tables"));

        _click(release);
        _click(release);

        assertThat(interviews.updateReleased(workshop)).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> String.valueOf(n.getElement().getProperty("text")))
                .contains("The update is already released to the tables.");
        Button takeBack = _get(Button.class, spec -> spec.withText("Take the update back"));
        _click(takeBack);
        _click(takeBack);
        assertThat(interviews.updateReleased(workshop)).isFalse();
    }

    @Test
    void theInterviewBoardComparesWhatTheTableWroteWithWhatItUncovered() {
        interviews.mark(observer, "direction", true);
        interviews.mark(observer, "compelling-reason", true);
        var board = boards.boardOf(salesperson).orElseThrow();
        boards.edit(
                salesperson,
                board.boardId(),
                new BoardItemId("direction", org.ssmclassroom.board.BoardContent.MAIN),
                "direction",
                "Win back market share and customer loyalty within three years",
                0);

        holdTablet(salesperson);
        UI.getCurrent().navigate("board");

        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("interview-noted")))
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .contains("✓ Strategic direction for the next 1–3 years: uncovered and on the board");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("interview-missing")))
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .containsExactly("! Compelling reason: analysts' meeting, earnings below forecast: uncovered in the"
                        + " interview, not on the board yet");
        assertThat(_find(
                        com.vaadin.flow.component.html.ListItem.class,
                        spec -> spec.withClasses("interview-not-uncovered")))
                .hasSizeGreaterThanOrEqualTo(9);
    }

    private static String meterText() {
        return _get(Span.class, spec -> spec.withClasses("discovery-figure")).getText();
    }
}
