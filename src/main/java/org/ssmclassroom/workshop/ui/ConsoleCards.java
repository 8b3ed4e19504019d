package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * The console's table cards and member rows, drawn from the console's model, with the instructor's actions on a
 * table and on a member (rename, clock, help handled, move, roles, remove). Every action goes through the console,
 * which shows its result at once.
 */
final class ConsoleCards {

    private final Component screen;
    private final WorkshopService service;
    private final WorkshopSteering steering;
    private final Consumer<Runnable> run;
    private final BiConsumer<String, Runnable> confirm;
    private final Supplier<WorkshopId> workshop;
    // Which tables' member lists the instructor unfolded: kept open across the redraws a live change brings.
    private final Set<TableId> openMembers;

    ConsoleCards(
            Component screen,
            WorkshopService service,
            WorkshopSteering steering,
            Consumer<Runnable> run,
            BiConsumer<String, Runnable> confirm,
            Supplier<WorkshopId> workshop,
            Set<TableId> openMembers) {
        this.screen = screen;
        this.service = service;
        this.steering = steering;
        this.run = run;
        this.confirm = confirm;
        this.workshop = workshop;
        this.openMembers = openMembers;
    }

    /**
     * A compact card: name, clock, status and any help request in its first lines, so twelve fit on a laptop's
     * screen; the members and where the exercise sits in the agenda fold away below.
     */
    Div tableCard(WorkshopSnapshot current, ConsoleModel.Card model, Locale locale) {
        WorkshopTable table = model.table();
        Div card = new Div();
        card.addClassNames("table-card", "status-" + table.status().name().toLowerCase());
        if (table.helpRequested()) {
            card.addClassName("help-requested");
        }
        card.getElement().setAttribute("aria-label", screen.getTranslation("console.tableNamed", table.name()));
        Button rename = new Button(screen.getTranslation("console.rename"), e -> rename(table));
        rename.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        rename.getElement().setAttribute("aria-label", screen.getTranslation("console.renameNamed", table.name()));
        Anchor board = new Anchor(
                "workshops/" + current.workshop().id().value() + "/tables/"
                        + table.id().value() + "/board",
                screen.getTranslation("console.board"));
        board.getElement().setAttribute("aria-label", screen.getTranslation("console.boardNamed", table.name()));
        Div top = new Div(new H3(table.name()), board, rename);
        top.addClassName("table-card-top");
        Optional<Method.Exercise> exercise = Optional.ofNullable(model.exercise());
        String exerciseTitle = exercise.map(
                        e -> e.label().in(locale) + " — " + e.title().in(locale))
                .orElse(screen.getTranslation("console.noExercise"));
        Paragraph exerciseLine = new Paragraph(exerciseTitle);
        exerciseLine.addClassName("table-card-exercise");
        ClockDisplay clock = new ClockDisplay(screen.getTranslation("clock.label", table.name()));
        clock.show(table.clock(), service::now, false);
        // A table with no exercise yet is waiting, like its workshop, not "working".
        String state =
                table.exerciseId() == null ? "waiting" : table.status().name().toLowerCase();
        Span status = new Span(screen.getTranslation("status." + state));
        status.addClassNames("badge", "badge-status-" + state);
        Div statusRow = new Div(clock, status);
        statusRow.addClassName("status-row");
        if (table.helpRequested()) {
            Span help = new Span(screen.getTranslation("console.helpRequested"));
            help.addClassNames("badge", "badge-help-requested");
            Button handled = tableAction("console.helpHandled", table, () -> steering.helpHandled(table.id()));
            handled.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
            handled.getElement()
                    .setAttribute("aria-label", screen.getTranslation("console.helpHandledNamed", table.name()));
            Div helpRow = new Div(help, handled);
            helpRow.addClassName("help-row");
            statusRow.add(helpRow);
        }
        if (table.status() != WorkshopTable.Status.WORKING
                && !(table.helpRequested() && table.status() == WorkshopTable.Status.NEED_HELP)) {
            Button seen = tableAction("console.acknowledge", table, () -> steering.acknowledge(table.id()));
            seen.getElement()
                    .setAttribute("aria-label", screen.getTranslation("console.acknowledgeNamed", table.name()));
            statusRow.add(seen);
        }
        Div clockButtons = ConsoleView.row(
                tableAction(
                        "console.clock.plus1",
                        table,
                        () -> steering.extendClock(workshop.get(), Set.of(table.id()), Duration.ofMinutes(1))),
                tableAction(
                        "console.clock.pause", table, () -> steering.pauseClock(workshop.get(), Set.of(table.id()))),
                tableAction(
                        "console.clock.resume", table, () -> steering.resumeClock(workshop.get(), Set.of(table.id()))),
                tableAction("console.clock.end", table, () -> steering.endClock(workshop.get(), Set.of(table.id()))));
        clockButtons.addClassName("table-clock-buttons");
        List<ConsoleModel.Member> members = model.members();
        Div folded = new Div();
        exercise.ifPresent(e -> folded.add(new ExercisePlace(current.pack().method(), e, locale)));
        members.forEach(p -> folded.add(memberRow(current, p, model.tables(), locale)));
        // Who sits here stays in sight on the folded card; their roles and actions open below it.
        String seated = members.isEmpty()
                ? screen.getTranslation("console.members.none")
                : screen.getTranslation(
                        "console.members",
                        members.size(),
                        members.stream().map(ConsoleModel.Member::name).collect(Collectors.joining(" · ")));
        NativeDetails details = new NativeDetails(seated, folded);
        details.addClassName("table-card-members");
        details.setOpen(openMembers.contains(table.id()));
        details.addToggleListener(e -> {
            if (e.isOpened()) {
                openMembers.add(table.id());
            } else {
                openMembers.remove(table.id());
            }
        });
        card.add(top, exerciseLine, statusRow, clockButtons, details);
        return card;
    }

    Div memberRow(
            WorkshopSnapshot current,
            ConsoleModel.Member participant,
            List<ConsoleModel.TableName> tables,
            Locale locale) {
        List<String> roles = participant.roles();
        Div row = new Div();
        row.addClassName("member-row");
        Span name = new Span(participant.name());
        name.addClassName("member-name");
        Span held =
                new Span(roles.stream().map(r -> roleTitle(current, r, locale)).collect(Collectors.joining(" · ")));
        held.addClassName("member-roles");
        Select<TableId> move = new Select<>();
        move.setItems(tables.stream().map(ConsoleModel.TableName::id).toList());
        move.setItemLabelGenerator(id -> ConsoleModel.nameOf(tables, id));
        move.setValue(participant.table());
        move.setAriaLabel(screen.getTranslation("console.moveNamed", participant.name()));
        move.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                run.accept(() -> steering.moveParticipant(participant.id(), e.getValue()));
            }
        });
        Button rolesButton =
                new Button(screen.getTranslation("console.roles"), e -> editRoles(current, participant, roles, locale));
        rolesButton.addThemeVariants(ButtonVariant.TERTIARY);
        rolesButton
                .getElement()
                .setAttribute("aria-label", screen.getTranslation("console.rolesNamed", participant.name()));
        rolesButton.setEnabled(participant.table() != null
                && current.exercise(participant.table()).isPresent());
        Button remove = new Button(
                screen.getTranslation("console.remove"),
                e -> confirm.accept(
                        screen.getTranslation("console.remove.confirm", participant.name()),
                        () -> steering.removeParticipant(participant.id())));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.getElement()
                .setAttribute("aria-label", screen.getTranslation("console.removeNamed", participant.name()));
        row.add(name, held, move, rolesButton, remove);
        return row;
    }

    private void editRoles(
            WorkshopSnapshot current, ConsoleModel.Member participant, List<String> roles, Locale locale) {
        CheckboxGroup<String> choice =
                new CheckboxGroup<>(screen.getTranslation("console.rolesOf", participant.name()));
        choice.setItems(current.pack().method().course().roles().stream()
                .map(Method.Role::id)
                .toList());
        choice.setItemLabelGenerator(r -> roleTitle(current, r, locale));
        choice.setValue(Set.copyOf(roles));
        edit(
                choice,
                "console.roles",
                () -> steering.overrideRoles(participant.table(), participant.id(), List.copyOf(choice.getValue())));
    }

    private void rename(WorkshopTable table) {
        TextField name = new TextField(screen.getTranslation("console.tableName"));
        name.setValue(table.name());
        name.setMaxLength(100);
        edit(name, "console.rename", () -> steering.renameTable(table.id(), name.getValue()));
    }

    /** A dialog around one field: Save runs the action through the console, Cancel changes nothing. */
    private void edit(Component field, String titleKey, Runnable save) {
        Dialog dialog = new Dialog(field);
        dialog.setHeaderTitle(screen.getTranslation(titleKey));
        dialog.getFooter()
                .add(
                        new Button(screen.getTranslation("common.cancel"), e -> dialog.close()),
                        new Button(screen.getTranslation("common.save"), e -> {
                            run.accept(save);
                            dialog.close();
                        }));
        dialog.open();
    }

    static String roleTitle(WorkshopSnapshot snapshot, String role, Locale locale) {
        return snapshot.pack().method().course().roles().stream()
                .filter(r -> r.id().equals(role))
                .findFirst()
                .map(r -> r.title().in(locale))
                .orElse(role);
    }

    private Button tableAction(String key, WorkshopTable table, Runnable action) {
        Button button = new Button(screen.getTranslation(key), e -> run.accept(action));
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", screen.getTranslation(key) + " · " + table.name());
        return button;
    }
}
