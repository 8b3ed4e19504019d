package org.ssmclassroom.takeaway.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.takeaway.PersonalPlan;
import org.ssmclassroom.takeaway.PersonalPlans;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.Workshops;

class PlanViewTest extends KaribuTest {

    static final PersonalPlan.Key TOP_FIVE = new PersonalPlan.Key("next-30-days", "top-five-review");

    @Autowired
    WorkshopService workshops;

    @Autowired
    Trainees trainees;

    @Autowired
    PersonalPlans plans;

    private WorkshopId workshop;
    private List<DeviceToken> table;

    @BeforeEach
    void twoTraineesAtATable() {
        signInAsInstructor();
        workshop = Workshops.homebody(workshops, 2);
        table = Workshops.seated(workshops, trainees, workshop, 1, 2).getFirst();
    }

    /** The second action of the next 30 days: "Regularly review your top five key opportunities …". */
    private static Div topFive() {
        return _get(
                Div.class,
                spec -> spec.withClasses("plan-action")
                        .withAttribute(
                                "aria-label",
                                "Regularly review your top five key opportunities with your sales manager"));
    }

    @Test
    void aTraineeOpensTheirPlanFromTheTabletInOneTapAndWhatTheyWriteIsSaved() {
        onTablet(table.get(0));
        assertThat(_find(Anchor.class, spec -> spec.withText("Download my personal PDF")))
                .hasSize(1);
        Anchor way = _get(Anchor.class, spec -> spec.withText("My action plan"));
        UI.getCurrent().navigate(way.getHref());

        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains("Within the next 30 days", "In the next 60–90 days");
        assertThat(_find(Div.class, spec -> spec.withClasses("plan-action"))).hasSize(12);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("badge-authored"))
                        .getTitle())
                .hasValueSatisfying(title -> assertThat(title).contains("written by the pack authors"));
        _setValue(_get(topFive(), TextArea.class, spec -> spec.withLabel("My commitment")), "Review every Friday");
        _setValue(_get(topFive(), TextField.class, spec -> spec.withLabel("Opportunity")), "Homebody CRM");

        PersonalPlan.Entry saved = plans.mine(table.get(0)).orElseThrow().entry(TOP_FIVE);
        assertThat(saved.commitment()).isEqualTo("Review every Friday");
        assertThat(saved.opportunity()).isEqualTo("Homebody CRM");
        assertThat(saved.version()).isEqualTo(2);
    }

    @Test
    void afterTheCloseTheTabletStillOffersThePlanAndThePersonalPdf() {
        workshops.close(workshop);
        onTablet(table.get(0));

        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .contains("My action plan", "Download my personal PDF", "Join another workshop");
    }

    @Test
    void aTeammatesTabletShowsTheirOwnEmptyPlanNeverTheFirsts() {
        plans.write(table.get(0), TOP_FIVE, "Review every Friday", null, "Homebody CRM", 0);

        onTablet(table.get(1));
        UI.getCurrent().navigate("plan");

        assertThat(_get(topFive(), TextArea.class, spec -> spec.withLabel("My commitment"))
                        .getValue())
                .isEmpty();
        assertThat(_find(TextArea.class))
                .allSatisfy(area -> assertThat(area.getValue()).isEmpty());
    }

    @Test
    void aDeviceNotSeatedIsSentToTheTableScreenNotToAPlan() {
        holdTablet(DeviceToken.random());
        UI.getCurrent().navigate("plan");

        assertThat(_find(Div.class, spec -> spec.withClasses("plan-action"))).isEmpty();
    }

    @Test
    void theConsoleShowsWhoHasWrittenTheirPlanButNotWhatUntilItIsShared() {
        UI.getCurrent().navigate("workshops/" + workshop.value());
        assertThat(consoleTitle()).isEqualTo("Action plans: 0 of 2 written");

        plans.write(table.get(0), TOP_FIVE, "Review every Friday", null, "Homebody CRM", 0);
        roundtrip();

        assertThat(consoleTitle()).isEqualTo("Action plans: 1 of 2 written");
        Div panel = _get(Div.class, spec -> spec.withClasses("plan-console"));
        assertThat(panel.getElement().getTextRecursively())
                .contains("Table 1: 1 of 2", "✓ T0.0", "○ T0.1")
                .doesNotContain("Review every Friday");
        assertThat(_find(panel, Button.class, spec -> spec.withText("Read (shared)")))
                .isEmpty();

        plans.share(table.get(0), true);
        roundtrip();

        _click(_get(Button.class, spec -> spec.withText("Read (shared)")));
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class)
                        .getElement()
                        .getTextRecursively())
                .contains("Review every Friday");
    }

    @Test
    void theTraineeSharesTheirPlanWithTheShareToggle() {
        onTablet(table.get(0));
        UI.getCurrent().navigate("plan");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Share my plan with the instructor")), true);

        assertThat(plans.mine(table.get(0)).orElseThrow().shared()).isTrue();
    }

    private static String consoleTitle() {
        return _get(_get(Div.class, spec -> spec.withClasses("plan-console")), H2.class)
                .getText();
    }
}
