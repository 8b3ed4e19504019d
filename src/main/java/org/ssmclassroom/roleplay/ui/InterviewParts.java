package org.ssmclassroom.roleplay.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import java.util.Optional;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.ActionPair;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.roleplay.Discovery;
import org.ssmclassroom.roleplay.InterviewService;
import org.ssmclassroom.roleplay.QuestionKind;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.ui.ScreenParts;

/**
 * The case interview on the workshop's screens: the discovery meter on every tablet of a table at the interview
 * (with the checklist and question tags for its observer), and every table's meter on the console.
 */
@org.springframework.stereotype.Component
class InterviewParts implements ScreenParts {

    private static final QuestionKind[] TAGS = {QuestionKind.OPEN, QuestionKind.CONTROL, QuestionKind.CONFIRM};

    private final InterviewService interviews;

    InterviewParts(InterviewService interviews) {
        this.interviews = interviews;
    }

    @Override
    public Optional<Part> tablet(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        TabletPanel panel = new TabletPanel(workshop, device, UI.getCurrent().getLocale());
        LiveView.follow(
                panel,
                null,
                InterviewService.Change::revision,
                listener -> interviews.follow(workshop.workshop().id(), listener),
                change -> {
                    if (change.table() == null || table.equals(change.table())) {
                        panel.refresh();
                    }
                });
        return Optional.of(part(panel, now -> panel.refresh()));
    }

    /** The case's update after the interview, once the instructor releases it: news on every tablet. */
    @Override
    public Optional<News> tabletNews(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        Locale locale = UI.getCurrent().getLocale();
        NewsBox news = new NewsBox("interview-update");
        Div update = news.box();
        Runnable showUpdate = () -> {
            update.removeAll();
            Optional<CaseFile.Document> released = interviews.updateFor(device);
            released.ifPresent(d -> update.add(
                    new H2(d.title().in(locale)),
                    org.ssmclassroom.base.ui.MarkdownView.underTitle(
                            workshop.pack()
                                    .documentBody(d.id())
                                    .map(b -> b.in(locale))
                                    .orElse(""),
                            d.title().in(locale),
                            2)));
            news.holds(released.isPresent() ? 1 : 0);
        };
        showUpdate.run();
        LiveView.follow(
                update,
                null,
                InterviewService.Change::revision,
                listener -> interviews.follow(workshop.workshop().id(), listener),
                change -> {
                    // No table named: the update was released or taken back, or missed news is read again.
                    if (change.table() == null) {
                        showUpdate.run();
                    }
                });
        return Optional.of(news);
    }

    /**
     * The meter, and for the observer the checklist and tags: one section per persona the table talks to, so two
     * personas of one exercise never share a checklist. Built once per conversation and then only updated, so a tick
     * never rebuilds what the observer is about to tap.
     */
    private final class TabletPanel extends Div {

        private final DeviceToken device;
        private final Locale locale;
        private final WorkshopSnapshot workshop;
        private final java.util.Map<String, Section> sections = new java.util.LinkedHashMap<>();
        private boolean built;
        private boolean observing;
        private java.util.List<CaseFile.Persona> talkingTo = java.util.List.of();

        TabletPanel(WorkshopSnapshot workshop, DeviceToken device, Locale locale) {
            this.workshop = workshop;
            this.device = device;
            this.locale = locale;
            addClassName("interview-discovery");
            refresh();
        }

        void refresh() {
            Optional<InterviewService.AtTheTable> mine = interviews.atTheTable(device);
            setVisible(mine.isPresent());
            if (mine.isEmpty()) {
                built = false;
                removeAll();
                sections.clear();
                return;
            }
            if (!built
                    || mine.get().observer() != observing
                    || !mine.get().personas().equals(talkingTo)) {
                talkingTo = mine.get().personas();
                observing = mine.get().observer();
                built = true;
                removeAll();
                sections.clear();
                for (InterviewService.Conversation conversation : mine.get().conversations()) {
                    Section section = new Section(conversation, observing);
                    sections.put(conversation.persona().id(), section);
                    add(section);
                }
            }
            mine.get()
                    .conversations()
                    .forEach(c -> sections.get(c.persona().id()).update(c.discovery()));
        }

        /** Whom the table talks to, for the titles: "Yoshi Goto", "Sarah Updown". */
        private String name(CaseFile.Persona persona) {
            return workshop.pack()
                    .caseData()
                    .flatMap(c -> c.person(persona.person()))
                    .map(person -> person.displayName(locale))
                    .orElse(persona.person());
        }

        /** One persona's conversation: its title, meter, and for the observer its own checklist and tags. */
        private final class Section extends Div {

            private final ProgressBar bar = new ProgressBar(0, 100, 0);
            private final Span figure = new Span();
            private final java.util.Map<String, Checkbox> ticks = new java.util.HashMap<>();
            private final java.util.Map<QuestionKind, Button> tags = new java.util.EnumMap<>(QuestionKind.class);
            private final java.util.Map<QuestionKind, Button> untags = new java.util.EnumMap<>(QuestionKind.class);

            Section(InterviewService.Conversation conversation, boolean observes) {
                addClassName("discovery-conversation");
                figure.addClassName("discovery-figure");
                String names = name(conversation.persona());
                String persona = conversation.persona().id();
                Div meter = new Div(bar, figure);
                meter.addClassName("discovery-meter");
                add(new H2(getTranslation("interview.titleWith", names)), meter);
                if (!observes) {
                    return;
                }
                Div checklist = new Div();
                checklist.addClassName("discovery-checklist");
                checklist.getElement().setAttribute("role", "group");
                String checklistTitle = getTranslation("interview.checklistWith", names);
                checklist.getElement().setAttribute("aria-label", checklistTitle);
                for (CaseFile.Target target : conversation.discovery().targets()) {
                    Checkbox found = new Checkbox(target.label().in(locale));
                    if (target.when() != null) {
                        found.setHelperText(target.when().in(locale));
                    }
                    found.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            act(() -> interviews.mark(device, target.id(), e.getValue()));
                            refresh();
                        }
                    });
                    ticks.put(target.id(), found);
                    checklist.add(found);
                }
                Div row = new Div();
                row.addClassNames("control-row", "question-tags");
                for (QuestionKind kind : TAGS) {
                    Button tag = new Button("", e -> {
                        act(() -> interviews.tag(device, persona, kind));
                        refresh();
                    });
                    tags.put(kind, tag);
                    // Counters must be correctable: a tap on the wrong kind is taken back here, not lived with.
                    Button untag = new Button("−", e -> {
                        act(() -> interviews.untag(device, persona, kind));
                        refresh();
                    });
                    untag.addClassName("question-untag");
                    untag.getElement().setAttribute("aria-label", getTranslation("interview.untagNamed." + kind.id()));
                    untags.put(kind, untag);
                    Div pair = new Div(tag, untag);
                    pair.addClassName("question-tag");
                    row.add(pair);
                }
                add(new H2(checklistTitle), checklist, row);
            }

            void update(Discovery discovery) {
                bar.setValue(discovery.percent());
                bar.getElement().setAttribute("aria-label", getTranslation("interview.meter", discovery.percent()));
                figure.setText(Meter.text(this, discovery, true));
                ticks.forEach((id, box) -> box.setValue(discovery.found().contains(id)));
                tags.forEach((kind, tag) -> {
                    String shown = getTranslation(
                            "interview.tag." + kind.id(), discovery.questions().getOrDefault(kind, 0));
                    tag.setText(shown);
                    // The spoken name starts with what the button shows, then says what a tap does.
                    tag.getElement()
                            .setAttribute(
                                    "aria-label", shown + " · " + getTranslation("interview.tagNamed." + kind.id()));
                });
                untags.forEach(
                        (kind, untag) -> untag.setEnabled(discovery.questions().getOrDefault(kind, 0) > 0));
            }
        }
    }

    @Override
    public Optional<Part> console(WorkshopSnapshot workshop) {
        Div panel = new Div();
        panel.addClassNames("panel", "interview-console");
        Locale locale = UI.getCurrent().getLocale();
        WorkshopId id = workshop.workshop().id();
        // Made once and only shown or hidden: the console redraws often, and a replaced button loses its tap.
        ActionPair release = new ActionPair(
                new Button(panel.getTranslation("interview.update.release")),
                new Button(panel.getTranslation("interview.update.withdraw")));
        Div rows = new Div();
        rows.addClassName("discovery-rows");
        panel.add(new H2(panel.getTranslation("interview.console")), release.doing(), release.undoing(), rows);
        Runnable[] render = new Runnable[1];
        WorkshopSnapshot[] shown = {workshop};
        release.doing().addClickListener(e -> {
            act(() -> quietly(panel, interviews.releaseUpdate(id, true), "interview.update.alreadyReleased"));
            render[0].run();
        });
        release.undoing().addClickListener(e -> {
            act(() -> quietly(panel, interviews.releaseUpdate(id, false), "interview.update.alreadyWithdrawn"));
            render[0].run();
        });
        render[0] = () -> {
            boolean released = interviews.updateReleased(id);
            boolean open = InterviewService.interviewOpen(shown[0]);
            panel.setVisible(open || released);
            boolean hasUpdate = InterviewService.updateOf(shown[0]).isPresent();
            release.doing().setVisible(hasUpdate);
            release.undoing().setVisible(hasUpdate);
            release.show(released);
            release.setEnabled(!shown[0].workshop().isArchived());
            rows.removeAll();
            if (!open && !released) {
                return;
            }
            for (InterviewService.Conversation conversation : interviews.classConversations(id)) {
                Discovery discovery = conversation.discovery();
                String table = shown[0].table(discovery.table())
                        .map(WorkshopTable::name)
                        .orElse("?");
                String name = panel.getTranslation(
                        "interview.tableWith", table, personName(shown[0], conversation.persona(), locale));
                Div row = new Div(new Span(name), Meter.of(panel, discovery, true));
                row.addClassName("discovery-row");
                rows.add(row);
            }
        };
        render[0].run();
        LiveView.follow(
                panel,
                null,
                InterviewService.Change::revision,
                listener -> interviews.follow(workshop.workshop().id(), listener),
                change -> render[0].run());
        return Optional.of(part(panel, now -> {
            shown[0] = now;
            render[0].run();
        }));
    }

    private static String personName(WorkshopSnapshot workshop, CaseFile.Persona persona, Locale locale) {
        return workshop.pack()
                .caseData()
                .flatMap(c -> c.person(persona.person()))
                .map(person -> person.displayName(locale))
                .orElse(persona.person());
    }

    /** A second tap of something already done: said, not an error. */
    private static void quietly(Component screen, boolean changed, String alreadyKey) {
        if (!changed) {
            Notification.show(screen.getTranslation(alreadyKey), 3000, Notification.Position.BOTTOM_START);
        }
    }

    private static Part part(Component component, java.util.function.Consumer<WorkshopSnapshot> show) {
        return new Part() {
            @Override
            public Component component() {
                return component;
            }

            @Override
            public void show(WorkshopSnapshot now) {
                show.accept(now);
            }
        };
    }

    private static void act(Runnable action) {
        try {
            action.run();
        } catch (ActionRefused refused) {
            ErrorNotices.show(refused);
        }
    }
}
