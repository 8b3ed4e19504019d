package org.ssmclassroom.scoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

class ModerationViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    ScoringService scoring;

    private WorkshopId workshop;
    private TableId one;
    private final DeviceToken mei = DeviceToken.random();

    @BeforeEach
    void twoInstructorsDiffer() {
        signInAsInstructor();
        workshop = Workshops.homebody(workshops, 2);
        Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
        steering.openExercise(workshop, "ex2", Set.of());
        one = workshops.snapshot(workshop).tables().get(0).id();
        scoring.mark(one, "ex2", "complete", 4, "complete", 0);
        var lead = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        Instructor.signInAs("kim");
        scoring.mark(one, "ex2", "complete", 2, "no date", 0);
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(lead);
    }

    @Test
    void theLeadSeesBothInstructorsSideBySideAndAgreesTheLevelTheTableSees() {
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/scores/ex2");
        UI.getCurrent()
                .navigate(_get(Anchor.class, spec -> spec.withAttribute("aria-label", "Moderate Table 1"))
                        .getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Moderate Table 1 · Team exercise 2");
        Div complete =
                _get(Div.class, spec -> spec.withAttribute("aria-label", "Complete record (pseudonyms, amount, date)"));
        assertThat(complete.hasClassName("disputed")).isTrue();
        assertThat(_find(complete, H3.class)).extracting(H3::getText).contains("kim", "lee");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> agreed = _get(complete, RadioButtonGroup.class);
        _setValue(_get(complete, TextArea.class), "The date is missing.");
        _setValue(agreed, 2);

        ScoreSheet sheet = scoring.sheet(one, "ex2");
        assertThat(sheet.disputed()).isFalse();
        assertThat(sheet.outcome("complete"))
                .isEqualTo(new ScoreSheet.Outcome.Scored(2, List.of("The date is missing.")));
    }

    @Test
    void aCoInstructorNeitherModeratesNorManagesAccounts() {
        signInAsCoInstructor("kim");
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/scores/ex2");
        assertThat(_find(Anchor.class, spec -> spec.withAttribute("aria-label", "Moderate Table 1")))
                .isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Instructors"))).isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("instructors"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        UI.getCurrent().navigate("workshops/" + workshop.value() + "/moderate/" + one.value() + "/ex2"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }

    @Test
    void theLeadAddsACoInstructorWhoThenSignsInUnderTheirOwnName() {
        UI.getCurrent().navigate("instructors");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), "kim");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "co-instructor-secret");
        _click(_get(Button.class, spec -> spec.withText("Add instructor")));

        assertThat(_find(Span.class)).extracting(Span::getText).contains("lee", "Lead", "kim");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove kim")));
        assertThat(_find(Span.class)).extracting(Span::getText).doesNotContain("kim");
    }
}
