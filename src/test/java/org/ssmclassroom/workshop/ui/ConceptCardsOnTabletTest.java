package org.ssmclassroom.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Origin;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.TabletTabs;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/** Each of the method's concept cards is on the tablet's Materials beside the exercise it belongs to. */
class ConceptCardsOnTabletTest extends KaribuTest {

    @Autowired
    WorkshopService service;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    private WorkshopId workshop;
    private final DeviceToken tablet = DeviceToken.random();

    @BeforeEach
    void aTraineeAtATable() {
        asInstructor(() -> {
            workshop = Workshops.homebody(service, 1);
            Workshops.join(service, trainees, workshop, tablet, "Mei", 0);
        });
    }

    private Method method() {
        WorkshopSnapshot[] now = new WorkshopSnapshot[1];
        asInstructor(() -> now[0] = service.snapshot(workshop));
        return now[0].pack().method();
    }

    /** The first exercise of the agenda that shows the card: one it is attached to, or one of its stage. */
    private static Optional<Method.Exercise> placeOf(Method method, Method.Card card) {
        return method.agendaExercises().stream()
                .filter(e -> card.attach().contains(e.id())
                        || (e.stage() != null && card.attach().contains(e.stage())))
                .findFirst();
    }

    private void materialsOf(String exercise) {
        asInstructor(() -> steering.openExercise(workshop, exercise, Set.of()));
        onTablet(tablet);
        TabletTabs.open("Materials");
    }

    private static List<Component> cardsShown() {
        return _find(Component.class, spec -> spec.withClasses("reading-card"));
    }

    @Test
    void everyConceptCardIsOnItsExercisesMaterialsWithItsSlideAndItsAuthoredMark() {
        Method method = method();
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (Method.Card card : method.cards()) {
            Optional<Method.Exercise> exercise = placeOf(method, card);
            if (exercise.isEmpty()) {
                // Stage 7 has no exercise: its value-curve station is read in the library (PackViewTest).
                softly.assertThat(card.attach()).as(card.id()).containsExactly("stage-7");
                continue;
            }
            materialsOf(exercise.get().id());
            Optional<String> shown = cardsShown().stream()
                    .filter(c -> card.title().en().equals(c.getElement().getAttribute("aria-label")))
                    .map(c -> c.getElement().getTextRecursively())
                    .filter(text -> text.contains(card.source().en()))
                    .findFirst();
            softly.assertThat(shown)
                    .as(card.id() + " on the Materials of " + exercise.get().id())
                    .isPresent();
            shown.ifPresent(text -> {
                softly.assertThat(text.contains("Authored"))
                        .as(card.id() + " shows the authored mark exactly when it is authored")
                        .isEqualTo(card.origin() == Origin.AUTHORED);
                card.items()
                        .forEach(item -> softly.assertThat(text).as(card.id()).contains(item.en()));
            });
            checked++;
        }
        softly.assertAll();
        assertThat(checked).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aChineseTraineeReadsWhatAKeyDecisionMakerIsBesideTheOrgMap() {
        org.ssmclassroom.base.ui.Language.switchTo(UI.getCurrent(), org.ssmclassroom.base.ui.Language.CHINESE);
        asInstructor(() -> steering.openExercise(workshop, "ex5", Set.of()));
        onTablet(tablet);
        TabletTabs.open("资料");
        String text = cardsShown().stream()
                .filter(c -> "赞助者、决策者、关键决策者".equals(c.getElement().getAttribute("aria-label")))
                .map(c -> c.getElement().getTextRecursively())
                .findFirst()
                .orElseThrow();
        assertThat(text).contains("关键决策者：对决策有足够的影响力；可以带你到组织的任何角落", "课程第45页").doesNotContain("补写");
        assertThat(cardsShown().stream().map(c -> c.getElement().getAttribute("aria-label")))
                .contains("如何判断他或她的影响力", "怎样与潜在赞助者沟通", "测试您的关键决策者");
    }

    @Test
    void anAuthoredCardOnTheProjectorCarriesTheAuthoredMarkAndADeckCardDoesNot() {
        asInstructor(() -> {
            steering.openExercise(workshop, "ex6", Set.of());
            steering.projectCard(workshop, "nine-block-model");
        });
        signInAsInstructor();
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/projector");
        assertThat(projected()).contains("The vision-processing model (9-Block Model)", "Authored", "Deck, slide 68");

        asInstructor(() -> steering.projectCard(workshop, "influence-criteria"));
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/projector");
        assertThat(projected())
                .contains("How to judge his or her influence", "Deck, slide 59")
                .doesNotContain("Authored");
    }

    private static String projected() {
        return _find(Component.class, spec -> spec.withClasses("projector-card")).stream()
                .map(c -> c.getElement().getTextRecursively())
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
