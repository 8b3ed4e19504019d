package org.ssmclassroom.roleplay.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.roleplay.InterviewService;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.ScenarioZips;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/** Two personas used by one exercise (Sarah and Boris both in exercise 5): each keeps its own checklist and meter. */
class SharedExerciseConversationsTest extends KaribuTest {

    private static final String PACK = "two-in-ex5";

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    InterviewService interviews;

    @Autowired
    PracticeService practice;

    @Autowired
    ScenarioLibrary library;

    private WorkshopId workshop;
    private List<DeviceToken> tablets;

    /** Homebody with Boris moved from exercise 9 to exercise 5, beside Sarah; three trainees at one table. */
    @BeforeEach
    void sarahAndBorisInExerciseFive() {
        signInAsInstructor();
        Map<String, byte[]> files = ScenarioZips.files("homebody");
        String manifest = new String(files.get("pack.yaml"), StandardCharsets.UTF_8)
                .replace("id: homebody", "id: " + PACK)
                .replaceFirst("(?m)^  en: .*$", "  en: Two in ex5");
        String caseFile = new String(files.get("case.yaml"), StandardCharsets.UTF_8);
        String moved = caseFile.replace("    exercises: [ex9]", "    exercises: [ex5]");
        assertThat(moved).isNotEqualTo(caseFile);
        files.put("pack.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        files.put("case.yaml", moved.getBytes(StandardCharsets.UTF_8));
        if (library.pack(PACK).isEmpty()) {
            assertThat(library.importZip(PACK + ".zip", ScenarioZips.zip(files), "lee")
                            .problems())
                    .isEmpty();
        }
        workshop = workshops.create(
                new NewWorkshop("Two personas", LocalDate.of(2026, 12, 7), PACK, Locale.ENGLISH, List.of("Table 1")),
                "lee");
        tablets = Workshops.seated(workshops, trainees, workshop, 1, 3).getFirst();
        steering.openExercise(workshop, "ex5", Set.of());
        var snapshot = workshops.snapshot(workshop);
        var table = snapshot.tables().getFirst().id();
        steering.overrideRoles(table, snapshot.members(table).getFirst().id(), List.of("devils-advocate"));
    }

    private static Div conversation(String persona) {
        return _find(Div.class, spec -> spec.withClasses("discovery-conversation")).stream()
                .filter(d -> _find(d, H2.class).stream()
                        .anyMatch(h -> h.getText().equals("Conversation with " + persona + ": discovery")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no conversation titled for " + persona));
    }

    private static String figure(String persona) {
        return _get(conversation(persona), Span.class, spec -> spec.withClasses("discovery-figure"))
                .getText();
    }

    @Test
    void theObserverTicksAndTagsSarahAndBorisOnTwoChecklists() {
        DeviceToken observer =
                tablets.stream().filter(interviews::observes).findFirst().orElseThrow();
        onTablet(observer);

        assertThat(_find(conversation("Sarah Updown"), Checkbox.class)).hasSize(7);
        assertThat(_find(conversation("Boris Balance"), Checkbox.class)).hasSize(7);
        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains("Discovery checklist: Sarah Updown", "Discovery checklist: Boris Balance");

        _setValue(
                _get(
                        conversation("Sarah Updown"),
                        Checkbox.class,
                        spec -> spec.withLabel("Pain: market share shrinking")),
                true);
        _click(_get(conversation("Sarah Updown"), Button.class, spec -> spec.withText("Open question (0)")));
        _click(_get(conversation("Boris Balance"), Button.class, spec -> spec.withText("Control question (0)")));

        assertThat(figure("Sarah Updown")).isEqualTo("18% · 1 of 7 uncovered · questions tagged: 1");
        assertThat(figure("Boris Balance")).isEqualTo("0% · 0 of 7 uncovered · questions tagged: 1");
        _get(conversation("Boris Balance"), Button.class, spec -> spec.withText("Open question (0)"));

        UI.getCurrent().navigate("workshops/" + workshop.value());
        assertThat(_find(Div.class, spec -> spec.withClasses("discovery-row")))
                .extracting(row -> row.getElement().getTextRecursively())
                .satisfiesExactly(
                        sarah -> assertThat(sarah)
                                .startsWith("Table 1 · Sarah Updown")
                                .contains("1 of 7"),
                        boris -> assertThat(boris)
                                .startsWith("Table 1 · Boris Balance")
                                .contains("0 of 7"));
    }

    @Test
    void practisingWithBorisInExerciseFiveFillsHisMeterOnly() {
        DeviceToken trainee = tablets.getLast();
        var session = practice.start(trainee, false, "boris");

        practice.ask(trainee, session.id(), "What is mainly behind the fall in profits?");

        var now = practice.current(trainee).orElseThrow();
        assertThat(now.targets()).hasSize(7).allMatch(t -> t.id().startsWith("boris-"));
        assertThat(now.discovery().found()).containsExactly("boris-reasons");
        practice.end(trainee, session.id());
        assertThat(practice.lastFeedback(trainee).orElseThrow().missed())
                .hasSize(6)
                .allMatch(m -> m.target().id().startsWith("boris-"));
    }
}
