package org.ssmclassroom.negotiation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.negotiation.ComputerCustomer;
import org.ssmclassroom.negotiation.Negotiation;
import org.ssmclassroom.negotiation.NegotiationService;
import org.ssmclassroom.negotiation.Review;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.ui.ScreenParts;

/**
 * The negotiation with the computer customer on the workshop's screens: the way in on a trainee's tablet in
 * exercise 10, and every negotiation of the workshop, live, with its outcome, on the instructor's console.
 */
@org.springframework.stereotype.Component
class NegotiationParts implements ScreenParts {

    private final NegotiationService negotiations;

    NegotiationParts(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public Optional<Part> tablet(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        if (!negotiations.available(device)) {
            return Optional.empty();
        }
        return Optional.of(ScreenParts.tabletLink("negotiation", "negotiation-link", "negotiation.open"));
    }

    @Override
    public Optional<Part> console(WorkshopSnapshot workshop) {
        if (NegotiationService.customer(workshop).isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassNames("panel", "negotiation-console");
        Runnable render = () -> render(panel, workshop);
        render.run();
        LiveView.follow(
                panel,
                null,
                NegotiationService.Change::revision,
                listener -> negotiations.follow(workshop.workshop().id(), listener),
                change -> render.run());
        return Optional.of(() -> panel);
    }

    private void render(Div panel, WorkshopSnapshot workshop) {
        panel.removeAll();
        List<Negotiation> all = negotiations.negotiations(workshop.workshop().id());
        panel.setVisible(!all.isEmpty());
        if (all.isEmpty()) {
            return;
        }
        panel.add(new H2(panel.getTranslation("negotiation.console", all.size())));
        UnorderedList list = new UnorderedList();
        list.addClassName("negotiation-list");
        for (Negotiation negotiation : all) {
            Anchor open = new Anchor(
                    "workshops/" + workshop.workshop().id().value() + "/negotiation/"
                            + negotiation.id().value(),
                    summary(panel, workshop, negotiation));
            open.getElement().setAttribute("router-link", true);
            list.add(new ListItem(open));
        }
        panel.add(list);
    }

    /** "Mei (Table 1, as a table) · 3 rounds · deal: to us 18, to the customer 13" */
    static String summary(Component owner, WorkshopSnapshot workshop, Negotiation negotiation) {
        String who = negotiation.asATable()
                ? owner.getTranslation(
                        "negotiation.byTable",
                        negotiation.startedByName(),
                        workshop.table(negotiation.table())
                                .map(WorkshopTable::name)
                                .orElse("?"))
                : negotiation.startedByName();
        String outcome = owner.getTranslation(
                "negotiation.outcome." + negotiation.outcome().id());
        if (negotiation.outcome() == Negotiation.Outcome.DEAL) {
            Review.Worth worth = NegotiationService.customer(workshop)
                    .map(c -> Review.of(negotiation, c).worth())
                    .orElse(new Review.Worth(0, 0));
            outcome = owner.getTranslation("negotiation.dealWorth", outcome, worth.toUs(), worth.toCustomer());
        }
        return owner.getTranslation(
                "negotiation.summary", who, negotiation.rounds().size(), outcome);
    }

    static Optional<ComputerCustomer> customer(WorkshopSnapshot workshop) {
        return NegotiationService.customer(workshop);
    }
}
