package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Reading;
import org.ssmclassroom.scenario.ui.Badges;
import org.ssmclassroom.security.CurrentDevice;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * A trainee's tablet, built for a 1024x768 screen: the current task first (the exercise, its clock, the board
 * and the team's signals, always in view), then one tab each for the steps, my roles, the materials to read,
 * the team and the news (the case's update, released results), which are counted rather than stacked on top.
 * After the workshop closes it says so and keeps the table's results and boards to read. Reloads come back here.
 */
@Route("table")
@AnonymousAllowed
class TabletView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The tablet's tabs, in order. */
    enum Tab {
        STEPS("tablet.tab.steps"),
        ROLES("tablet.tab.roles"),
        MATERIALS("tablet.tab.materials"),
        TEAM("tablet.tab.team"),
        NEWS("tablet.tab.news");

        private final String key;

        Tab(String key) {
            this.key = key;
        }
    }

    private final WorkshopService service;
    private final Trainees trainees;
    private final List<ScreenParts> extensions;
    private DeviceToken device;
    private ParticipantId me;
    private TabletModel shown;
    private Tab selected = Tab.STEPS;
    private String tabsFor;
    private TabletNews news;
    private TableScreen screen;
    private TabletSections sections;

    TabletView(WorkshopService service, Trainees trainees, List<ScreenParts> extensions) {
        this.service = service;
        this.trainees = trainees;
        this.extensions = extensions;
        addClassNames("page", "tablet-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        device = CurrentDevice.get();
        Optional<WorkshopService.Seat> seat = service.seatOf(device);
        if (seat.isEmpty()) {
            event.forwardTo(JoinView.class);
            return;
        }
        me = seat.get().participant();
        sections = new TabletSections(this, service, trainees, extensions, device, me);
        news = new TabletNews(this, extensions, device, () -> selected == Tab.NEWS);
        Following.installSound(UI.getCurrent());
        Following.follow(
                this,
                service,
                seat.get().workshop(),
                () -> service.seatOf(device).map(WorkshopService.Seat::workshop),
                this::render);
    }

    /**
     * Redraws what changed of what this trainee sees, nothing when nothing did: a join at another table costs a
     * seated tablet nothing, a clock start only its clock. At a table the screen is built once and then updated in
     * place: a button replaced while it is being tapped would lose the tap without a word (Vaadin drops a click on
     * a component that is gone), and a rename or a join redraws often.
     */
    private void render(WorkshopSnapshot snapshot) {
        TabletModel model = TabletModel.of(snapshot, me);
        if (model.equals(shown)) {
            return;
        }
        shown = model;
        if (model.screen() == TabletModel.Screen.AT_TABLE && screen != null && screen.table.equals(model.table())) {
            screen.update(snapshot, model);
            return;
        }
        screen = null;
        removeAll();
        switch (model.screen()) {
            case REMOVED -> add(new H1(getTranslation("tablet.removed")));
            case ENDED -> ended(snapshot, model);
            case CLOSED -> add(new H1(model.header().workshop()), new H2(getTranslation("tablet.closed")));
            case CHOOSING_TABLE ->
                add(new H1(model.header().workshop()), sections.chooseTable(model.choices(), this::showNow));
            case AT_TABLE -> screen = new TableScreen(snapshot, model);
        }
    }

    /**
     * A trainee's screen at their table: header, the task (exercise, clock, board and signals, the features' parts)
     * and the tabs. Every button here is made once; a new workshop snapshot changes texts and states, and rebuilds
     * only a part whose inputs changed (a tab's content, the features' parts when the exercise or roles change).
     */
    private final class TableScreen {

        private final TableId table;
        private final H1 title = new H1();
        private final Paragraph where = new Paragraph();
        private final H2 exerciseTitle = new H2();
        private final Paragraph waiting = new Paragraph(getTranslation("tablet.waiting"));
        private final Div clockHolder = new Div();
        private final Div taskRow;
        private final Button done = sections.signal(TabletView.this::showNow, "tablet.done", WorkshopTable.Status.DONE);
        private final Span why = new Span(getTranslation("tablet.doneCaptainOnly"));
        private final Span sent = new Span();
        private final Span coming = new Span(getTranslation("tablet.helpComing"));
        private final Div parts = new Div();
        private final TabStrip<Tab> strip = new TabStrip<>("tablet");
        private final Map<Tab, Div> panels = new java.util.EnumMap<>(Tab.class);
        private final List<ScreenParts.Part> taskParts = new ArrayList<>();
        /** The model this screen shows, null before its first update. */
        private TabletModel drawn;

        TableScreen(WorkshopSnapshot snapshot, TabletModel model) {
            table = model.table();
            Div header = new Div(title, where);
            header.addClassName("tablet-header");
            where.addClassName("tablet-where");

            Anchor board = new Anchor("board", getTranslation("tablet.board"));
            board.getElement().setAttribute("router-link", true);
            board.addClassNames("board-link", "primary-action");
            why.addClassName("signal-hint");
            why.setId("done-why");
            sent.addClassName("signal-sent");
            coming.addClassName("signal-help-coming");
            coming.getElement().setAttribute("role", "status");
            Div signals = new Div(
                    board,
                    done,
                    sections.signal(TabletView.this::showNow, "tablet.moreTime", WorkshopTable.Status.NEED_TIME),
                    sections.signal(TabletView.this::showNow, "tablet.help", WorkshopTable.Status.NEED_HELP),
                    why,
                    sent,
                    coming);
            signals.addClassName("signals");
            taskRow = new Div(clockHolder, signals);
            taskRow.addClassName("tablet-task-row");
            parts.addClassName("tablet-task-parts");

            Section task = new Section(exerciseTitle, waiting, taskRow, parts);
            task.addClassName("tablet-task");
            task.getElement().setAttribute("aria-label", getTranslation("tablet.task"));

            strip.addClassName("tablet-tabs");
            for (Tab tab : Tab.values()) {
                Div panel = new Div();
                panels.put(tab, panel);
                strip.add(tab, getTranslation(tab.key), panel);
            }
            panels.get(Tab.NEWS).add(news.panel(snapshot, table));
            strip.onSelect(tab -> {
                selected = tab;
                if (selected == Tab.NEWS) {
                    news.read();
                }
                news.label();
            });
            news.labelOn(strip);
            add(header, task, strip);
            update(snapshot, model);
        }

        void update(WorkshopSnapshot snapshot, TabletModel model) {
            Locale locale = getLocale();
            TabletModel before = drawn;
            drawn = model;
            Method.Exercise exercise = model.exercise();
            String exerciseId = exercise == null ? null : exercise.id();
            if (!java.util.Objects.equals(exerciseId, tabsFor)) {
                // A new exercise opens on its steps.
                tabsFor = exerciseId;
                selected = Tab.STEPS;
            }
            if (changed(before, model, TabletModel::header)) {
                title.setText(model.header().workshop());
                where.setText(getTranslation(
                        "tablet.atTable", model.header().name(), model.header().table()));
            }
            if (changed(before, model, TabletModel::exercise)) {
                exerciseTitle.setVisible(exercise != null);
                if (exercise != null) {
                    exerciseTitle.setText(exercise.label().in(locale) + " — "
                            + exercise.title().in(locale));
                    exerciseTitle.add(Badges.origin(exercise.origin(), locale));
                }
                waiting.setVisible(exercise == null);
                taskRow.setVisible(exercise != null);
            }
            if (changed(before, model, TabletModel::clock)) {
                clockHolder.removeAll();
                if (model.clock() != null) {
                    clockHolder.add(sections.clock(model.clock(), before == null ? null : before.clock()));
                }
            }
            if (changed(before, model, TabletModel::signals)) {
                signals(model.signals());
            }
            if (changed(before, model, TabletModel::parts)) {
                parts.removeAll();
                taskParts.clear();
                extensions.forEach(e -> e.tablet(snapshot, table, device).ifPresent(part -> {
                    taskParts.add(part);
                    parts.add(part.component());
                }));
                extensions.forEach(
                        e -> e.tabletTakeaway(snapshot, table, device).ifPresent(part -> parts.add(part.component())));
            } else if (!model.onlyClockChangedSince(before)) {
                taskParts.forEach(part -> part.show(snapshot));
            }

            panel(
                    before,
                    model,
                    TabletModel::exercise,
                    Tab.STEPS,
                    () -> Optional.ofNullable(exercise).map(e -> sections.steps(snapshot.pack(), e, locale)));
            panel(
                    before,
                    model,
                    TabletModel::roles,
                    Tab.ROLES,
                    () -> Optional.of(sections.myRoles(snapshot, model.roles(), locale)));
            List<Reading> reading = model.materials();
            panel(
                    before,
                    model,
                    TabletModel::materials,
                    Tab.MATERIALS,
                    () -> reading.isEmpty() ? Optional.empty() : Optional.of(sections.materials(reading, locale)));
            panel(
                    before,
                    model,
                    TabletModel::team,
                    Tab.TEAM,
                    () -> Optional.of(sections.teammates(snapshot, table, model.team(), locale)));
            strip.setLabel(Tab.MATERIALS, getTranslation("tablet.tab.materialsCount", reading.size()), false);
            if (!strip.present(selected)) {
                selected = strip.firstPresent();
            }
            strip.show(selected);
            news.label();
        }

        private void signals(TabletModel.Signals signals) {
            done.setEnabled(signals.marksDone());
            // Tablets have no hover: why the button is off is said on the page, not in a tooltip.
            why.setVisible(!signals.marksDone());
            if (signals.marksDone()) {
                done.getElement().removeAttribute("aria-describedby");
            } else {
                done.getElement().setAttribute("aria-describedby", "done-why");
            }
            sent.setVisible(signals.status() != WorkshopTable.Status.WORKING);
            sent.setText(getTranslation(
                    "tablet.sent",
                    getTranslation("status." + signals.status().name().toLowerCase(Locale.ROOT))));
            coming.setVisible(signals.helpComing());
        }

        /** Rebuilds a tab's content only when its part of the model changed; a tab with no content is not offered. */
        private void panel(
                TabletModel before,
                TabletModel model,
                Function<TabletModel, Object> part,
                Tab tab,
                Supplier<Optional<Component>> content) {
            if (!changed(before, model, part)) {
                return;
            }
            Div panel = panels.get(tab);
            panel.removeAll();
            Optional<Component> built = content.get();
            built.ifPresent(panel::add);
            strip.setPresent(tab, built.isPresent());
        }
    }

    private static boolean changed(TabletModel before, TabletModel now, Function<TabletModel, Object> part) {
        return before == null || !java.util.Objects.equals(part.apply(before), part.apply(now));
    }

    private Div header(String workshop, String name, String table) {
        H1 title = new H1(workshop);
        Paragraph where = new Paragraph(getTranslation("tablet.atTable", name, table));
        where.addClassName("tablet-where");
        Div header = new Div(title, where);
        header.addClassName("tablet-header");
        return header;
    }

    /** After the close: the workshop has ended, the table's results and its boards stay readable. */
    private void ended(WorkshopSnapshot snapshot, TabletModel model) {
        add(header(
                model.header().workshop(), model.header().name(), model.header().table()));
        Div ended =
                new Div(new H2(getTranslation("tablet.closed")), new Paragraph(getTranslation("tablet.closed.help")));
        ended.addClassName("tablet-ended");
        ended.getElement().setAttribute("role", "status");
        add(ended);
        extensions.forEach(
                e -> e.tabletTakeaway(snapshot, model.table(), device).ifPresent(part -> add(part.component())));
        extensions.forEach(
                e -> e.tabletBoards(snapshot, model.table(), device).ifPresent(part -> add(part.component())));
        news.forget();
        add(news.panel(snapshot, model.table()));
        Anchor join = new Anchor("join", getTranslation("tablet.closed.joinAnother"));
        join.getElement().setAttribute("router-link", true);
        join.addClassName("tablet-join-another");
        add(join);
    }

    /** The trainee's own action shows at once; teammates' screens get it live. */
    private void showNow() {
        service.seatOf(device).ifPresent(seat -> render(seat.workshop()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
