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
import java.util.Set;
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
import org.ssmclassroom.workshop.Participant;
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
    private WorkshopSnapshot shown;
    private Object lastSeen;
    private Div clockBox;
    private Tab selected = Tab.STEPS;
    private String tabsFor;
    private TableId newsTable;
    private final List<ScreenParts.News> news = new ArrayList<>();
    private int newsSeen;
    private TabStrip<Tab> newsTabs;
    private Paragraph newsNone;

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
     * Redraws the tablet, or only its clock when nothing else this trainee sees has changed: starting or
     * extending the clock then costs each tablet one small update instead of a new page.
     */
    private void render(WorkshopSnapshot snapshot) {
        Object seen = whatISee(snapshot);
        if (seen.equals(lastSeen) && clockBox != null) {
            snapshot.participant(me)
                    .map(Participant::table)
                    .flatMap(snapshot::table)
                    .ifPresent(table -> replaceClock(snapshot, table));
            shown = snapshot;
            return;
        }
        lastSeen = seen;
        clockBox = null;
        removeAll();
        Optional<Participant> self = snapshot.participant(me);
        if (self.isEmpty()) {
            add(new H1(getTranslation("tablet.removed")));
        } else if (snapshot.workshop().isClosed() && self.get().table() != null) {
            ended(snapshot, self.get().table());
        } else if (snapshot.workshop().isClosed()) {
            add(new H1(snapshot.workshop().name()), new H2(getTranslation("tablet.closed")));
        } else if (self.get().table() == null) {
            add(new H1(snapshot.workshop().name()), chooseTable(snapshot));
        } else {
            atTable(snapshot, self.get());
        }
        shown = snapshot;
    }

    private void replaceClock(WorkshopSnapshot snapshot, WorkshopTable table) {
        Div old = clockBox;
        Div fresh = clock(table, snapshot.capabilities(table.id(), me).contains(Method.Capability.BIG_CLOCK));
        var parent = old.getElement().getParent();
        parent.insertChild(parent.indexOfChild(old.getElement()), fresh.getElement());
        old.removeFromParent();
    }

    private void atTable(WorkshopSnapshot snapshot, Participant self) {
        Locale locale = getLocale();
        TableId tableId = self.table();
        WorkshopTable table = snapshot.table(tableId).orElseThrow();
        Map<ParticipantId, List<String>> roles = snapshot.roles(tableId);
        List<String> mine = roles.getOrDefault(me, List.of());
        Set<Method.Capability> can = snapshot.capabilities(tableId, me);
        Optional<Method.Exercise> exercise = snapshot.exercise(tableId);
        String exerciseId = exercise.map(Method.Exercise::id).orElse(null);
        if (!java.util.Objects.equals(exerciseId, tabsFor)) {
            // A new exercise opens on its steps.
            tabsFor = exerciseId;
            selected = Tab.STEPS;
        }
        add(header(snapshot.workshop().name(), self.name(), table.name()));

        Section task = new Section();
        task.addClassName("tablet-task");
        task.getElement().setAttribute("aria-label", getTranslation("tablet.task"));
        exercise.ifPresentOrElse(
                e -> task.add(new H2(e.label().in(locale) + " — " + e.title().in(locale)), taskRow(table, can)),
                () -> task.add(new Paragraph(getTranslation("tablet.waiting"))));
        extensions.forEach(e -> e.tablet(snapshot, tableId, device).ifPresent(part -> task.add(part.component())));
        add(task);

        Map<Tab, Component> panels = new java.util.EnumMap<>(Tab.class);
        exercise.ifPresent(e -> panels.put(Tab.STEPS, steps(snapshot.pack(), e, locale)));
        panels.put(Tab.ROLES, myRoles(snapshot, mine, exercise, locale));
        List<Reading> reading = snapshot.readingFor(tableId, me);
        if (!reading.isEmpty()) {
            panels.put(Tab.MATERIALS, materials(reading, locale));
        }
        panels.put(Tab.TEAM, teammates(snapshot, tableId, roles, locale));
        panels.put(Tab.NEWS, newsPanel(snapshot, tableId));
        add(tabs(panels, reading.size()));
    }

    private Div header(String workshop, String name, String table) {
        H1 title = new H1(workshop);
        Paragraph where = new Paragraph(getTranslation("tablet.atTable", name, table));
        where.addClassName("tablet-where");
        Div header = new Div(title, where);
        header.addClassName("tablet-header");
        return header;
    }

    /** The clock beside the main action and the team's signals: what a trainee needs every minute. */
    private Div taskRow(WorkshopTable table, Set<Method.Capability> can) {
        Div row = new Div(clock(table, can.contains(Method.Capability.BIG_CLOCK)), signals(table, can));
        row.addClassName("tablet-task-row");
        return row;
    }

    /**
     * The tabs below the task; the chosen one stays chosen when the screen redraws. A tab shows its count
     * where it has one, and the news tab says when something new arrived until it is opened.
     */
    private TabStrip<Tab> tabs(Map<Tab, Component> panels, int materials) {
        TabStrip<Tab> strip = new TabStrip<>("tablet");
        strip.addClassName("tablet-tabs");
        if (!panels.containsKey(selected)) {
            selected = panels.keySet().iterator().next();
        }
        panels.forEach((tab, panel) -> strip.add(
                tab,
                tab == Tab.MATERIALS ? getTranslation("tablet.tab.materialsCount", materials) : getTranslation(tab.key),
                panel));
        strip.select(selected);
        strip.onSelect(tab -> {
            selected = tab;
            if (selected == Tab.NEWS) {
                newsSeen = newsCount();
            }
            labelNews();
        });
        newsTabs = strip;
        labelNews();
        return strip;
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
    private void ended(WorkshopSnapshot snapshot, TableId tableId) {
        Participant self = snapshot.participant(me).orElseThrow();
        add(header(
                snapshot.workshop().name(),
                self.name(),
                snapshot.table(tableId).map(WorkshopTable::name).orElse("")));
        Div ended =
                new Div(new H2(getTranslation("tablet.closed")), new Paragraph(getTranslation("tablet.closed.help")));
        ended.addClassName("tablet-ended");
        ended.getElement().setAttribute("role", "status");
        add(ended);
        extensions.forEach(e -> e.tabletBoards(snapshot, tableId, device).ifPresent(part -> add(part.component())));
        newsTable = null;
        add(newsPanel(snapshot, tableId));
        Anchor join = new Anchor("join", getTranslation("tablet.closed.joinAnother"));
        join.getElement().setAttribute("router-link", true);
        join.addClassName("tablet-join-another");
        add(join);
    }

    /** Everything on this tablet except the clock. */
    private Object whatISee(WorkshopSnapshot snapshot) {
        Optional<Participant> self = snapshot.participant(me);
        Optional<WorkshopTable> table = self.map(Participant::table).flatMap(snapshot::table);
        return List.of(
                snapshot.workshop().state(),
                self.map(Participant::name).orElse(""),
                table.map(t -> List.of(t.name(), String.valueOf(t.exerciseId()), t.status(), t.helpRequested()))
                        .orElse(List.of()),
                table.map(t -> snapshot.members(t.id()).stream()
                                .map(Participant::name)
                                .toList())
                        .orElse(List.of()),
                table.map(t -> snapshot.roles(t.id())).orElse(java.util.Map.of()),
                // Other tables matter only while choosing one: a join elsewhere redraws no seated tablet.
                table.isPresent()
                        ? List.of()
                        : snapshot.tables().stream()
                                .map(t -> t.name() + snapshot.members(t.id()).size())
                                .toList());
    }

    private Div clock(WorkshopTable table, boolean timekeeper) {
        Div box = new Div();
        box.addClassName("tablet-clock");
        ClockDisplay clock = new ClockDisplay(getTranslation("clock.label", table.name()));
        if (timekeeper) {
            clock.addClassName("clock-large");
            Span warn5 = new Span(getTranslation("clock.fiveLeft"));
            warn5.addClassName("warn-last-five");
            Span warn1 = new Span(getTranslation("clock.oneLeft"));
            warn1.addClassName("warn-last-minute");
            clock.add(warn5, warn1);
        }
        clock.show(table.clock(), service::now, timekeeper);
        box.add(clock);
        clockBox = box;
        if (table.clock().state() == ExerciseClock.State.ENDED) {
            Div timeUp = new Div(new Span(getTranslation("clock.timeUp")));
            timeUp.addClassName("time-up");
            timeUp.getElement().setAttribute("role", "alert");
            box.add(timeUp);
            if (justEnded(table)) {
                Following.beep(UI.getCurrent(), 3);
            }
        }
        return box;
    }

    private boolean justEnded(WorkshopTable table) {
        return shown != null
                && shown.table(table.id())
                        .map(t -> t.clock().state() == ExerciseClock.State.RUNNING)
                        .orElse(false);
    }

    private Section myRoles(
            WorkshopSnapshot snapshot, List<String> mine, Optional<Method.Exercise> exercise, Locale locale) {
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

    private Div signals(WorkshopTable table, Set<Method.Capability> can) {
        boolean captain = can.contains(Method.Capability.MARKS_DONE);
        Button done = signal("tablet.done", WorkshopTable.Status.DONE);
        done.setEnabled(captain);
        Anchor board = new Anchor("board", getTranslation("tablet.board"));
        board.getElement().setAttribute("router-link", true);
        board.addClassNames("board-link", "primary-action");
        Div row = new Div(
                board,
                done,
                signal("tablet.moreTime", WorkshopTable.Status.NEED_TIME),
                signal("tablet.help", WorkshopTable.Status.NEED_HELP));
        row.addClassName("signals");
        if (!captain) {
            // Tablets have no hover: why the button is off is said on the page, not in a tooltip.
            Span why = new Span(getTranslation("tablet.doneCaptainOnly"));
            why.addClassName("signal-hint");
            done.getElement().setAttribute("aria-describedby", "done-why");
            why.setId("done-why");
            row.add(why);
        }
        if (table.status() != WorkshopTable.Status.WORKING) {
            Span sent = new Span(getTranslation(
                    "tablet.sent",
                    getTranslation("status." + table.status().name().toLowerCase(Locale.ROOT))));
            sent.addClassName("signal-sent");
            row.add(sent);
        }
        if (table.helpRequested()) {
            Span coming = new Span(getTranslation("tablet.helpComing"));
            coming.addClassName("signal-help-coming");
            coming.getElement().setAttribute("role", "status");
            row.add(coming);
        }
        return row;
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

    private Section teammates(
            WorkshopSnapshot snapshot, TableId table, Map<ParticipantId, List<String>> roles, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("teammates");
        for (Participant member : snapshot.members(table)) {
            String held = roles.getOrDefault(member.id(), List.of()).stream()
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

    private Div chooseTable(WorkshopSnapshot snapshot) {
        Select<TableId> choice = new Select<>();
        choice.setLabel(getTranslation("join.table"));
        choice.setItems(snapshot.tables().stream().map(WorkshopTable::id).toList());
        choice.setItemLabelGenerator(id -> snapshot.table(id)
                .map(t -> getTranslation(
                        "join.tableWithCount", t.name(), snapshot.members(id).size()))
                .orElse("?"));
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                try {
                    service.chooseTable(device, e.getValue());
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
