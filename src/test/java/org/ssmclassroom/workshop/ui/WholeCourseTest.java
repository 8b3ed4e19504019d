package org.ssmclassroom.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.Language;
import org.ssmclassroom.record.WorkshopRecords;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.TabletTabs;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/**
 * The whole course, exercise by exercise in the agenda's order, on each shipped case and in each language: every
 * screen a trainee, the instructor or the projector sees opens, names the exercise and shows no missing text.
 */
class WholeCourseTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    WorkshopRecords records;

    private final DeviceToken tablet = DeviceToken.random();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"homebody, zh-CN", "homebody, en", "freshway, zh-CN", "freshway, en"})
    void everyExerciseOpensOnTheTabletBoardConsoleProjectorAndDebrief(String caseId, String languageTag) {
        Locale language = Locale.forLanguageTag(languageTag);
        Language.switchTo(UI.getCurrent(), language);
        WorkshopId workshop = workshopOf(caseId, language);
        List<Method.Exercise> exercises = new java.util.ArrayList<>();
        asInstructor(() ->
                exercises.addAll(workshops.snapshot(workshop).pack().method().agendaExercises()));
        assertThat(exercises).hasSizeGreaterThanOrEqualTo(12);

        for (Method.Exercise exercise : exercises) {
            String title = exercise.title().in(language);
            asInstructor(() -> steering.openExercise(workshop, exercise.id(), Set.of()));

            onTablet(tablet);
            assertThat(shown()).as("tablet on %s", exercise.id()).contains(title);
            for (String tab : TabletTabs.labels()) {
                TabletTabs.open(tab);
                assertComplete("tablet tab " + tab + " on " + exercise.id());
                if (!caseId.equals("homebody")) {
                    assertThat(shown())
                            .as("%s on %s names another case", tab, exercise.id())
                            .doesNotContain("Homebody");
                }
            }
            UI.getCurrent().navigate("board");
            assertComplete("board of " + exercise.id());

            signInAsInstructor();
            UI.getCurrent().navigate("workshops/" + workshop.value());
            assertThat(shown()).as("console on %s", exercise.id()).contains(title);
            UI.getCurrent().navigate("workshops/" + workshop.value() + "/projector");
            assertThat(shown()).as("projector on %s", exercise.id()).contains(title);
            UI.getCurrent().navigate("workshops/" + workshop.value() + "/debrief/" + exercise.id());
            assertComplete("debrief of " + exercise.id());
        }
        holdTablet(tablet);
        UI.getCurrent().navigate("plan");
        assertComplete("plan");
        assertThat(records.personalReport(tablet)).isPresent();
    }

    private WorkshopId workshopOf(String caseId, Locale language) {
        WorkshopId[] created = new WorkshopId[1];
        asInstructor(() -> {
            created[0] = workshops.create(
                    new NewWorkshop("Whole course", LocalDate.of(2026, 12, 7), caseId, language, List.of("1", "2")),
                    "lee");
            Workshops.join(workshops, trainees, created[0], tablet, "Mei", 0);
        });
        return created[0];
    }

    /** Every text, attribute and property a screen holds now (labels and aria-labels too). */
    private static String shown() {
        StringBuilder all = new StringBuilder();
        UI.getCurrent().getChildren().forEach(child -> collect(child.getElement(), all));
        String text = all.toString();
        assertThat(text).as("untranslated keys").doesNotContain("!{");
        return text;
    }

    private static void collect(Element element, StringBuilder all) {
        if (element.isTextNode()) {
            all.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames()
                .forEach(name -> all.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames()
                .map(element::getPropertyRaw)
                .filter(String.class::isInstance)
                .forEach(value -> all.append(value).append('\n'));
        element.getChildren().forEach(child -> collect(child, all));
    }

    private static void assertComplete(String where) {
        assertThat(shown()).as(where).isNotBlank();
    }
}
