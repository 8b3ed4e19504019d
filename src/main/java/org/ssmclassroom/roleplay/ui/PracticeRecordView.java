package org.ssmclassroom.roleplay.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.roleplay.PracticeSession;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/** One practice session for the instructor: its feedback card and the whole conversation. */
@Route("workshops/:workshopId/practice/:sessionId")
@RolesAllowed(Roles.INSTRUCTOR)
class PracticeRecordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeService practice;
    private final WorkshopService workshops;
    private String title = "";

    PracticeRecordView(PracticeService practice, WorkshopService workshops) {
        this.practice = practice;
        this.workshops = workshops;
        addClassNames("page", "practice-record");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        WorkshopId id =
                new WorkshopId(event.getRouteParameters().getLong("workshopId").orElse(-1L));
        PracticeSession.Id sessionId = new PracticeSession.Id(
                event.getRouteParameters().getLong("sessionId").orElse(-1L));
        PracticeSession session = practice.session(id, sessionId).orElseThrow(NotFoundException::new);
        WorkshopSnapshot workshop = workshops.snapshot(id);
        var language = workshop.workshop().language();
        Anchor back = new Anchor("workshops/" + id.value(), getTranslation("practice.toConsole"));
        back.getElement().setAttribute("router-link", true);
        title = getTranslation("practice.record", PracticeParts.summary(this, workshop, session));
        String persona = PracticeService.persona(workshop, session.persona()).name();
        OrderedList transcript = new OrderedList();
        transcript.addClassName("practice-transcript");
        transcript.getElement().setAttribute("aria-label", getTranslation("practice.log", persona));
        for (PracticeSession.Turn turn : session.turns()) {
            Span kind = new Span(getTranslation("practice.kind." + turn.kind().id()));
            kind.addClassName("chat-kind");
            transcript.add(new ListItem(
                    new Paragraph(turn.askedBy() + ": " + turn.question()),
                    kind,
                    new Paragraph(persona + ": " + turn.answer())));
        }
        add(
                back,
                new H1(title),
                new FeedbackCard(PracticeService.feedback(session, workshop.pack()), language),
                new H2(getTranslation("practice.log", persona)),
                transcript);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
