package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.board.BoardChecks;
import org.ssmclassroom.board.BoardEdit;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Origin;
import org.ssmclassroom.scenario.ui.Badges;
import org.ssmclassroom.workshop.ui.ClockDisplay;

/**
 * A board drawn from its template: every section of the pack's template as touch-sized fields, list entries,
 * a grid or a guided decision walk; the completeness checks; what earlier boards carry forward; who is here.
 * Updates from others change only what changed, so nobody's typing is disturbed.
 */
class BoardEditor extends Div {

    private final BoardActions actions;
    private final boolean readOnly;
    private final Locale locale;
    private final BoardEditorModel model;
    private final Map<BoardEditorModel.FieldKey, FieldEditor> fields = new LinkedHashMap<>();
    /** Each section's parts that change: its list's entries, its decision walk, its diagram. */
    private final Map<String, SectionParts> sections = new LinkedHashMap<>();

    private final Map<BoardItemId, Div> cards = new LinkedHashMap<>();
    private final Div header = new Div();
    private final Div status = new Div();
    private final Div movedOn = new Div();
    private final ClockDisplay clock;
    private final Supplier<Instant> now;
    private final CarriedPanel carried;
    private final Div checks = new Div();

    private record SectionParts(Div entries, Div walk, Div diagram) {}

    BoardEditor(BoardSnapshot initial, BoardActions actions, Locale locale, Supplier<Instant> now) {
        this.actions = actions;
        this.readOnly = actions == null;
        this.locale = locale;
        this.now = now;
        this.model = new BoardEditorModel(initial, readOnly);
        this.carried = new CarriedPanel(actions, locale);
        addClassName("board");
        header.addClassName("board-header");
        status.addClassName("board-status");
        movedOn.addClassName("board-moved-on");
        movedOn.getElement().setAttribute("role", "status");
        clock = new ClockDisplay(getTranslation("clock.label", initial.tableName()));
        clock.addClassName("board-clock");
        H2 heading = new H2(initial.exercise().label().in(locale) + " — "
                + initial.exercise().title().in(locale));
        // The exercise or its board written by the pack's authors, not the deck: one mark for either.
        heading.add(Badges.origin(
                Origin.firstMarked(
                        initial.exercise().origin(), initial.template().origin()),
                locale));
        header.add(heading, clock, status, movedOn);
        clock.show(initial.clock(), now, false);
        checks.addClassName("board-checks");
        add(header, carried, checks);
        initial.template().sections().forEach(section -> add(section(section)));
        show(initial);
    }

    /** Names each section's region after whose board it is, where several boards share one page (the debrief). */
    void nameSectionsAfter(String owner) {
        getChildren()
                .filter(c -> c instanceof Section)
                .forEach(c -> c.getElement()
                        .setAttribute(
                                "aria-label", owner + " · " + c.getElement().getAttribute("aria-label")));
    }

    void show(BoardSnapshot snapshot) {
        BoardEditorModel.Changes changes = model.show(snapshot);
        renderHeader();
        if (changes.movedOn()) {
            renderMovedOn();
        }
        if (changes.clock()) {
            clock.show(snapshot.clock(), now, false);
        }
        if (changes.carried()) {
            carried.show(snapshot);
        }
        if (changes.content()) {
            renderChecks();
        }
        changes.lists().forEach(this::syncList);
        if (changes.walk()) {
            snapshot.template().sections().stream()
                    .filter(section -> section.kind() == Method.SectionKind.DECISION)
                    .forEach(this::renderDecision);
        }
        boolean locked = model.fieldsLocked();
        fields.values().forEach(f -> {
            f.show(snapshot.content());
            if (f.isFinishing()) {
                return; // stays open until the writer leaves it
            }
            if (locked
                    && !readOnly
                    && f.isFocused()
                    && f.typesText()
                    && !f.input().isReadOnly()) {
                finishAfterTimeUp(f);
            } else {
                f.input().setReadOnly(locked);
            }
        });
        if (changes.content()) {
            renderDiagrams();
            fields.values().stream()
                    .filter(f -> f.field().type() == Method.FieldType.PERSON)
                    .forEach(f -> f.offer(model.peopleFor(f.item())));
        }
        setEnabledActions(model.actionsEnabled());
    }

    private void renderHeader() {
        status.removeAll();
        status.add(new Span(board().tableName()));
        if (board().locked()) {
            Span locked = new Span(getTranslation("board.locked"));
            locked.addClassNames("badge", "badge-locked");
            locked.getElement().setAttribute("role", "status");
            status.add(locked);
        }
        UnorderedList here = new UnorderedList();
        here.addClassName("presence");
        here.getElement().setAttribute("aria-label", getTranslation("board.presence"));
        for (BoardSnapshot.Presence person : board().presence()) {
            String editing = person.editingItem() == null
                    ? ""
                    : " · " + getTranslation("board.editing", describe(person.editingItem()));
            ListItem chip = new ListItem(person.name() + editing);
            chip.addClassName("presence-chip");
            here.add(chip);
        }
        status.add(here);
    }

    /** The table is on another exercise now: say which, and offer its board. */
    private void renderMovedOn() {
        movedOn.removeAll();
        movedOn.setVisible(board().tableMovedOn());
        if (!board().tableMovedOn()) {
            return;
        }
        String next = board().pack()
                .method()
                .exercise(board().tableExercise())
                .map(e -> e.label().in(locale) + " — " + e.title().in(locale))
                .orElse(board().tableExercise());
        movedOn.add(new Span(getTranslation("board.movedOn", next)));
        if (!readOnly) {
            Button go = new Button(getTranslation("board.goToCurrent"), e -> actions.followTable());
            go.addThemeVariants(ButtonVariant.PRIMARY);
            movedOn.add(go);
        }
    }

    private String describe(BoardItemId item) {
        return model.sectionOf(item).map(s -> s.title().in(locale)).orElse(item.section());
    }

    private void renderChecks() {
        checks.removeAll();
        List<BoardChecks.Result> results = board().checks();
        if (results.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", getTranslation("board.checks"));
        for (BoardChecks.Result result : results) {
            ListItem item = new ListItem(
                    (result.passed() ? "✓ " : "○ ") + result.check().label().in(locale));
            item.addClassName(result.passed() ? "check-passed" : "check-open");
            item.getElement()
                    .setAttribute(
                            "aria-label",
                            result.check().label().in(locale) + ": "
                                    + getTranslation(result.passed() ? "board.check.passed" : "board.check.open"));
            list.add(item);
        }
        checks.add(new H3(getTranslation("board.checks")), list);
    }

    private Section section(Method.Section section) {
        H3 heading = new H3(section.title().in(locale));
        heading.add(Badges.origin(section.origin(), locale));
        Section block = new Section(heading);
        block.addClassNames("board-section", "section-" + section.kind().name().toLowerCase());
        block.getElement().setAttribute("aria-label", section.title().in(locale));
        Div entries = new Div();
        Div walk = new Div();
        switch (section.kind()) {
            case FIELDS -> {
                Div form = new Div();
                form.addClassName("board-fields");
                section.fields().forEach(f -> form.add(field(BoardEditorModel.mainItem(section.id()), f)));
                block.add(form);
            }
            case LIST -> {
                entries.addClassName("board-list");
                block.add(entries);
                if (!readOnly) {
                    Button add = new Button(
                            getTranslation("board.add", section.title().in(locale)), e -> actions.add(section.id()));
                    add.addClassName("board-action");
                    add.addThemeVariants(ButtonVariant.PRIMARY);
                    block.add(add);
                }
            }
            case GRID -> block.add(new GridSection(section, board().pack().method(), locale, this::field));
            case DECISION -> {
                walk.addClassName("decision-walk");
                block.add(walk);
            }
        }
        Div diagram = new Div();
        diagram.addClassName("board-diagram");
        sections.put(section.id(), new SectionParts(entries, walk, diagram));
        block.add(diagram);
        return block;
    }

    private Component field(BoardItemId item, Method.Field field) {
        FieldEditor editor = new FieldEditor(item, field, board().pack().method(), locale, readOnly);
        editor.offer(model.peopleFor(item));
        // A 2x2 is chosen by tapping its quadrants; the field behind it only holds the value.
        editor.component().setVisible(!Diagrams.quadrantsOf(board(), field));
        fields.put(new BoardEditorModel.FieldKey(item, field.id()), editor);
        if (!readOnly) {
            editor.input().addValueChangeListener(e -> {
                if (!editor.isUpdating() && e.isFromClient()) {
                    save(editor);
                }
            });
            editor.component().getElement().addEventListener("focusin", e -> {
                editor.setFocused(true, now.get());
                actions.editing(item);
            });
            editor.component().getElement().addEventListener("focusout", e -> {
                editor.setFocused(false, null);
                actions.editing(null);
                if (editor.isFinishing()) {
                    editor.setFinishing(false);
                    editor.input().setReadOnly(board().locked());
                }
            });
        }
        return editor.component();
    }

    /**
     * Time ran out (or the instructor locked the board) while this user was writing the field: it stays open
     * until they leave it, what it holds now is saved at once, and they are told it counts as after time-up.
     */
    private void finishAfterTimeUp(FieldEditor editor) {
        editor.setFinishing(true);
        Notification notice = Notification.show(getTranslation("board.finishing"), 8000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.WARNING);
        // Saved as typed so far, without writing it back into the field: that would undo keys still on their way.
        editor.component().getElement().executeJs("return this.value").then(String.class, typed -> {
            if (typed != null && !typed.equals(editor.text()) && editor.isFinishing()) {
                save(editor, typed, false);
            }
        });
    }

    void save(FieldEditor editor) {
        save(editor, editor.text(), true);
    }

    /** @param announce whether a late save is announced (not while the writer is still in the field) */
    private void save(FieldEditor editor, String text, boolean announce) {
        BoardEdit result = actions.edit(editor.item(), editor.field().id(), text, editor.version(), editor.begunAt());
        switch (result) {
            case BoardEdit.Saved saved -> {
                editor.setVersion(saved.version());
                editor.accepted();
            }
            case BoardEdit.SavedLate late -> {
                editor.setVersion(late.version());
                editor.accepted();
                if (announce) {
                    Notification.show(getTranslation("board.savedLate"), 5000, Notification.Position.MIDDLE);
                }
            }
            case BoardEdit.Conflict conflict -> new ConflictDialog(editor, conflict, this).open();
            case BoardEdit.Locked locked -> refuse(editor, getTranslation("board.notSavedLocked"));
            case BoardEdit.Refused refused -> refuse(editor, getTranslation(refused.reasonKey(), refused.limit()));
        }
    }

    /** The text stays in the field, marked as not saved, so nothing the user typed is lost. */
    private void refuse(FieldEditor editor, String message) {
        editor.refuse(message);
        Notification notice = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.ERROR);
    }

    /** A list's cards follow its entries: a card per entry, new ones at the end, each numbered in order. */
    private void syncList(BoardEditorModel.ListChange change) {
        Method.Section section = board().template().sections().stream()
                .filter(s -> s.id().equals(change.section()))
                .findFirst()
                .orElseThrow();
        for (BoardItemId gone : change.removed()) {
            cards.remove(gone).removeFromParent();
            fields.keySet().removeIf(key -> key.item().equals(gone));
        }
        for (BoardItemId added : change.added()) {
            Div card = entryCard(section, added);
            cards.put(added, card);
            sections.get(change.section()).entries().add(card);
        }
        int number = 0;
        for (BoardItemId item : change.entries()) {
            number++;
            cards.get(item)
                    .getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation("board.entry", section.title().in(locale), number));
        }
    }

    private Div entryCard(Method.Section section, BoardItemId item) {
        Div card = new Div();
        card.addClassName("board-entry");
        section.fields().forEach(f -> card.add(field(item, f)));
        if (!readOnly) {
            Button remove = new Button(getTranslation("board.remove"), e -> actions.remove(item));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.addClassName("board-action");
            card.add(remove);
        }
        return card;
    }

    private void renderDecision(Method.Section section) {
        Div walk = sections.get(section.id()).walk();
        walk.removeAll();
        DecisionSection.render(walk, section, board(), actions, this::choose, readOnly || board().locked(), locale);
    }

    /** A tap on a quadrant: the same save as picking the term in the field. */
    private void choose(Method.Field field, String term) {
        FieldEditor editor = fields.get(new BoardEditorModel.FieldKey(model.recordOf(field), field.id()));
        editor.setText(term);
        save(editor);
    }

    private void renderDiagrams() {
        for (Method.Section section : board().template().sections()) {
            Div diagram = sections.get(section.id()).diagram();
            diagram.removeAll();
            Diagrams.of(section, board(), locale, readOnly ? null : this::choose)
                    .ifPresent(diagram::add);
        }
    }

    private void setEnabledActions(boolean enabled) {
        descendants(this).stream()
                .filter(c -> c.hasClassName("board-action"))
                .forEach(c -> ((Button) c).setEnabled(enabled));
    }

    private static List<Component> descendants(Component root) {
        List<Component> all = new ArrayList<>();
        root.getChildren().forEach(child -> {
            all.add(child);
            all.addAll(descendants(child));
        });
        return all;
    }

    BoardSnapshot board() {
        return model.board();
    }
}
