package org.ssmclassroom.roleplay.ui;

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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.roleplay.InterviewService;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.TabletTabs;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/** Several personas: whom a trainee practises with on the tablet, and the classroom mode for a persona of ex5. */
class PersonaChoiceViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    PracticeService practice;

    @Autowired
    InterviewService interviews;

    private WorkshopId homebody(Locale language) {
        signInAsInstructor();
        return workshops.create(
                new NewWorkshop("Shanghai class", LocalDate.of(2026, 11, 27), "homebody", language, List.of("Table 1")),
                "lee");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<PracticeService.Persona> choice(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private static void choose(RadioButtonGroup<PracticeService.Persona> choice, String name) {
        _setValue(
                choice,
                choice.getListDataView()
                        .getItems()
                        .filter(p -> p.name().equals(name))
                        .findFirst()
                        .orElseThrow());
    }

    private static String text(Class<? extends com.vaadin.flow.component.Component> type, String className) {
        return _get(type, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    private static void ask(String label, String button, String question) {
        _setValue(_get(TextField.class, spec -> spec.withLabel(label)), question);
        _click(_get(Button.class, spec -> spec.withText(button)));
    }

    @Test
    void betweenExercisesATraineeChoosesSarahUpdownAndUncoversHerPain() {
        WorkshopId workshop = homebody(Locale.ENGLISH);
        DeviceToken mei =
                Workshops.seated(workshops, trainees, workshop, 1, 2).getFirst().getFirst();
        onTablet(mei);
        Anchor way = _get(
                Anchor.class,
                spec -> spec.withText("Practise with the computer: Yoshi Goto · Sarah Updown · Boris Balance"));
        UI.getCurrent().navigate(way.getHref());

        RadioButtonGroup<PracticeService.Persona> choice = choice("Whom to practise with");
        assertThat(choice.getListDataView().getItems().map(PracticeService.Persona::name))
                .containsExactly("Yoshi Goto", "Sarah Updown", "Boris Balance");
        assertThat(text(Div.class, "practice-criteria")).contains("Strategic direction for the next 1–3 years");

        choose(choice, "Sarah Updown");
        assertThat(_get(
                        com.vaadin.flow.component.html.H1.class,
                        spec -> spec.withText("Practise a conversation with Sarah Updown")))
                .as("a persona other than the interview's is no interview")
                .isNotNull();

        assertThat(text(Div.class, "practice-criteria"))
                .contains("Sarah's own pain")
                .contains("Whether she has the power to buy")
                .doesNotContain("Strategic direction");
        assertThat(text(Paragraph.class, "practice-purpose"))
                .contains("The potential-sponsor conversation and testing the key decision maker")
                .contains("Authored");
        _click(_get(Button.class, spec -> spec.withText("Practise alone")));

        assertThat(text(Div.class, "practice-log")).contains("I'm Sarah");
        ask("Your question", "Ask", "What is your biggest headache at the moment?");
        assertThat(text(Div.class, "practice-log"))
                .contains("My pain is that our market share is shrinking")
                .contains("✓ Pain: market share shrinking");
        assertThat(_get(Span.class, spec -> spec.withClasses("discovery-figure"))
                        .getText())
                .startsWith("18% · 1 of 7 uncovered");
        _click(_get(Button.class, spec -> spec.withText("End the conversation")));

        assertThat(text(Div.class, "practice-history")).contains("With Sarah Updown: 1 session(s)");
        assertThat(practice.history(mei))
                .singleElement()
                .satisfies(p -> assertThat(p.persona().id()).isEqualTo("sarah"));
        UI.getCurrent().navigate("workshops/" + workshop.value());
        assertThat(_find(Anchor.class))
                .extracting(Anchor::getText)
                .anySatisfy(entry -> assertThat(entry)
                        .startsWith("T0.0 with Sarah Updown · 18% · 1 questions")
                        .endsWith("ended"));
    }

    @Test
    void inChineseATableChoosesBorisBalanceAndHeAnswersInChinese() {
        WorkshopId workshop = homebody(LocalizedText.CHINESE);
        UI.getCurrent().setLocale(LocalizedText.CHINESE);
        List<DeviceToken> table =
                Workshops.seated(workshops, trainees, workshop, 1, 2).getFirst();
        holdTablet(table.get(0));
        UI.getCurrent().navigate("practice");

        RadioButtonGroup<PracticeService.Persona> choice = choice("选择练习对象");
        assertThat(choice.getListDataView().getItems().map(PracticeService.Persona::name))
                .containsExactly("Yoshi Goto", "Sarah Updown", "Boris Balance");
        choose(choice, "Boris Balance");
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withText("与Boris Balance练习对话")))
                .isNotNull();
        assertThat(text(Div.class, "practice-criteria")).contains("Boris本人的痛");
        _click(_get(Button.class, spec -> spec.withText("全桌一起练习")));

        ask("你的问题", "提问", "利润下滑是什么原因造成的？");
        assertThat(text(Div.class, "practice-log")).contains("成本不断增长，业务收入却不断降低");

        onTablet(table.get(1));
        UI.getCurrent().navigate("practice");
        assertThat(_find(RadioButtonGroup.class))
                .as("the table's session is open: no choice")
                .isEmpty();
        assertThat(text(Div.class, "practice-log")).contains("Boris Balance").contains("业务收入却不断降低");
    }

    @Test
    void duringExerciseFiveTheTabletOffersSarahFirst() {
        WorkshopId workshop = homebody(Locale.ENGLISH);
        DeviceToken mei =
                Workshops.seated(workshops, trainees, workshop, 1, 1).getFirst().getFirst();
        asInstructor(() -> steering.openExercise(workshop, "ex5", Set.of()));

        onTablet(mei);
        Anchor way = _get(Anchor.class, spec -> spec.withText("Practise with the computer: Sarah Updown"));
        UI.getCurrent().navigate(way.getHref());

        assertThat(choice("Whom to practise with").getListDataView().getItems().map(p -> p.name() + "/" + p.now()))
                .containsExactly("Sarah Updown/true", "Yoshi Goto/false", "Boris Balance/false");
        assertThat(practice.start(mei, false).persona()).isEqualTo("sarah");

        asInstructor(() -> steering.openExercise(workshop, "ex6", Set.of()));
        assertThat(PracticeService.offered(
                        workshops.snapshot(workshop),
                        workshops.snapshot(workshop).tables().getFirst().id()))
                .as("no persona in exercise 6: practice would pull the trainee away")
                .isFalse();
    }

    @Test
    void inExerciseFiveSarahsPlayerReadsHerBriefAndTheObserverTicksHerTargets() {
        WorkshopId workshop = homebody(Locale.ENGLISH);
        List<DeviceToken> tablets =
                Workshops.seated(workshops, trainees, workshop, 1, 3).getFirst();
        asInstructor(() -> {
            steering.openExercise(workshop, "ex5", Set.of());
            var snapshot = workshops.snapshot(workshop);
            var table = snapshot.tables().getFirst().id();
            var members = snapshot.members(table);
            steering.overrideRoles(table, members.get(0).id(), List.of("devils-advocate"));
            steering.overrideRoles(table, members.get(1).id(), List.of("customer-executive"));
        });
        DeviceToken observer =
                tablets.stream().filter(interviews::observes).findFirst().orElseThrow();
        DeviceToken player = tablets.stream()
                .filter(t -> !t.equals(observer))
                .filter(t -> workshops
                        .seatOf(t)
                        .map(s -> s.workshop()
                                .roles(s.workshop().tables().getFirst().id())
                                .getOrDefault(s.participant(), List.of())
                                .contains("customer-executive"))
                        .orElse(false))
                .findFirst()
                .orElseThrow();

        onTablet(player);
        TabletTabs.open("Materials");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Role brief: Sarah Updown");

        onTablet(observer);
        assertThat(_find(com.vaadin.flow.component.html.H2.class))
                .as("the panel is titled for Sarah, not for the interview")
                .extracting(com.vaadin.flow.component.html.H2::getText)
                .contains("Conversation with Sarah Updown: discovery", "Discovery checklist: Sarah Updown");
        assertThat(_find(Checkbox.class)).hasSize(7);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Pain: market share shrinking")), true);
        _click(_get(Button.class, spec -> spec.withText("Open question (0)")));

        assertThat(_get(Span.class, spec -> spec.withClasses("discovery-figure"))
                        .getText())
                .isEqualTo("18% · 1 of 7 uncovered · questions tagged: 1");
        assertThat(_get(
                                Checkbox.class,
                                spec -> spec.withLabel(
                                        "She lacks the power to buy: above US$500,000 Yoshi approves and Boris reviews"))
                        .getHelperText())
                .isEqualTo("told only when asked directly who approves or decides");

        asInstructor(() -> steering.openExercise(workshop, "ex3", Set.of()));
        onTablet(observer);
        assertThat(_find(com.vaadin.flow.component.html.H2.class))
                .extracting(com.vaadin.flow.component.html.H2::getText)
                .contains("Conversation with Yoshi Goto: discovery");
        assertThat(_get(Span.class, spec -> spec.withClasses("discovery-figure"))
                        .getText())
                .as("the interview's meter counts neither Sarah's targets nor her conversation's tags")
                .isEqualTo("0% · 0 of 12 uncovered · questions tagged: 0");
    }

    @Test
    void inChineseTheObserversPanelForBorisIsTitledForBoris() {
        WorkshopId workshop = homebody(LocalizedText.CHINESE);
        UI.getCurrent().setLocale(LocalizedText.CHINESE);
        List<DeviceToken> tablets =
                Workshops.seated(workshops, trainees, workshop, 1, 2).getFirst();
        asInstructor(() -> {
            steering.openExercise(workshop, "ex9", Set.of());
            var snapshot = workshops.snapshot(workshop);
            var table = snapshot.tables().getFirst().id();
            steering.overrideRoles(table, snapshot.members(table).getFirst().id(), List.of("devils-advocate"));
        });
        DeviceToken observer =
                tablets.stream().filter(interviews::observes).findFirst().orElseThrow();

        onTablet(observer);

        assertThat(_find(com.vaadin.flow.component.html.H2.class))
                .extracting(com.vaadin.flow.component.html.H2::getText)
                .contains("与Boris Balance的对话：发现进度", "发现清单：Boris Balance")
                .doesNotContain("访谈发现进度（各组）");
    }
}
