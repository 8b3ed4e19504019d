package org.ssmclassroom.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.Language;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.TabletTabs;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/** Each stage's card, first on the Materials of its exercises, on the projector, and every stage beside the pipeline. */
class StageCardsTest extends KaribuTest {

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

    private void materialsOf(String exercise, String tab) {
        asInstructor(() -> steering.openExercise(workshop, exercise, Set.of()));
        onTablet(tablet);
        TabletTabs.open(tab);
    }

    private static List<Component> cardsShown() {
        return _find(Component.class, spec -> spec.withClasses("reading-card"));
    }

    private static List<String> blanks(Component card) {
        return _find(card, Span.class, spec -> spec.withClasses("stage-blank")).stream()
                .map(Span::getText)
                .toList();
    }

    @Test
    void anExerciseOfStage3ShowsStage3sCardFirstWithTheSalesStepBesideTheBuyingStepAndOutcomeD() {
        materialsOf("ex5", "Materials");
        Component card = cardsShown().getFirst();
        assertThat(card.getElement().getAttribute("aria-label")).isEqualTo("SSM stage 3: Build the vision");
        assertThat(card.getElement().getTextRecursively())
                .contains(
                        "Define the business capabilities the customer needs and help it build a buying vision",
                        "Sales process",
                        "Help the customer build a buying vision",
                        "Customer's buying process",
                        "Determine needs",
                        "When the customer:",
                        "Account manager's work:",
                        "Completion mark:",
                        "Confirmed",
                        "Verifiable outcomes:",
                        "Internal management work (manager or system):",
                        "Deck, slides 13, 37, 50, 72, 88, 105, 118");
        ListItem outcomeD = _find(card, ListItem.class).stream()
                .filter(item -> item.getElement().getTextRecursively().startsWith("d. "))
                .findFirst()
                .orElseThrow();
        assertThat(outcomeD.getElement().getTextRecursively())
                .as("d's stage is our reading, and says so")
                .contains("Customer confirms its stated business need", "Authored");
        assertThat(blanks(card))
                .as("the three headings the deck leaves blank, said so")
                .containsExactly(
                        "The deck leaves this heading blank.",
                        "The deck leaves this heading blank.",
                        "The deck leaves this heading blank.");
    }

    @Test
    void stage7sExerciseShowsOutcomeHAsTheDeckHasIt() {
        materialsOf("reference-case", "Materials");
        Component card = cardsShown().getFirst();
        assertThat(card.getElement().getAttribute("aria-label")).isEqualTo("SSM stage 7: Monitor implementation");
        ListItem outcomeH = _find(card, ListItem.class).stream()
                .filter(item -> item.getElement().getTextRecursively().startsWith("h. "))
                .findFirst()
                .orElseThrow();
        assertThat(outcomeH.getElement().getTextRecursively())
                .isEqualTo("h. Agreement with the customer on results and progress");
        assertThat(blanks(card))
                .as("no milestone for stage 7: its completion mark stays blank")
                .hasSize(4);
    }

    @Test
    void aChineseTraineeReadsTheDecksStageHeadings() {
        Language.switchTo(UI.getCurrent(), Language.CHINESE);
        materialsOf("ex5", "资料");
        String text = cardsShown().getFirst().getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "SSM阶段3：建立愿景",
                        "协助客户建立购买愿景",
                        "确定需求",
                        "当客户：",
                        "客户经理的工作：",
                        "完成标志：",
                        "确认",
                        "可验证的结果：",
                        "客户确认其所陈述的业务需求",
                        "内部管理工作：（经理或系统）",
                        "幻灯片中此标题下为空。");
    }

    @Test
    void thePipelineExerciseShowsEveryStageToPlaceTheOpportunityOn() {
        materialsOf("pipeline", "Materials");
        Component overview = cardsShown().getFirst();
        assertThat(overview.getElement().getAttribute("aria-label")).isEqualTo("The stages of the course");
        String text = overview.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "SSM stage 1: Build relationships",
                        "SSM stage 4: Qualify the opportunity",
                        "SSM stage 7: Monitor implementation",
                        "Evaluate options",
                        "h. Agreement with the customer on results and progress");
    }

    @Test
    void theOpeningShowsTheCourseGoalsAndNoStage() {
        materialsOf("ex1", "Materials");
        List<String> titles = cardsShown().stream()
                .map(c -> c.getElement().getAttribute("aria-label"))
                .toList();
        assertThat(titles).contains("SSM sales methodology: course goals").noneMatch(t -> t.startsWith("SSM stage"));
    }

    @Test
    void theInstructorPutsAStagesCardOnTheProjector() {
        asInstructor(() -> {
            steering.openExercise(workshop, "ex5", Set.of());
            steering.projectCard(workshop, "stage-3");
        });
        signInAsInstructor();
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/projector");
        String projected = _find(Component.class, spec -> spec.withClasses("projector-card")).stream()
                .map(c -> c.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
        assertThat(projected)
                .contains("SSM stage 3: Build the vision", "Determine needs", "Completion mark:", "Confirmed");
    }

    @Test
    void theConsoleOffersTheStagesCardBeforeTheConceptCards() {
        asInstructor(() -> steering.openExercise(workshop, "ex5", Set.of()));
        signInAsInstructor();
        UI.getCurrent().navigate("workshops/" + workshop.value());
        List<String> offered = _find(com.vaadin.flow.component.button.Button.class).stream()
                .map(com.vaadin.flow.component.button.Button::getText)
                .filter(t -> t.startsWith("Project: "))
                .toList();
        assertThat(offered).first().isEqualTo("Project: SSM stage 3: Build the vision");
    }
}
