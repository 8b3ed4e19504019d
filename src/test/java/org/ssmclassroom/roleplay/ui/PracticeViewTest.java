package org.ssmclassroom.roleplay.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
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

class PracticeViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    Trainees trainees;

    @Autowired
    PracticeService practice;

    private WorkshopId workshop;
    private List<DeviceToken> table;

    @BeforeEach
    void twoTraineesAtATable() {
        signInAsInstructor();
        workshop = Workshops.homebody(workshops, 2);
        table = Workshops.seated(workshops, trainees, workshop, 1, 2).getFirst();
    }

    @Test
    void aTraineeInterviewsTheComputerYoshiAndGetsAFeedbackCard() {
        onTablet(table.get(0));
        Anchor way = _get(
                Anchor.class,
                spec -> spec.withText("Practise with the computer: Yoshi Goto · Sarah Updown · Boris Balance"));
        UI.getCurrent().navigate(way.getHref());
        _click(_get(Button.class, spec -> spec.withText("Practise alone")));

        assertThat(chat()).contains("Hello, have a seat");
        ask("Where do you want the company to be in a few years?");
        ask("Let me show you our new CRM suite, it is the best on the market.");

        assertThat(chat())
                .contains("Over the next one to three years we must win back market share")
                .contains("✓ Strategic direction for the next 1–3 years")
                .contains("product pitch")
                .contains("Tell me first how you understand our business");
        assertThat(meter()).isEqualTo("14% · 1 of 12 uncovered · questions asked: 2");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your question"))
                        .getValue())
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withText("End the interview")));

        Div card = _get(Div.class, spec -> spec.withClasses("practice-feedback"));
        assertThat(card.getElement().getTextRecursively())
                .contains("Found (1)")
                .contains("Missed (11)")
                .contains("Try (Explore impact · Open): Why must this happen now")
                .contains("Product pitch (1)")
                .contains("Open question (1)");
        assertThat(_find(Button.class, spec -> spec.withText("Practise alone"))).hasSize(1);
    }

    @Test
    void aTablesInterviewShowsOnTeammatesTabletsAsItGoes() {
        holdTablet(table.get(1));
        UI.getCurrent().navigate("practice");
        var ours = practice.start(table.get(0), true);
        roundtrip();
        assertThat(chat()).contains("Hello, have a seat");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your question")), "Who owns");

        practice.ask(table.get(0), ours.id(), "Why does this have to happen now?");
        roundtrip();

        assertThat(chat()).contains("quarterly analysts' meeting").contains("T0.0");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your question"))
                        .getValue())
                .as("what the teammate is typing stays")
                .isEqualTo("Who owns");
    }

    @Test
    void theInstructorSeesEveryPracticeSessionAndReadsOne() {
        var session = practice.start(table.get(0), false);
        practice.ask(table.get(0), session.id(), "Who is accountable for it?");

        UI.getCurrent().navigate("workshops/" + workshop.value());
        Anchor entry = _get(
                Anchor.class, spec -> spec.withText("T0.0 with Yoshi Goto · 9% · 1 questions · 0:00 · in progress"));
        UI.getCurrent().navigate(entry.getHref());

        String page = _get(
                        com.vaadin.flow.component.html.OrderedList.class,
                        spec -> spec.withClasses("practice-transcript"))
                .getElement()
                .getTextRecursively();
        assertThat(page).contains("T0.0: Who is accountable for it?").contains("Yoshi Goto: Sarah Updown");
        assertThat(_get(Div.class, spec -> spec.withClasses("practice-feedback"))
                        .getElement()
                        .getTextRecursively())
                .contains("Missed (11)");
    }

    private static void ask(String question) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your question")), question);
        _click(_get(Button.class, spec -> spec.withText("Ask")));
    }

    private static String chat() {
        return _get(Div.class, spec -> spec.withClasses("practice-log"))
                .getElement()
                .getTextRecursively();
    }

    private static String meter() {
        return _get(Span.class, spec -> spec.withClasses("discovery-figure")).getText();
    }
}
