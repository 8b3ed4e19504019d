package org.ssmclassroom.negotiation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.negotiation.NegotiationService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

class NegotiationViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    @Autowired
    NegotiationService negotiations;

    private WorkshopId workshop;
    private List<DeviceToken> table;

    @BeforeEach
    void twoTraineesAtATableInTheNegotiation() {
        signInAsInstructor();
        workshop = Workshops.homebody(workshops, 2);
        table = Workshops.seated(workshops, trainees, workshop, 1, 2).getFirst();
        steering.openExercise(workshop, "ex10", Set.of());
    }

    private static String text(String className) {
        return _get(Div.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> option(String issue) {
        return _get(ComboBox.class, spec -> spec.withLabel("Our option on " + issue));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> trade(String issue) {
        return _get(Select.class, spec -> spec.withLabel("Trade for " + issue));
    }

    @Test
    void aTableNegotiatesWithTheComputerYoshiAndReadsItsEndCard() {
        onTablet(table.get(0));
        Anchor way = _get(Anchor.class, spec -> spec.withText("Negotiate with the computer customer"));
        UI.getCurrent().navigate(way.getHref());
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("badge-authored"))
                        .getText())
                .isEqualTo("Authored");
        _click(_get(Button.class, spec -> spec.withText("Negotiate as our table")));
        assertThat(text("negotiation-log")).contains("You've won this deal, but I still have some concerns.");

        assertThat(org.ssmclassroom.testing.AccessibleNames.mismatched(UI.getCurrent()))
                .isEmpty();
        _setValue(option("price"), "Keep the quoted price");
        _setValue(option("the consultant"), "Lois Knight leads it");
        _setValue(option("the software's performance"), "Earlier successes as evidence, no further guarantee");
        _click(_get(Button.class, spec -> spec.withText("Propose")));
        assertThat(text("negotiation-log"))
                .contains("price: Keep the quoted price")
                .contains("That won't do: price matters too much to us");

        _setValue(option("price"), "Same price, step financing by phase");
        _setValue(option("the consultant"), "Lois Knight full time plus some of John's advisory time");
        _setValue(option("the software's performance"), "A capped service-level commitment");
        _setValue(trade("the consultant"), "C=capped-sla");
        _setValue(
                _get(TextField.class, spec -> spec.withLabel("The criterion we rest it on (optional)")),
                "Return on investment");
        _click(_get(Button.class, spec -> spec.withText("Propose")));

        Div card = _get(Div.class, spec -> spec.withClasses("negotiation-review"));
        String end = card.getElement().getTextRecursively();
        assertThat(end)
                .contains("You have a deal.")
                .contains(
                        "Worth 18 to us (our best alternative: 10) and 13 to the customer (its best alternative: 11).")
                .contains("The customer’s best alternative was: Turn to a competitor 35% cheaper")
                .contains("A better trade: price: Same price, step financing by phase; the consultant: Lois Knight full"
                        + " time plus some of John's advisory time; the software's performance: Earlier successes as"
                        + " evidence, no further guarantee, worth 19 to us and 11 to the customer")
                .contains("Best for both together: price: Same price, step financing by phase; the consultant: Lois"
                        + " Knight full time plus some of John's advisory time; the software's performance: A capped"
                        + " service-level commitment, worth 18 to us and 13 to the customer.")
                .contains("✓ Interests, not positions: you traded across issues (1 times) rather than conceding one"
                        + " issue at a time (0 times).")
                .contains("✓ Criteria: 1 proposal(s)")
                .contains("✓ Best alternative: every proposal was worth at least 10 to us (the lowest: 18).");
        assertThat(_find(Button.class, spec -> spec.withText("Negotiate alone")))
                .hasSize(1);

        signInAsInstructor();
        UI.getCurrent().navigate("workshops/" + workshop.value());
        Anchor entry = _get(
                Anchor.class,
                spec -> spec.withText(
                        "Table 1 as a table (started by T0.0) · 2 rounds · deal: 18 to us, 13 to the customer"));
        UI.getCurrent().navigate(entry.getHref());
        assertThat(_get(
                                com.vaadin.flow.component.html.OrderedList.class,
                                spec -> spec.withClasses("negotiation-transcript"))
                        .getElement()
                        .getTextRecursively())
                .contains("T0.0: price: Same price, step financing by phase")
                .contains("(if you accept on the software's performance: A capped service-level commitment)")
                .contains("criterion: Return on investment");
    }

    @Test
    void theTablesBoardOptionsArePrefilledAndATeammateAcceptsTheCustomersOffer() {
        var board = boards.boardOf(table.get(0)).orElseThrow();
        boards.edit(
                table.get(0),
                board.boardId(),
                new org.ssmclassroom.base.BoardItemId("issues", "case-A"),
                "options",
                "分期付款；按阶段交付",
                0);
        var ours = negotiations.start(table.get(0), true);
        onTablet(table.get(1));
        UI.getCurrent().navigate("negotiation");

        assertThat(option("price").getListDataView().getItems().toList())
                .startsWith("分期付款", "按阶段交付")
                .contains("Cut the price by 35%");

        negotiations.propose(
                table.get(0),
                ours.id(),
                List.of(
                        new NegotiationService.Draft("A", "分期付款", null, null),
                        new NegotiationService.Draft("B", "advisory time", null, null),
                        new NegotiationService.Draft("C", "full liability", null, null)),
                "");
        roundtrip();
        assertThat(text("negotiation-log")).contains("On price what I need is: Cut 15% with a smaller first phase.");

        _click(_get(Button.class, spec -> spec.withText("Accept their offer as it stands")));

        assertThat(text("negotiation-review")).contains("You have a deal.").contains("A better trade:");
    }

    @Test
    void theInstructorSeesEveryNegotiationWithItsOutcomeAndReadsOne() {
        var mine = negotiations.start(table.get(0), false);
        negotiations.propose(
                table.get(0),
                mine.id(),
                List.of(
                        new NegotiationService.Draft("A", "Cut the price by 35%", null, null),
                        new NegotiationService.Draft("B", "John Huggett on the project full time", null, null),
                        new NegotiationService.Draft("C", "A capped service-level commitment", null, null)),
                "");
        negotiations.start(table.get(1), true);

        UI.getCurrent().navigate("workshops/" + workshop.value());
        String console = text("negotiation-console");
        assertThat(console)
                .contains("Negotiations with the computer customer: 2")
                .contains("T0.0 · 1 rounds · deal: 6 to us, 18 to the customer")
                .contains("as a table (started by T0.1) · 0 rounds · in progress");
        Anchor entry = _get(Anchor.class, spec -> spec.withText("T0.0 · 1 rounds · deal: 6 to us, 18 to the customer"));
        UI.getCurrent().navigate(entry.getHref());

        assertThat(text("negotiation-review"))
                .contains("✗ Best alternative: a proposal was worth only 6 to us, below our best alternative (10).");
        assertThat(_get(
                                com.vaadin.flow.component.html.OrderedList.class,
                                spec -> spec.withClasses("negotiation-transcript"))
                        .getElement()
                        .getTextRecursively())
                .contains("T0.0: price: Cut the price by 35%")
                .contains("Good, I can accept that. Then we have a deal");
    }
}
