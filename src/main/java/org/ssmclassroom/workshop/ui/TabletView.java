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
     * Redraws the tablet, or only its clock when nothing else this trainee sees has changed: starting or
     * extending the clock then costs each tablet one small update instead of a new page. At a table the screen
     * is built once and then updated in place: a button replaced while it is being tapped would lose the tap
     * without a word (Vaadin drops a click on a component that is gone), and a rename or a join redraws often.
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
        Optional<Participant> self = snapshot.participant(me);
        TableId seat = self.filter(p -> !snapshot.workshop().isClosed())
                .map(Participant::table)
                .orElse(null);
        if (seat != null && screen != null && screen.table.equals(seat)) {
            screen.update(snapshot, self.get());
            shown = snapshot;
            return;
        }
        screen = null;
        clockBox = null;
        removeAll();
        if (self.isEmpty()) {
            add(new H1(getTranslation("tablet.removed")));
        } else if (snapshot.workshop().isClosed() && self.get().table() != null) {
            ended(snapshot, self.get().table());
        } else if (snapshot.workshop().isClosed()) {
            add(new H1(snapshot.workshop().name()), new H2(getTranslation("tablet.closed")));
        } else if (self.get().table() == null) {
            add(new H1(snapshot.workshop().name()), chooseTable(snapshot));
        } else {
            screen = new TableScreen(snapshot, self.get());
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
        private final Map<Tab, Object> panelInputs = new java.util.EnumMap<>(Tab.class);
        private final List<ScreenParts.Part> taskParts = new ArrayList<>();
        private Object partInputs;
        private Object clockShown;

        TableScreen(WorkshopSnapshot snapshot, Participant self) {
            table = self.table();
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
            update(snapshot, self);
        }

        void update(WorkshopSnapshot snapshot, Participant self) {
            Locale locale = getLocale();
            WorkshopTable here = snapshot.table(table).orElseThrow();
            Map<ParticipantId, List<String>> roles = snapshot.roles(table);
            List<String> mine = roles.getOrDefault(me, List.of());
            Set<Method.Capability> can = snapshot.capabilities(table, me);
            Optional<Method.Exercise> exercise = snapshot.exercise(table);
            String exerciseId = exercise.map(Method.Exercise::id).orElse(null);
            if (!java.util.Objects.equals(exerciseId, tabsFor)) {
                // A new exercise opens on its steps.
                tabsFor = exerciseId;
                selected = Tab.STEPS;
            }
            title.setText(snapshot.workshop().name());
            where.setText(getTranslation("tablet.atTable", self.name(), here.name()));

            exerciseTitle.setVisible(exercise.isPresent());
            exercise.ifPresent(e -> exerciseTitle.setText(
                    e.label().in(locale) + " — " + e.title().in(locale)));
            waiting.setVisible(exercise.isEmpty());
            taskRow.setVisible(exercise.isPresent());
            boolean bigClock = can.contains(Method.Capability.BIG_CLOCK);
            Object clockNow = exercise.isPresent() ? List.of(here.clock(), here.name(), bigClock) : null;
            if (!java.util.Objects.equals(clockNow, clockShown) || (clockNow != null && clockBox == null)) {
                clockShown = clockNow;
                clockHolder.removeAll();
                clockBox = null;
                if (exercise.isPresent()) {
                    clockHolder.add(clock(here, bigClock));
                }
            }
            boolean captain = can.contains(Method.Capability.MARKS_DONE);
            done.setEnabled(captain);
            // Tablets have no hover: why the button is off is said on the page, not in a tooltip.
            why.setVisible(!captain);
            if (captain) {
                done.getElement().removeAttribute("aria-describedby");
            } else {
                done.getElement().setAttribute("aria-describedby", "done-why");
            }
            sent.setVisible(here.status() != WorkshopTable.Status.WORKING);
            sent.setText(getTranslation(
                    "tablet.sent",
                    getTranslation("status." + here.status().name().toLowerCase(Locale.ROOT))));
            coming.setVisible(here.helpRequested());

            Object inputs = List.of(String.valueOf(exerciseId), mine, can);
            if (!inputs.equals(partInputs)) {
                partInputs = inputs;
                parts.removeAll();
                taskParts.clear();
                extensions.forEach(e -> e.tablet(snapshot, table, device).ifPresent(part -> {
                    taskParts.add(part);
                    parts.add(part.component());
                }));
            } else {
                taskParts.forEach(part -> part.show(snapshot));
            }

            List<Reading> reading = snapshot.readingFor(table, me);
            panel(Tab.STEPS, exercise.orElse(null), () -> exercise.map(e -> steps(snapshot.pack(), e, locale)));
            panel(
                    Tab.ROLES,
                    List.of(mine, String.valueOf(exerciseId)),
                    () -> Optional.of(myRoles(snapshot, mine, exercise, locale)));
            panel(
                    Tab.MATERIALS,
                    reading,
                    () -> reading.isEmpty() ? Optional.empty() : Optional.of(materials(reading, locale)));
            List<Object> team = List.of(
                    snapshot.members(table).stream()
                            .map(p -> p.id() + ":" + p.name())
                            .toList(),
                    roles,
                    String.valueOf(exerciseId));
            panel(Tab.TEAM, team, () -> Optional.of(teammates(snapshot, table, roles, locale)));
            strip.setLabel(Tab.MATERIALS, getTranslation("tablet.tab.materialsCount", reading.size()), false);
            if (!strip.present(selected)) {
                selected = strip.firstPresent();
            }
            strip.show(selected);
            labelNews();
        }

        /** Rebuilds a tab's content only when what it shows from changed; a tab with no content is not offered. */
        private void panel(Tab tab, Object inputs, java.util.function.Supplier<Optional<Component>> content) {
            if (panelInputs.containsKey(tab) && java.util.Objects.equals(panelInputs.get(tab), inputs)) {
                return;
            }
            panelInputs.put(tab, inputs);
            Div panel = panels.get(tab);
            panel.removeAll();
            Optional<Component> built = content.get();
            built.ifPresent(panel::add);
            strip.setPresent(tab, built.isPresent());
        }
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
