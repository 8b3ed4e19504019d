package org.ssmclassroom.roleplay.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.roleplay.PracticeSession;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.security.CurrentDevice;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopService;

/**
 * A trainee (or a whole table) interviews the computer persona in a chat: questions typed with any input method,
 * answers in the workshop's language from the case's facts, the meter filling by itself, and a feedback card
 * at the end. A table's interview shows on every tablet of the table as it goes.
 */
@Route("practice")
@AnonymousAllowed
class PracticeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeService practice;
    private final WorkshopService workshops;
    private final Div content = new Div();
    private DeviceToken device;
    private PracticeService.Persona persona;
    /** Whom the trainee chose to practise with before starting; the first offered until they choose. */
    private String chosen;

    private Locale language;
    private TextField question;
    private PracticeSession.Id shown;
    private final Div meterBox = new Div();
    private final Div logBox = new Div();
    private final H1 heading = new H1();

    PracticeView(PracticeService practice, WorkshopService workshops) {
        this.practice = practice;
        this.workshops = workshops;
        addClassNames("page", "practice-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        device = CurrentDevice.get();
        Optional<WorkshopService.Seat> seat = workshops.seatOf(device);
        Optional<PracticeService.Persona> who = practice.persona(device);
        if (seat.isEmpty() || who.isEmpty()) {
            event.forwardTo("table");
            return;
        }
        persona = who.get();
        chosen = null;
        language = seat.get().workshop().workshop().language();
        Anchor back = new Anchor("table", getTranslation("practice.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        removeAll();
        add(back, heading, content);
        render();
        LiveView.follow(
                this,
                null,
                PracticeService.Change::revision,
                listener -> practice.follow(seat.get().workshop().workshop().id(), listener),
                this::changed);
    }

    /**
     * Another trainee's practice elsewhere in the workshop changes nothing here: only a change to the session shown,
     * a session started while none is shown (a teammate's for the table), or a re-read after missed news redraws.
     */
    private void changed(PracticeService.Change change) {
        if (shown == null || change.session() == null || change.session().equals(shown)) {
            render();
        }
    }

    /** A live change redraws the meter and the conversation only: what the trainee is typing stays. */
    private void render() {
        Optional<PracticeSession> session = practice.current(device);
        if (session.isPresent() && session.get().id().equals(shown)) {
            showProgress(session.get());
            return;
        }
        content.removeAll();
        shown = session.map(PracticeSession::id).orElse(null);
        List<PracticeService.Persona> personas = practice.personas(device);
        if (session.isPresent()) {
            persona = personas.stream()
                    .filter(p -> p.id().equals(session.get().persona()))
                    .findFirst()
                    .orElse(persona);
            heading.setText(title());
            chat(session.get());
            return;
        }
        persona = personas.stream()
                .filter(p -> p.id().equals(chosen))
                .findFirst()
                .orElse(personas.isEmpty() ? persona : personas.getFirst());
        heading.setText(title());
        if (personas.size() > 1) {
            content.add(choice(personas));
        }
        content.add(new Paragraph(getTranslation("practice.intro", persona.name(), persona.title())));
        if (!persona.purpose().isEmpty()) {
            Paragraph purpose = new Paragraph(getTranslation("practice.purpose", persona.purpose()));
            purpose.addClassName("practice-purpose");
            if (persona.authored()) {
                Span mark = new Span(getTranslation("origin.authored"));
                mark.addClassNames("badge", "badge-authored");
                mark.setTitle(getTranslation("origin.authored.help"));
                purpose.add(mark);
            }
            content.add(purpose);
        }
        String with = persona.id();
        Button alone =
                new Button(getTranslation("practice.alone"), e -> act(() -> practice.start(device, false, with)));
        alone.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        Button table =
                new Button(getTranslation("practice.asTable"), e -> act(() -> practice.start(device, true, with)));
        table.addThemeVariants(ButtonVariant.LARGE);
        Div start = new Div(alone, table);
        start.addClassName("control-row");
        content.add(start, criteria());
        practice.lastFeedback(device).ifPresent(card -> content.add(new FeedbackCard(card, language)));
        List<PracticeService.Progress> history = practice.history(device);
        if (!history.isEmpty()) {
            content.add(history(history));
        }
    }

    /** Whom to practise with: the personas of the table's exercise first, marked as this exercise's. */
    private RadioButtonGroup<PracticeService.Persona> choice(List<PracticeService.Persona> personas) {
        RadioButtonGroup<PracticeService.Persona> choice = new RadioButtonGroup<>(getTranslation("practice.choose"));
        choice.addClassName("practice-choice");
        choice.setItems(personas);
        choice.setItemLabelGenerator(
                p -> getTranslation(p.now() ? "practice.choiceNow" : "practice.choice", p.name(), p.title()));
        choice.setValue(persona);
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                chosen = e.getValue().id();
                shown = null;
                render();
            }
        });
        return choice;
    }

    /** What a good interview uncovers, without the answers; in a blind run, only that it is one. */
    private Div criteria() {
        Div card = card("practice-criteria", getTranslation("practice.criteria"));
        practice.criteria(device, persona.id())
                .ifPresentOrElse(
                        targets -> {
                            UnorderedList list = new UnorderedList();
                            targets.stream()
                                    .filter(t -> t.criterion() != null)
                                    .forEach(t ->
                                            list.add(new ListItem(t.criterion().in(language))));
                            card.add(list);
                            long unnamed = targets.stream()
                                    .filter(t -> t.criterion() == null)
                                    .count();
                            if (unnamed > 0) {
                                card.add(new Paragraph(getTranslation("practice.criteria.more", unnamed)));
                            }
                        },
                        () -> card.add(new Paragraph(getTranslation("practice.blind"))));
        return card;
    }

    private Div history(List<PracticeService.Progress> history) {
        Div card = card("practice-history", getTranslation("practice.history"));
        for (PracticeService.Progress progress : history) {
            card.add(new H3(getTranslation(
                    "practice.history.persona", progress.persona().name(), progress.sessions())));
            UnorderedList list = new UnorderedList();
            list.add(
                    step("practice.history.first", progress.first()),
                    step("practice.history.best", progress.best()),
                    step("practice.history.latest", progress.latest()));
            card.add(list);
        }
        return card;
    }

    private ListItem step(String key, PracticeSession session) {
        return new ListItem(getTranslation(
                key, session.discovery().percent(), session.turns().size()));
    }

    private Div card(String className, String title) {
        Div card = new Div(new H2(title));
        card.addClassNames("role-card", className);
        card.getElement().setAttribute("role", "region");
        card.getElement().setAttribute("aria-label", title);
        return card;
    }

    private void chat(PracticeSession session) {
        String who = session.asATable()
                ? getTranslation("practice.withTable")
                : getTranslation("practice.aloneNow", session.startedByName());
        content.add(new Paragraph(who), meterBox, logBox);
        showProgress(session);
        question = new TextField(getTranslation("practice.question"));
        question.setMaxLength(PracticeService.QUESTION_LIMIT);
        question.addClassName("practice-question");
        // Enter asks, except while an input method is still composing (Chinese pinyin): then it picks the word.
        question.getElement()
                .addEventListener(
                        "keydown",
                        e -> ask(
                                session,
                                () -> e.getEventData().get("element.value").asString()))
                .setFilter("event.key === 'Enter' && !event.isComposing && event.keyCode !== 229")
                .addEventData("element.value");
        Button ask = new Button(getTranslation("practice.ask"), e -> ask(session, question::getValue));
        ask.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        Button end = new Button(
                getTranslation(interview() ? "practice.end" : "practice.endConversation"),
                e -> act(() -> practice.end(device, session.id())));
        end.addThemeVariants(ButtonVariant.LARGE);
        Div row = new Div(question, ask, end);
        row.addClassNames("control-row", "practice-input");
        content.add(row);
        question.focus();
    }

    private void showProgress(PracticeSession session) {
        meterBox.removeAll();
        meterBox.add(Meter.of(this, session.discovery(), false));
        logBox.removeAll();
        Div log = log(session);
        logBox.add(log);
        // The newest answer is what the trainee reads next: keep it in view.
        log.getElement().executeJs("this.scrollTop = this.scrollHeight");
    }

    private Div log(PracticeSession session) {
        Div log = new Div();
        log.addClassName("practice-log");
        log.getElement().setAttribute("role", "log");
        log.getElement().setAttribute("aria-label", getTranslation("practice.log", persona.name()));
        if (!persona.greeting().isEmpty()) {
            log.add(message(persona.name(), persona.greeting(), "chat-answer"));
        }
        Set<String> known = new HashSet<>();
        for (PracticeSession.Turn turn : session.turns()) {
            Div asked = message(turn.askedBy(), turn.question(), "chat-question");
            Span kind = new Span(getTranslation("practice.kind." + turn.kind().id()));
            kind.addClassName("chat-kind");
            asked.add(kind);
            Div answer = message(persona.name(), turn.answer(), "chat-answer");
            session.targets().stream()
                    .filter(t -> turn.targets().contains(t.id()) && known.add(t.id()))
                    .map(CaseFile.Target::label)
                    .forEach(label -> {
                        Span found = new Span("✓ " + label.in(language));
                        found.addClassName("chat-found");
                        answer.add(found);
                    });
            log.add(asked, answer);
        }
        return log;
    }

    private static Div message(String speaker, String text, String kind) {
        Span who = new Span(speaker);
        who.addClassName("chat-speaker");
        Paragraph said = new Paragraph(text);
        Div message = new Div(who, said);
        message.addClassNames("chat-message", kind);
        return message;
    }

    private void ask(PracticeSession session, Supplier<String> typed) {
        String text = typed.get();
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            practice.ask(device, session.id(), text);
            question.clear();
            question.getElement().executeJs("this.value = ''");
            render();
        } catch (ActionRefused refused) {
            ErrorNotices.show(refused);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ActionRefused refused) {
            ErrorNotices.show(refused);
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return persona == null ? getTranslation("practice.title", "") : title();
    }

    /** "Practise the interview with …" for the interview's persona, "a conversation" for any other. */
    private String title() {
        return getTranslation(interview() ? "practice.title" : "practice.titleConversation", persona.name());
    }

    private boolean interview() {
        return persona.purpose().isEmpty();
    }
}
