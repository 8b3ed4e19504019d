package org.ssmclassroom.roleplay.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.Workshops;

/** What a trainee reads before practising, what the card quotes after, and their own practice history. */
class PracticeProgressViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    Trainees trainees;

    @Autowired
    PracticeService practice;

    @Autowired
    org.ssmclassroom.workshop.WorkshopSteering steering;

    private WorkshopId workshop;
    private List<DeviceToken> table;

    @BeforeEach
    void twoTraineesAtATable() {
        signInAsInstructor();
        workshop = Workshops.homebody(workshops, 2);
        table = Workshops.seated(workshops, trainees, workshop, 1, 2).getFirst();
    }

    private void practiceScreenOf(DeviceToken device) {
        holdTablet(device);
        UI.getCurrent().navigate("practice");
    }

    private static String card(String className) {
        return _get(Div.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    private void practise(DeviceToken device, String... questions) {
        var session = practice.start(device, false);
        for (String question : questions) {
            practice.ask(device, session.id(), question);
        }
        practice.end(device, session.id());
    }

    @Test
    void beforeStartingATraineeReadsWhatAGoodInterviewUncoversButNotTheAnswers() {
        practiceScreenOf(table.get(0));

        assertThat(card("practice-criteria"))
                .contains("What a good interview uncovers")
                .contains("Who owns the initiative", "Why act now (the compelling reason)")
                .doesNotContain("Sarah Updown", "analysts' meeting");
    }

    @Test
    void inABlindRunTheInstructorHidesTheCriteriaAndTheCardStillShowsThemAfter() {
        UI.getCurrent().navigate("workshops/" + workshop.value());
        _setValue(
                _get(
                        Checkbox.class,
                        spec -> spec.withLabel(
                                "Blind run: trainees do not see what a good interview uncovers before they practise")),
                true);
        assertThat(practice.blind(workshop)).isTrue();

        practiceScreenOf(table.get(0));
        assertThat(card("practice-criteria"))
                .contains("Your instructor runs this practice blind")
                .doesNotContain("Who owns the initiative");

        practise(table.get(0), "Who is accountable for it?");
        practiceScreenOf(table.get(0));
        assertThat(card("practice-feedback")).contains("Missed (11)", "Strategic direction for the next 1–3 years");
    }

    @Test
    void theFeedbackCardQuotesTheTraineesOwnQuestionForEachTargetFound() {
        practise(table.get(0), "Who is accountable for it?", "Let me show you our CRM suite.");
        practiceScreenOf(table.get(0));

        assertThat(card("practice-feedback"))
                .contains("✓ The initiative's owner: Sarah Updown")
                .contains("You asked: “Who is accountable for it?”")
                .doesNotContain("You asked: “Let me show you our CRM suite.”");
    }

    @Test
    void aTraineeSeesTheirOwnFirstBestAndLatestPracticeNeverATeammatesAlone() {
        practise(table.get(0), "Who is accountable for it?");
        practise(
                table.get(0),
                "Who is accountable for it?",
                "Where do you want the company to be in a few years?",
                "Why does this have to happen now?");
        practise(table.get(0), "Where do you want the company to be in a few years?");
        practise(table.get(1), "Who is accountable for it?", "What are your long-term goals?");

        practiceScreenOf(table.get(0));
        String history = card("practice-history");
        assertThat(history)
                .contains("With Yoshi Goto: 3 session(s)")
                .containsPattern("First: \\d+% · 1 questions")
                .containsPattern("Best: \\d+% · 3 questions")
                .containsPattern("Latest: \\d+% · 1 questions");

        practiceScreenOf(table.get(1));
        assertThat(card("practice-history")).contains("With Yoshi Goto: 1 session(s)");
    }

    @Test
    void theTabletOffersPracticeBetweenExercisesAndInTheInterviewsNotInTheMiddleOfAnother() {
        onTablet(table.get(0));
        assertThat(practiceLinks()).as("between exercises").hasSize(1);

        steering.openExercise(workshop, "ex4", java.util.Set.of());
        UI.getCurrent().navigate("table");
        assertThat(practiceLinks()).as("exercise 4").isEmpty();

        steering.openExercise(workshop, "ex3", java.util.Set.of());
        UI.getCurrent().navigate("table");
        assertThat(practiceLinks()).as("the interview, exercise 3").hasSize(1);
    }

    private static List<com.vaadin.flow.component.html.Anchor> practiceLinks() {
        return _find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("practice-link"));
    }

    @Test
    void aTraineeWhoHasNotPractisedHasNoHistoryYet() {
        practiceScreenOf(table.get(1));
        assertThat(_find(Div.class, spec -> spec.withClasses("practice-history")))
                .isEmpty();
    }
}
