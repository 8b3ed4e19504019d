package org.ssmclassroom.roleplay.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.roleplay.PracticeSession;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.ui.ScreenParts;

/**
 * Practice with the computer persona on the workshop's screens: the way in on a trainee's tablet, and every
 * practice session of the workshop, live, on the instructor's console.
 */
@org.springframework.stereotype.Component
class PracticeParts implements ScreenParts {

    private final PracticeService practice;

    PracticeParts(PracticeService practice) {
        this.practice = practice;
    }

    @Override
    public Optional<Part> tablet(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        if (!practice.available(device) || !PracticeService.offered(workshop, table)) {
            return Optional.empty();
        }
        List<PracticeService.Persona> personas = practice.personas(device);
        if (personas.size() == 1) {
            return Optional.of(ScreenParts.tabletLink(
                    "practice",
                    "practice-link",
                    "practice.open",
                    personas.getFirst().name()));
        }
        // The exercise's personas first; between exercises every persona of the case.
        List<String> names = personas.stream()
                .filter(p -> p.now() || personas.stream().noneMatch(PracticeService.Persona::now))
                .map(PracticeService.Persona::name)
                .toList();
        return Optional.of(ScreenParts.tabletLink(
                "practice", "practice-link", "practice.openPersonas", String.join(" · ", names)));
    }

    @Override
    public Optional<Part> console(WorkshopSnapshot workshop) {
        if (PracticeService.playable(workshop.pack()).isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassNames("panel", "practice-console");
        Runnable render = () -> render(panel, workshop);
        render.run();
        LiveView.follow(
                panel,
                null,
                PracticeService.Change::revision,
                listener -> practice.follow(workshop.workshop().id(), listener),
                change -> render.run());
        return Optional.of(() -> panel);
    }

    private void render(Div panel, WorkshopSnapshot workshop) {
        panel.removeAll();
        WorkshopId id = workshop.workshop().id();
        List<PracticeSession> sessions = practice.sessions(id);
        Checkbox blind = new Checkbox(panel.getTranslation("practice.blindRun"), practice.blind(id));
        blind.addClassName("practice-blind");
        blind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                practice.setBlind(id, e.getValue());
            }
        });
        panel.add(new H2(panel.getTranslation("practice.console", sessions.size())), blind);
        UnorderedList list = new UnorderedList();
        list.addClassName("practice-sessions");
        for (PracticeSession session : sessions) {
            Anchor open = new Anchor(
                    "workshops/" + workshop.workshop().id().value() + "/practice/"
                            + session.id().value(),
                    summary(panel, workshop, session));
            open.getElement().setAttribute("router-link", true);
            list.add(new ListItem(open));
        }
        panel.add(list);
    }

    /** "Trainee 1 (Table 2, as a table) with Sarah Updown · 45% · 9 questions · 6:30 · in progress" */
    static String summary(Component owner, WorkshopSnapshot workshop, PracticeSession session) {
        String who = owner.getTranslation(
                "practice.withPersona",
                session.asATable()
                        ? owner.getTranslation(
                                "practice.byTable",
                                session.startedByName(),
                                workshop.table(session.table())
                                        .map(WorkshopTable::name)
                                        .orElse("?"))
                        : session.startedByName(),
                PracticeService.persona(workshop, session.persona()).name());
        return owner.getTranslation(
                session.ended() ? "practice.summaryEnded" : "practice.summaryRunning",
                who,
                session.discovery().percent(),
                session.turns().size(),
                session.taken().toMinutes(),
                String.format("%02d", session.taken().toSecondsPart()));
    }
}
