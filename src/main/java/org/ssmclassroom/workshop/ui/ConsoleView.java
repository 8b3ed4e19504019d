package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.security.CurrentDevice;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.Workshop;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * The instructor console: every table with its members, roles, status and clock; the agenda and the clock for
 * all tables or chosen ones. Works on a laptop and on a tablet.
 */
@Route("workshops/:workshopId")
@RolesAllowed(Roles.INSTRUCTOR)
class ConsoleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService service;
    private final WorkshopSteering steering;
    private final Trainees trainees;
    private WorkshopSnapshot snapshot;
    private final H1 title = new H1();
    private final Div header = new Div();
    private final Div tables = new Div();
    private final Div unseated = new Div();
    final Select<Method.Exercise> exercise = new Select<>();
    final MultiSelectComboBox<TableId> chosenTables = new MultiSelectComboBox<>();
    final IntegerField minutes = new IntegerField();
    final Button undo = new Button();

    private final List<ScreenParts> extensions;
    private Section controls;
    private final Set<TableId> openMembers = new java.util.HashSet<>();
    private final Map<TableId, Div> tableCards = new java.util.HashMap<>();
    private final ConsoleCards drawing;
    private final ConceptCards cards = new ConceptCards(this::project, this::takeCardOff);
    /** The console as it is drawn, null before the first drawing. */
    private ConsoleModel shown;

    private final Span joined = new Span();
    private List<ScreenParts.Part> parts = List.of();

    ConsoleView(WorkshopService service, WorkshopSteering steering, Trainees trainees, List<ScreenParts> extensions) {
        this.service = service;
        this.steering = steering;
        this.trainees = trainees;
        this.extensions = extensions;
        drawing = new ConsoleCards(this, service, steering, this::run, this::confirm, this::id, openMembers);
        addClassNames("page", "console-view");
        tables.addClassName("table-cards");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("workshopId").orElse(-1L);
        try {
            WorkshopSnapshot initial = service.snapshot(new WorkshopId(id));
            trainees.recognizeRoom(initial.workshop().id(), CurrentDevice.network());
            removeAll();
            controls = controls(initial);
            // Every table's clock, status and signals first, on one laptop screen; the panels used less below.
            add(title, header, tables, controls, cards);
            parts = extensions.stream()
                    .flatMap(e -> e.console(initial).stream())
                    .toList();
            parts.forEach(part -> add(part.component()));
            add(unseated);
            Following.follow(this, service, initial, this::render);
        } catch (IllegalArgumentException e) {
            removeAll();
            add(new H1(getTranslation("console.notFound")));
        }
    }

    private Section controls(WorkshopSnapshot initial) {
        Locale locale = getLocale();
        exercise.setLabel(getTranslation("console.exercise"));
        exercise.addClassName("exercise-choice");
        exercise.setItems(initial.pack().method().agendaExercises());
        // After a reload the choice shows where the class is, not an empty field.
        initial.classExercise().ifPresent(exercise::setValue);
        Map<String, String> units = new java.util.HashMap<>();
        initial.pack()
                .method()
                .course()
                .agenda()
                .days()
                .forEach(day -> day.units()
                        .forEach(unit -> unit.exercises()
                                .forEach(id -> units.put(
                                        id,
                                        day.title().in(locale) + " · "
                                                + unit.title().in(locale)))));
        exercise.setItemLabelGenerator(
                e -> e.label().in(locale) + " — " + e.title().in(locale)
                        + (units.containsKey(e.id()) ? getTranslation("console.inUnit", units.get(e.id())) : ""));
        chosenTables.setLabel(getTranslation("console.tables"));
        chosenTables.setPlaceholder(getTranslation("console.allTables"));
        chosenTables.setItems(initial.tables().stream().map(WorkshopTable::id).toList());
        minutes.setLabel(getTranslation("console.minutes"));
        minutes.setPlaceholder(getTranslation("console.minutes.default"));
        minutes.addClassName("minutes-field");
        minutes.setMin(1);
        minutes.setMax(240);
        minutes.setStepButtonsVisible(true);
        Button open = action(
                "console.open",
                () -> steering.openExercise(id(), exercise.getValue().id(), chosen()));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        undo.setText(getTranslation("console.undo"));
        undo.addClickListener(e -> run(() -> steering.undo(id())));
        Div agenda = row(exercise, chosenTables, open, undo);
        Div clock = row(
                minutes,
                action("console.clock.start", () -> steering.startClock(id(), chosen(), typedMinutes())),
                action("console.clock.pause", () -> steering.pauseClock(id(), chosen())),
                action("console.clock.resume", () -> steering.resumeClock(id(), chosen())),
                action("console.clock.plus1", () -> steering.extendClock(id(), chosen(), Duration.ofMinutes(1))),
                action("console.clock.plus5", () -> steering.extendClock(id(), chosen(), Duration.ofMinutes(5))),
                action("console.clock.end", () -> steering.endClock(id(), chosen())));
        Section section = new Section(
                new H2(getTranslation("console.agenda")), agenda, new H3(getTranslation("console.clock")), clock);
        section.addClassName("panel");
        return section;
    }

    private void render(WorkshopSnapshot current) {
        snapshot = current;
        Locale locale = getLocale();
        ConsoleModel model = ConsoleModel.of(current);
        ConsoleModel before = shown;
        shown = model;
        title.setText(model.name());
        chosenTables.setItemLabelGenerator(id -> ConsoleModel.nameOf(model.tables(), id));
        undo.setEnabled(model.undoable());
        joined.setText(getTranslation("console.joined", model.joined()));
        if (before == null || !model.header().equals(before.header())) {
            renderHeader(model.header());
        }
        renderTables(current, model, before, locale);
        if (before == null || !model.unseated().equals(before.unseated())) {
            unseated.removeAll();
            if (!model.unseated().members().isEmpty()) {
                unseated.add(new H2(getTranslation("console.unseated")));
                model.unseated()
                        .members()
                        .forEach(p -> unseated.add(
                                drawing.memberRow(current, p, model.unseated().tables(), locale)));
            }
        }
        setEnabledControls(!model.header().closed());
        cards.show(current, locale);
        parts.forEach(part -> part.show(current));
    }

    /**
     * Each table's card is redrawn only when its part of the console's model changed: a tablet joining or
     * signalling at one table does not replace the buttons the instructor is tapping on another (a replaced
     * button loses its tap).
     */
    private void renderTables(WorkshopSnapshot current, ConsoleModel model, ConsoleModel before, Locale locale) {
        Set<TableId> changed = model.cardsChangedSince(before);
        Map<TableId, Div> next = new java.util.LinkedHashMap<>();
        for (ConsoleModel.Card card : model.cards()) {
            Div drawn = tableCards.get(card.id());
            if (drawn == null || changed.contains(card.id())) {
                Div fresh = drawing.tableCard(current, card, locale);
                if (drawn != null && drawn.getParent().filter(tables::equals).isPresent()) {
                    tables.getElement()
                            .insertChild(tables.getElement().indexOfChild(drawn.getElement()), fresh.getElement());
                    drawn.removeFromParent();
                }
                drawn = fresh;
            }
            next.put(card.id(), drawn);
        }
        if (!model.sameTablesAs(before) || !tables.getChildren().toList().equals(List.copyOf(next.values()))) {
            tables.removeAll();
            next.values().forEach(tables::add);
        }
        tableCards.clear();
        tableCards.putAll(next);
    }

    /** Start and Close are never replaced under the instructor's finger: a join only updates the count. */
    private void renderHeader(ConsoleModel.Header workshop) {
        header.removeAll();
        header.addClassName("console-header");
        Span state = new Span(
                getTranslation("workshop.state." + workshop.state().name().toLowerCase()));
        state.addClassNames("badge", "badge-state-" + workshop.state().name().toLowerCase());
        Span code = new Span(getTranslation("workshop.code", workshop.joinCode().display()));
        code.addClassName("join-code-inline");
        Anchor projector = new Anchor(
                "workshops/" + workshop.workshop().value() + "/projector", getTranslation("console.projector"));
        projector.setTarget("_blank");
        header.add(state);
        if (!workshop.archived()) {
            header.add(code);
        }
        header.add(projector, joined);
        if (workshop.state() == Workshop.State.LOBBY) {
            header.add(action("console.start", () -> service.start(id())));
        }
        if (!workshop.closed()) {
            Button close = new Button(
                    getTranslation("console.close"),
                    e -> confirm(getTranslation("console.close.confirm"), () -> service.close(id())));
            close.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            header.add(close);
        }
    }

    private void project(String card) {
        run(() -> steering.projectCard(id(), card));
    }

    private void takeCardOff(String card) {
        run(() -> {
            if (!steering.takeCardOff(id(), card)) {
                Notification.show(getTranslation("console.cards.notOn"), 3000, Notification.Position.BOTTOM_START);
            }
        });
    }

    private Button action(String key, Runnable action) {
        return new Button(getTranslation(key), e -> run(action));
    }

    /** Runs the instructor's action and shows its result at once; other screens get it live. */
    private void run(Runnable action) {
        try {
            action.run();
            render(service.snapshot(id()));
        } catch (RuntimeException e) {
            ErrorNotices.show(e);
        }
    }

    private void confirm(String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("console.confirm"), text, getTranslation("common.ok"), e -> run(action));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    /** A closed or archived class takes no agenda or clock action: the whole panel says so by being disabled. */
    private void setEnabledControls(boolean enabled) {
        if (controls != null) {
            controls.setEnabled(enabled);
        }
    }

    static Div row(com.vaadin.flow.component.Component... components) {
        Div row = new Div(components);
        row.addClassName("control-row");
        return row;
    }

    private WorkshopId id() {
        return snapshot.workshop().id();
    }

    private Set<TableId> chosen() {
        return chosenTables.getValue();
    }

    private Duration typedMinutes() {
        return minutes.getValue() == null ? null : Duration.ofMinutes(minutes.getValue());
    }

    @Override
    public String getPageTitle() {
        return (snapshot == null ? "" : snapshot.workshop().name() + " · ") + getTranslation("app.name");
    }
}
