package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
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
import java.util.stream.Collectors;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Reading;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.security.CurrentDevice;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.Ids.ParticipantId;
import org.ssmclassroom.workshop.Ids.TableId;
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
    private final List<ScreenParts> extensions;
    private DeviceToken device;
    private ParticipantId me;
    private TabletModel shown;
    private Tab selected = Tab.STEPS;
    private String tabsFor;
    private TableId newsTable;
    private final List<ScreenParts.News> news = new ArrayList<>();
    private int newsSeen;
    private TabStrip<Tab> newsTabs;
    private Paragraph newsNone;
    private TableScreen screen;

    TabletView(WorkshopService service, List<ScreenParts> extensions) {
        this.service = service;
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
        Following.installSound(UI.getCurrent());
        Following.follow(this, service, seat.get().workshop(), this::render);
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
            case CHOOSING_TABLE -> add(new H1(model.header().workshop()), chooseTable(model.choices()));
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
        private final Button done = signal("tablet.done", WorkshopTable.Status.DONE);
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
                    signal("tablet.moreTime", WorkshopTable.Status.NEED_TIME),
                    signal("tablet.help", WorkshopTable.Status.NEED_HELP),
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
            panels.get(Tab.NEWS).add(newsPanel(snapshot, table));
            strip.onSelect(tab -> {
                selected = tab;
                if (selected == Tab.NEWS) {
                    newsSeen = newsCount();
                }
                labelNews();
            });
            newsTabs = strip;
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
                }
                waiting.setVisible(exercise == null);
                taskRow.setVisible(exercise != null);
            }
            if (changed(before, model, TabletModel::clock)) {
                clockHolder.removeAll();
                if (model.clock() != null) {
                    clockHolder.add(clock(model.clock(), before == null ? null : before.clock()));
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
            } else if (!model.onlyClockChangedSince(before)) {
                taskParts.forEach(part -> part.show(snapshot));
            }

            panel(
                    before,
                    model,
                    TabletModel::exercise,
                    Tab.STEPS,
                    () -> Optional.ofNullable(exercise).map(e -> steps(snapshot.pack(), e, locale)));
            panel(
                    before,
                    model,
                    TabletModel::roles,
                    Tab.ROLES,
                    () -> Optional.of(myRoles(snapshot, model.roles(), locale)));
            List<Reading> reading = model.materials();
            panel(
                    before,
                    model,
                    TabletModel::materials,
                    Tab.MATERIALS,
                    () -> reading.isEmpty() ? Optional.empty() : Optional.of(materials(reading, locale)));
            panel(
                    before,
                    model,
                    TabletModel::team,
                    Tab.TEAM,
                    () -> Optional.of(teammates(snapshot, table, model.team(), locale)));
            strip.setLabel(Tab.MATERIALS, getTranslation("tablet.tab.materialsCount", reading.size()), false);
            if (!strip.present(selected)) {
                selected = strip.firstPresent();
            }
            strip.show(selected);
            labelNews();
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

    /**
     * The news parts are built once per table and kept across redraws, so they follow their own live changes;
     * each change recounts the news tab.
     */
    private Div newsPanel(WorkshopSnapshot snapshot, TableId table) {
        if (!table.equals(newsTable)) {
            news.clear();
            newsTable = table;
            extensions.forEach(e -> e.tabletNews(snapshot, table, device).ifPresent(news::add));
            newsSeen = newsCount();
            news.forEach(n -> n.whenChanged(this::newsChanged));
        }
        Div panel = new Div();
        panel.addClassName("tablet-news");
        news.forEach(n -> panel.add(n.component()));
        newsNone = new Paragraph(getTranslation("tablet.news.none"));
        newsNone.addClassName("tablet-news-none");
        newsNone.setVisible(newsCount() == 0);
        panel.add(newsNone);
        return panel;
    }

    private void newsChanged() {
        int count = newsCount();
        if (count > newsSeen && selected != Tab.NEWS) {
            Notification notice =
                    Notification.show(getTranslation("tablet.news.arrived"), 6000, Notification.Position.TOP_CENTER);
            notice.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_PRIMARY);
        } else if (selected == Tab.NEWS || count < newsSeen) {
            newsSeen = count;
        }
        if (newsNone != null) {
            newsNone.setVisible(count == 0);
        }
        labelNews();
    }

    private int newsCount() {
        return news.stream().mapToInt(ScreenParts.News::items).sum();
    }

    private void labelNews() {
        if (newsTabs == null) {
            return;
        }
        int count = newsCount();
        boolean unread = count > newsSeen;
        newsTabs.setLabel(
                Tab.NEWS,
                count == 0
                        ? getTranslation("tablet.tab.news")
                        : getTranslation(unread ? "tablet.tab.newsUnread" : "tablet.tab.newsCount", count),
                unread);
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
                e -> e.tabletBoards(snapshot, model.table(), device).ifPresent(part -> add(part.component())));
        newsTable = null;
        add(newsPanel(snapshot, model.table()));
        Anchor join = new Anchor("join", getTranslation("tablet.closed.joinAnother"));
        join.getElement().setAttribute("router-link", true);
        join.addClassName("tablet-join-another");
        add(join);
    }

    /** The table's clock; the time-up beeps when the clock ran in the one shown before. */
    private Div clock(TabletModel.Clock shown, TabletModel.Clock before) {
        Div box = new Div();
        box.addClassName("tablet-clock");
        ClockDisplay clock = new ClockDisplay(getTranslation("clock.label", shown.tableName()));
        if (shown.big()) {
            clock.addClassName("clock-large");
            Span warn5 = new Span(getTranslation("clock.fiveLeft"));
            warn5.addClassName("warn-last-five");
            Span warn1 = new Span(getTranslation("clock.oneLeft"));
            warn1.addClassName("warn-last-minute");
            clock.add(warn5, warn1);
        }
        clock.show(shown.clock(), service::now, shown.big());
        box.add(clock);
        if (shown.clock().state() == ExerciseClock.State.ENDED) {
            Div timeUp = new Div(new Span(getTranslation("clock.timeUp")));
            timeUp.addClassName("time-up");
            timeUp.getElement().setAttribute("role", "alert");
            box.add(timeUp);
            if (shown.endedAfter(before)) {
                Following.beep(UI.getCurrent(), 3);
            }
        }
        return box;
    }

    private Section myRoles(WorkshopSnapshot snapshot, TabletModel.MyRoles roles, Locale locale) {
        List<String> mine = roles.held();
        Optional<Method.Exercise> exercise = Optional.ofNullable(roles.exercise());
        Section section = new Section(new H2(getTranslation("tablet.myRole")));
        section.addClassName("my-roles");
        for (String roleId : mine) {
            snapshot.pack().method().course().role(roleId).ifPresent(role -> {
                Div card = new Div(
                        new H3(role.title().in(locale)),
                        new Paragraph(role.duty().in(locale)));
                card.addClassNames("role-card", "role-" + role.id());
                roleExtras(role, exercise, locale).forEach(card::add);
                section.add(card);
            });
        }
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("tablet.noRole")));
        }
        return section;
    }

    /** What a role really changes on this tablet, by what the pack says it lets its holder do. */
    private List<Component> roleExtras(Method.Role role, Optional<Method.Exercise> exercise, Locale locale) {
        List<Component> extras = new ArrayList<>();
        for (Method.Capability capability : role.capabilities()) {
            switch (capability) {
                case OWNS_BOARD -> extras.add(new Paragraph(getTranslation("tablet.recorder")));
                case BIG_CLOCK -> extras.add(new Paragraph(getTranslation("tablet.timekeeper")));
                case SEES_CHALLENGE_PROMPTS ->
                    exercise.filter(e -> e.challengePrompts() != null)
                            .ifPresent(e -> extras.add(promptList(e, locale)));
                case SEES_PERSONA_BRIEF -> extras.add(new Paragraph(getTranslation("tablet.playsCustomer")));
                case MARKS_DONE -> {}
            }
        }
        return extras;
    }

    private UnorderedList promptList(Method.Exercise exercise, Locale locale) {
        UnorderedList prompts = new UnorderedList();
        prompts.addClassName("challenge-prompts");
        prompts.getElement().setAttribute("aria-label", getTranslation("tablet.prompts"));
        exercise.challengePrompts().forEach(p -> prompts.add(new ListItem(p.in(locale))));
        return prompts;
    }

    /** The case's material and the method's concepts this member reads now (the rule is the pack's). */
    private Section materials(List<Reading> reading, Locale locale) {
        Section section = new Section();
        section.addClassName("tablet-materials");
        section.getElement().setAttribute("aria-label", getTranslation("tablet.tab.materials"));
        reading.forEach(r -> section.add(new ReadingCard(r, locale)));
        return section;
    }

    private Section steps(ScenarioPack pack, Method.Exercise exercise, Locale locale) {
        OrderedList steps = new OrderedList();
        exercise.instructions()
                .forEach(line -> steps.add(new ListItem(pack.withCase(line).in(locale))));
        Section section = new Section(
                new H2(getTranslation("tablet.instructions")),
                steps,
                new ExercisePlace(pack.method(), exercise, locale));
        section.addClassName("tablet-exercise");
        return section;
    }

    private Button signal(String key, WorkshopTable.Status status) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                service.reportStatus(device, status);
                showNow();
            } catch (ActionRefused refused) {
                ErrorNotices.show(refused);
            }
        });
        button.addThemeVariants(ButtonVariant.LARGE);
        return button;
    }

    private Section teammates(WorkshopSnapshot snapshot, TableId table, TabletModel.Team team, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("teammates");
        for (TabletModel.Member member : team.members()) {
            String held = member.roles().stream()
                    .map(r -> ConsoleView.roleTitle(snapshot, r, locale))
                    .collect(Collectors.joining(" · "));
            ListItem item = new ListItem(member.name() + (held.isEmpty() ? "" : " — " + held));
            if (member.id().equals(me)) {
                item.addClassName("me");
            }
            list.add(item);
        }
        Section section = new Section(new H2(getTranslation("tablet.team")), list);
        extensions.forEach(
                e -> e.tabletBoards(snapshot, table, device).ifPresent(part -> section.add(part.component())));
        return section;
    }

    private Div chooseTable(List<TabletModel.TableChoice> tables) {
        Select<TabletModel.TableChoice> choice = new Select<>();
        choice.setLabel(getTranslation("join.table"));
        choice.setItems(tables);
        choice.setItemLabelGenerator(t -> getTranslation("join.tableWithCount", t.name(), t.members()));
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                try {
                    service.chooseTable(device, e.getValue().id());
                    showNow();
                } catch (ActionRefused refused) {
                    ErrorNotices.show(refused);
                }
            }
        });
        return new Div(new Paragraph(getTranslation("tablet.chooseTable")), choice);
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
