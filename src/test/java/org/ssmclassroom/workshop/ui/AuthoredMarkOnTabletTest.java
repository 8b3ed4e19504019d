package org.ssmclassroom.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.TabletTabs;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/**
 * What the pack's authors wrote (the deck lost it) carries the same small "Authored" mark on the tablet as in the
 * library: the released results of a rubric, an authored exercise's title, the board's authored sections.
 */
class AuthoredMarkOnTabletTest extends KaribuTest {

    @Autowired
    WorkshopService service;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    ScoringService scoring;

    private WorkshopId workshop;
    private TableId table;
    private final DeviceToken tablet = DeviceToken.random();

    @BeforeEach
    void aTraineeAtATable() {
        asInstructor(() -> {
            workshop = Workshops.homebody(service, 1);
            Workshops.join(service, trainees, workshop, tablet, "Mei", 0);
            table = service.snapshot(workshop).tables().getFirst().id();
        });
    }

    private void tabletOn(String exercise) {
        asInstructor(() -> steering.openExercise(workshop, exercise, Set.of()));
        onTablet(tablet);
    }

    private static List<String> marksIn(com.vaadin.flow.component.Component in) {
        return _find(in, Span.class, spec -> spec.withClasses("origin-mark")).stream()
                .map(Span::getText)
                .toList();
    }

    @Test
    void releasedResultsOfAnAuthoredRubricCarryTheAuthoredMarkOnlyOnceReleased() {
        asInstructor(() -> scoring.mark(table, "ex5", "facts", 4, "Every person has four facts", 0));
        tabletOn("ex5");
        assertThat(_find(NativeDetails.class, spec -> spec.withClasses("results-card")))
                .isEmpty();

        asInstructor(() -> scoring.release(workshop, "ex5"));
        tabletOn("ex5");
        TabletTabs.open("News");

        NativeDetails results = _get(NativeDetails.class, spec -> spec.withClasses("results-card"));
        assertThat(marksIn(results)).containsExactly("Authored");
    }

    @Test
    void anAuthoredExerciseAndAnAuthoredBoardSectionAreMarkedAndTheDecksAreNot() {
        tabletOn("ex9");
        assertThat(_find(H2.class).stream()
                        .filter(h -> h.getText().startsWith("Team exercise 9"))
                        .map(AuthoredMarkOnTabletTest::marksIn)
                        .toList())
                .isNotEmpty()
                .allSatisfy(marks -> assertThat(marks).containsExactly("Authored"));

        tabletOn("ex4");
        assertThat(_find(H2.class).stream()
                        .filter(h -> h.getText().startsWith("Team exercise 4"))
                        .flatMap(h -> marksIn(h).stream())
                        .toList())
                .as("exercise 4 is the deck's")
                .isEmpty();
        UI.getCurrent().navigate("board");
        assertThat(marksIn(_get(H3.class, spec -> spec.withText("Technology buying preferences"))))
                .containsExactly("Authored");
        assertThat(marksIn(_get(H3.class, spec -> spec.withText("Pain chain")))).isEmpty();
    }

    @Test
    void theDissentingVoicesChallengePromptsAreMarkedAsTheAuthorsNotTheDecks() {
        tabletOn("ex1");
        TabletTabs.open("My roles");
        com.vaadin.flow.component.html.UnorderedList prompts =
                _get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("challenge-prompts"));
        assertThat(prompts.getElement().getTextRecursively())
                .contains("Is this a real selling challenge, or a complaint?");
        assertThat(marksIn(prompts.getParent().orElseThrow())).containsExactly("Authored");
    }
}
