package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.base.ui.MarkdownView;
import org.ssmclassroom.scenario.Method;
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
 * A trainee's tablet: the workshop and table, teammates, my role for the current exercise with its duties,
 * the exercise and its clock, and the team's three signals to the instructor. Reloads come straight back here.
 */
@Route("table")
@AnonymousAllowed
class TabletView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService service;
    private DeviceToken device;
    private ParticipantId me;
    private WorkshopSnapshot shown;
    private Object lastSeen;
    private Div clockBox;

    private final List<ScreenParts> extensions;

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
                    .ifPresent(table -> {
                        Div old = clockBox;
                        Div fresh = clock(
                                table, snapshot.capabilities(table.id(), me).contains(Method.Capability.BIG_CLOCK));
                        var parent = old.getElement().getParent();
                        parent.insertChild(parent.indexOfChild(old.getElement()), fresh.getElement());
                        old.removeFromParent();
                    });
            shown = snapshot;
            return;
        }
        lastSeen = seen;
        clockBox = null;
        Locale locale = getLocale();
        removeAll();
        Optional<Participant> self = snapshot.participant(me);
        if (self.isEmpty() || snapshot.workshop().isClosed()) {
            add(new H1(getTranslation(self.isEmpty() ? "tablet.removed" : "tablet.closed")));
            shown = snapshot;
            return;
        }
        add(new H1(snapshot.workshop().name()));
        TableId tableId = self.get().table();
        if (tableId == null) {
            add(chooseTable(snapshot));
            shown = snapshot;
            return;
        }
        WorkshopTable table = snapshot.table(tableId).orElseThrow();
        Map<ParticipantId, List<String>> roles = snapshot.roles(tableId);
        List<String> mine = roles.getOrDefault(me, List.of());
        Set<Method.Capability> can = snapshot.capabilities(tableId, me);
        Paragraph where =
                new Paragraph(getTranslation("tablet.atTable", self.get().name(), table.name()));
        where.addClassName("tablet-where");
        add(where);
        extensions.forEach(e -> e.tablet(snapshot, tableId, device).ifPresent(part -> add(part.component())));
        Optional<Method.Exercise> exercise = snapshot.exercise(tableId);
        exercise.ifPresentOrElse(
                e -> add(
                        new H2(e.label().in(locale) + " — " + e.title().in(locale)),
                        new ExercisePlace(snapshot.pack().method(), e, locale),
                        clock(table, can.contains(Method.Capability.BIG_CLOCK)),
                        signals(table, can.contains(Method.Capability.MARKS_DONE)),
                        myRoles(snapshot, mine, exercise, locale),
                        instructions(snapshot.pack(), e, locale)),
                () -> add(new Paragraph(getTranslation("tablet.waiting")), myRoles(snapshot, mine, exercise, locale)));
        add(teammates(snapshot, tableId, roles, locale));
        shown = snapshot;
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
                snapshot.tables().stream()
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
            snapshot.pack().method().course().roles().stream()
                    .filter(r -> r.id().equals(roleId))
                    .findFirst()
                    .ifPresent(role -> {
                        Div card = new Div(
                                new H3(role.title().in(locale)),
                                new Paragraph(role.duty().in(locale)));
                        card.addClassNames("role-card", "role-" + role.id());
                        roleExtras(snapshot, role, exercise, locale).forEach(card::add);
                        section.add(card);
                    });
        }
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("tablet.noRole")));
        }
        List<com.vaadin.flow.component.Component> briefs = customerMaterial(snapshot, locale);
        if (!briefs.isEmpty()) {
            Div card = new Div();
            card.addClassNames("role-card", "case-briefs");
            briefs.forEach(card::add);
            section.add(card);
        }
        return section;
    }

    /** What a role really changes on this tablet, by what the pack says it lets its holder do. */
    private List<com.vaadin.flow.component.Component> roleExtras(
            WorkshopSnapshot snapshot, Method.Role role, Optional<Method.Exercise> exercise, Locale locale) {
        List<com.vaadin.flow.component.Component> extras = new java.util.ArrayList<>();
        for (Method.Capability capability : role.capabilities()) {
            switch (capability) {
                case OWNS_BOARD -> extras.add(new Paragraph(getTranslation("tablet.recorder")));
                case BIG_CLOCK -> extras.add(new Paragraph(getTranslation("tablet.timekeeper")));
                case SEES_CHALLENGE_PROMPTS ->
                    exercise.filter(e -> e.challengePrompts() != null)
                            .ifPresent(e -> extras.add(promptList(e, locale)));
                case SEES_PERSONA_BRIEF, MARKS_DONE -> {}
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

    /** The briefs the workshop lets this member read now (the rule is in {@link WorkshopSnapshot#briefsFor}). */
    private List<com.vaadin.flow.component.Component> customerMaterial(WorkshopSnapshot snapshot, Locale locale) {
        TableId table = snapshot.participant(me).map(Participant::table).orElse(null);
        if (table == null) {
            return List.of();
        }
        return snapshot.briefsFor(table, me).stream()
                .map(d -> (com.vaadin.flow.component.Component) new Div(
                        new H3(d.title().in(locale)),
                        new MarkdownView(snapshot.pack()
                                .documentBody(d.id())
                                .map(b -> b.in(locale))
                                .orElse(""))))
                .toList();
    }

    private Section instructions(ScenarioPack pack, Method.Exercise exercise, Locale locale) {
        Method method = pack.method();
        OrderedList steps = new OrderedList();
        exercise.instructions()
                .forEach(line -> steps.add(new ListItem(pack.withCase(line).in(locale))));
        Section section = new Section(new H2(getTranslation("tablet.instructions")), steps);
        section.addClassName("tablet-exercise");
        for (Method.QuestionSet set : exercise.questions()) {
            String title = getTranslation(
                    "tablet.questions", getTranslation("questions." + set.name().toLowerCase(Locale.ROOT)));
            UnorderedList questions = new UnorderedList();
            questions.addClassName("model-questions");
            questions.getElement().setAttribute("aria-label", title);
            method.questions(set).forEach(q -> questions.add(new ListItem(q.in(locale))));
            section.add(new H3(title), questions);
        }
        return section;
    }

    private Div signals(WorkshopTable table, boolean captain) {
        Button done = signal("tablet.done", WorkshopTable.Status.DONE);
        done.setEnabled(captain);
        com.vaadin.flow.component.html.Anchor board =
                new com.vaadin.flow.component.html.Anchor("board", getTranslation("tablet.board"));
        board.getElement().setAttribute("router-link", true);
        board.addClassName("board-link");
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
                    getTranslation("status." + table.status().name().toLowerCase())));
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
        return new Section(new H2(getTranslation("tablet.team")), list);
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
                service.chooseTable(device, e.getValue());
                showNow();
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
