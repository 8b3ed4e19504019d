package org.ssmclassroom.negotiation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.negotiation.ComputerCustomer;
import org.ssmclassroom.negotiation.Negotiation;
import org.ssmclassroom.negotiation.NegotiationService;
import org.ssmclassroom.negotiation.Round;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/** One negotiation for the instructor: its end card and every proposal and reply. */
@Route("workshops/:workshopId/negotiation/:negotiationId")
@RolesAllowed(Roles.INSTRUCTOR)
class NegotiationRecordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final NegotiationService negotiations;
    private final WorkshopService workshops;
    private String title = "";

    NegotiationRecordView(NegotiationService negotiations, WorkshopService workshops) {
        this.negotiations = negotiations;
        this.workshops = workshops;
        addClassNames("page", "negotiation-record");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        WorkshopId id =
                new WorkshopId(event.getRouteParameters().getLong("workshopId").orElse(-1L));
        Negotiation.Id negotiationId = new Negotiation.Id(
                event.getRouteParameters().getLong("negotiationId").orElse(-1L));
        Negotiation negotiation = negotiations.negotiation(id, negotiationId).orElseThrow(NotFoundException::new);
        WorkshopSnapshot workshop = workshops.snapshot(id);
        Locale language = workshop.workshop().language();
        ComputerCustomer customer = NegotiationService.customer(workshop).orElseThrow(NotFoundException::new);
        Anchor back = new Anchor("workshops/" + id.value(), getTranslation("negotiation.toConsole"));
        back.getElement().setAttribute("router-link", true);
        title = getTranslation("negotiation.record", NegotiationParts.summary(this, workshop, negotiation));
        OrderedList transcript = new OrderedList();
        transcript.addClassName("negotiation-transcript");
        transcript.getElement().setAttribute("aria-label", getTranslation("negotiation.rounds"));
        for (Round round : negotiation.rounds()) {
            String proposed = ProposalText.of(this, customer, language, round.proposal());
            transcript.add(
                    new ListItem(new Paragraph(round.proposedBy() + ": " + proposed), new Paragraph(round.line())));
        }
        add(back, new H1(title));
        negotiations
                .review(workshop, negotiation)
                .ifPresent(review -> add(new ReviewCard(review, customer, language, "")));
        add(new H2(getTranslation("negotiation.rounds")), transcript);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
