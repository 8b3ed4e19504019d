package org.ssmclassroom.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.TabletTabs;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.Workshops;

class JoinAndTabletTest extends KaribuTest {

    @Autowired
    WorkshopService service;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    private WorkshopId workshop;
    private String code;

    @BeforeEach
    void workshop() {
        asInstructor(() -> {
            workshop = Workshops.homebody(service, 3);
            code = service.snapshot(workshop).workshop().joinCode().display();
        });
        holdTablet(DeviceToken.random());
    }

    private void typeCode(String typed) {
        UI.getCurrent().navigate("join");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Join code")), typed);
        _click(_get(Button.class, spec -> spec.withText("Continue")));
    }

    private void joinAs(String name) {
        typeCode(code.toLowerCase());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your company")), "Acme Shanghai");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your job title")), "Key account manager");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Years in sales")), 6);
        JoinView view = _get(JoinView.class);
        view.table.setValue(view.table.getListDataView().getItem(1));
        _click(_get(Button.class, spec -> spec.withText("Join")));
    }

    @Test
    void wrongCodeSaysSoPlainly() {
        typeCode("ABCD-EFGH");
        assertThat(_get(JoinView.class).error.getText())
                .isEqualTo("No workshop has the code ABCD-EFGH. Check the code on the projector.");
    }

    @Test
    void theRightCodeAfterAWrongOneLeavesNoErrorOnTheIntroduction() {
        typeCode("ABCD-EFGH");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Join code")), code);
        _click(_get(Button.class, spec -> spec.withText("Continue")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Your name")).isVisible())
                .isTrue();
        assertThat(_get(JoinView.class).error.getText()).isEmpty();
    }

    @Test
    void everyRequiredFieldIsMarkedAndAMissingOneIsNamed() {
        typeCode(code);
        IntegerField years = _get(IntegerField.class, spec -> spec.withLabel("Years in sales"));
        assertThat(years.isRequiredIndicatorVisible()).isTrue();
        assertThat(_find(TextField.class)).allMatch(TextField::isRequiredIndicatorVisible);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your company")), "Acme Shanghai");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your job title")), "Key account manager");

        _click(_get(Button.class, spec -> spec.withText("Join")));

        assertThat(_get(JoinView.class).error.getText()).isEqualTo("Still missing: Your name, Years in sales.");
        assertThat(years.isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your company")).isInvalid())
                .isFalse();
        asInstructor(() -> assertThat(service.snapshot(workshop).participants()).isEmpty());
    }

    @Test
    void aFullTableShowsFullCannotBeChosenAndAJoinThatRacedToItIsToldWhy() {
        asInstructor(() -> {
            for (int i = 0; i < 11; i++) {
                Workshops.join(service, trainees, workshop, DeviceToken.random(), "Seated " + i, 0);
            }
        });
        typeCode(code);
        JoinView view = _get(JoinView.class);
        var firstTable = view.table.getListDataView().getItem(0);
        assertThat(view.table.getItemLabelGenerator().apply(firstTable)).isEqualTo("Table 1 (11 seated)");
        asInstructor(
                () -> Workshops.join(service, trainees, workshop, DeviceToken.random(), "The twelfth", 0)); // meanwhile
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Mei");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your company")), "Acme Shanghai");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your job title")), "Key account manager");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Years in sales")), 6);
        view.table.setValue(firstTable);
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(view.error.getText()).isEqualTo("Table 1 is full: a table seats 12. Choose another table.");

        typeCode(code);
        JoinView again = _get(JoinView.class);
        var full = again.table.getListDataView().getItem(0);
        assertThat(again.table.getItemLabelGenerator().apply(full)).isEqualTo("Table 1 (full: 12 seated)");
        assertThat(again.table.getItemEnabledProvider().test(full)).isFalse();
        assertThat(again.table
                        .getItemEnabledProvider()
                        .test(again.table.getListDataView().getItem(1)))
                .isTrue();
    }

    @Test
    void closedWorkshopSaysItHasEnded() {
        asInstructor(() -> service.close(workshop));
        typeCode(code);
        assertThat(_get(JoinView.class).error.getText())
                .isEqualTo("This workshop has ended; its code no longer works.");
    }

    @Test
    void traineeJoinsWithTheCodeAndLandsAtTheirTable() {
        joinAs("Mei Lin");
        assertThat(_get(H1.class).getText()).isEqualTo("Shanghai class");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tablet-where"))
                        .getText())
                .isEqualTo("Mei Lin at Table 2");
        TabletTabs.open("Team");
        assertThat(_get(H2.class, spec -> spec.withText("My team"))).isNotNull();
        TabletTabs.open("My roles");
        assertThat(_find(H3.class)).extracting(H3::getText).isNotEmpty();
    }

    @Test
    void reloadingTheTabletComesBackWithoutASecondParticipant() {
        joinAs("Mei Lin");
        UI.getCurrent().navigate("join");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("table");
        asInstructor(() -> assertThat(service.snapshot(workshop).participants()).hasSize(1));
    }

    @Test
    void traineeSeesTheExerciseAndClockTheInstructorStarts() {
        joinAs("Mei Lin");
        asInstructor(() -> {
            steering.openExercise(workshop, "ex5", Set.of());
            steering.startClock(workshop, Set.of(), Duration.ofMinutes(40));
        });
        roundtrip();
        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains("Team exercise 5 — Draw an organisational relationship map");
        assertThat(_get(Span.class, spec -> spec.withClasses("clock-time")).getText())
                .isIn("40:00", "39:59");
    }

    @Test
    void inTheInterviewYoshisPlayerReadsHisBriefAndTheSalesTeamTheirs() {
        joinAs("Mei Lin");
        asInstructor(() -> steering.openExercise(workshop, "ex3", Set.of()));
        roundtrip();
        TabletTabs.open("Materials");
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .contains("Role brief: Yoshi Goto")
                .doesNotContain("Role brief: sales representative");
        // The brief's own title ("Role brief: Yoshi Goto, Chief Operating Officer (COO)") would repeat the card's.
        assertThat(_find(com.vaadin.flow.component.html.H2.class))
                .extracting(com.vaadin.flow.component.html.H2::getText)
                .noneMatch(heading -> heading.startsWith("Role brief"));
        assertThat(_find(H3.class)).extracting(H3::getText).noneMatch(heading -> heading.contains("(COO)"));

        asInstructor(() -> {
            var snapshot = service.snapshot(workshop);
            var mei = snapshot.participants().getFirst();
            steering.overrideRoles(mei.table(), mei.id(), java.util.List.of("recorder"));
        });
        roundtrip();
        TabletTabs.open("Materials");
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .contains("Role brief: sales representative", "Case student handout")
                .doesNotContain("Role brief: Yoshi Goto");
    }

    @Test
    void signalsReachTheInstructorAndALoneTraineeIsCaptainSoMayMarkDone() {
        joinAs("Mei Lin");
        asInstructor(() -> steering.openExercise(workshop, "ex1", Set.of()));
        roundtrip();
        _click(_get(Button.class, spec -> spec.withText("We need help")));
        asInstructor(() -> assertThat(service.snapshot(workshop).tables().get(1).status())
                .isEqualTo(WorkshopTable.Status.NEED_HELP));
        Button done = _get(Button.class, spec -> spec.withText("We are done"));
        assertThat(done.isEnabled()).isTrue();
    }

    @Test
    void theTabletSaysTheInstructorIsComingUntilTheHelpIsHandledEvenAfterDone() {
        joinAs("Mei Lin");
        asInstructor(() -> steering.openExercise(workshop, "ex1", Set.of()));
        roundtrip();
        _click(_get(Button.class, spec -> spec.withText("We need help")));
        _click(_get(Button.class, spec -> spec.withText("We are done")));
        roundtrip();
        assertThat(_get(Span.class, spec -> spec.withClasses("signal-help-coming"))
                        .getText())
                .isEqualTo("Help requested — the instructor is coming");
        asInstructor(() ->
                steering.helpHandled(service.snapshot(workshop).tables().get(1).id()));
        roundtrip();
        assertThat(_find(Span.class, spec -> spec.withClasses("signal-help-coming")))
                .isEmpty();
    }

    @Test
    void theQrLinkGoesStraightToTheIntroductionAndTheTablePickerSaysWhoSeatsMe() {
        UI.getCurrent().navigate("join/" + code);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your name")).isVisible())
                .isTrue();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Object> table =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Your table"));
        assertThat(table.getItemLabelGenerator().apply(null)).isEqualTo("The instructor will seat me");
    }

    @Test
    void aCodeWithAConfusableLetterIsToldWhichCharactersACodeHas() {
        typeCode("ABCD-EFGO");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("form-error"))
                        .getText())
                .contains("without I, L and O");
    }

    @Test
    void theTabletShowsTheExercisesStepsStageOutcomeAndMilestone() {
        joinAs("Mei Lin");
        asInstructor(() -> steering.openExercise(workshop, "ex3", Set.of()));
        roundtrip();
        assertThat(_find(Span.class, spec -> spec.withClasses("exercise-place-line")))
                .extracting(Span::getText)
                .containsExactly(
                        "Stage: SSM stage 1: Build relationships",
                        "Verifiable outcome: Opportunity learned of from the account plan or other channels",
                        "Pipeline milestone: Discovered");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class))
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .as("the deck's words, with the case and its persona named by the case pack")
                .contains(
                        "Read the Homebody Electronics case student handout",
                        "Every trainee is assigned a role: sales representative, or Yoshi Goto");
    }

    @Test
    void aTraineeWhoIsNotCaptainIsToldOnThePageWhoMarksDone() {
        joinAs("Mei Lin");
        var mei = service.seatOf(VaadinSession.getCurrent().getAttribute(DeviceToken.class))
                .orElseThrow()
                .participant();
        asInstructor(() -> {
            Workshops.join(service, trainees, workshop, DeviceToken.random(), "Hao", 1);
            steering.openExercise(workshop, "ex1", Set.of());
            var table = service.snapshot(workshop).tables().get(1).id();
            steering.overrideRoles(table, mei, java.util.List.of("recorder"));
        });
        roundtrip();
        assertThat(_get(Button.class, spec -> spec.withText("We are done")).isEnabled())
                .isFalse();
        assertThat(_get(Span.class, spec -> spec.withClasses("signal-hint")).getText())
                .isEqualTo("Only the captain marks the table done");
    }
}
