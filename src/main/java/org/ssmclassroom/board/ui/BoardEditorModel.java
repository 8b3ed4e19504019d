package org.ssmclassroom.board.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;

/**
 * What a board editor shows, and what changed since it last drew: the editor only draws what this says. Updates
 * from others redraw only what changed, so nobody's typing or tapping is disturbed. Plain code, no Vaadin.
 */
final class BoardEditorModel {

    /** One field of one item: where one field editor sits. */
    record FieldKey(BoardItemId item, String field) {}

    /** A list section's entries now: those taken off, those new (to add at the end), and all in order. */
    record ListChange(String section, List<BoardItemId> removed, List<BoardItemId> added, List<BoardItemId> entries) {}

    /**
     * What to draw again. The carried panel only when the earlier boards change (its buttons stay put while
     * tapped); the walk's buttons and "go to the current board" only when what they show changed, not on a
     * teammate's presence, so a tap on them is not lost to someone else's focus.
     */
    record Changes(
            boolean movedOn, boolean clock, boolean carried, boolean content, boolean walk, List<ListChange> lists) {}

    private final boolean readOnly;
    private BoardSnapshot board;
    private boolean rendered;
    private final Map<String, List<BoardItemId>> shownEntries = new HashMap<>();

    BoardEditorModel(BoardSnapshot initial, boolean readOnly) {
        this.board = initial;
        this.readOnly = readOnly;
    }

    BoardSnapshot board() {
        return board;
    }

    /** Takes the board as it is now; says what to draw again. */
    Changes show(BoardSnapshot next) {
        BoardSnapshot last = board;
        boolean carried = !rendered || !next.carried().equals(last.carried());
        boolean content = carried || !next.content().equals(last.content());
        boolean clock = !next.clock().equals(last.clock());
        boolean walk = content || next.locked() != last.locked();
        boolean movedOn = carried
                || next.tableMovedOn() != last.tableMovedOn()
                || !Objects.equals(next.tableExercise(), last.tableExercise());
        rendered = true;
        board = next;
        List<ListChange> lists = new ArrayList<>();
        for (Method.Section section : next.template().sections()) {
            if (section.kind() == Method.SectionKind.LIST) {
                lists.add(listChange(section.id()));
            }
        }
        return new Changes(movedOn, clock, carried, content, walk, List.copyOf(lists));
    }

    private ListChange listChange(String section) {
        List<BoardItemId> now = board.content().itemsOf(section).stream()
                .map(BoardContent.Item::itemId)
                .toList();
        List<BoardItemId> before = shownEntries.getOrDefault(section, List.of());
        List<BoardItemId> removed =
                before.stream().filter(item -> !now.contains(item)).toList();
        List<BoardItemId> added =
                now.stream().filter(item -> !before.contains(item)).toList();
        List<BoardItemId> shown = new ArrayList<>(before);
        shown.removeAll(removed);
        shown.addAll(added);
        shownEntries.put(section, List.copyOf(shown));
        return new ListChange(section, removed, added, now);
    }

    /** Whether fields take no typing now: a read-only board, or one locked (time is up). */
    boolean fieldsLocked() {
        return readOnly || board.locked();
    }

    /** Whether adding, removing and copying are offered now. */
    boolean actionsEnabled() {
        return !readOnly && !board.locked();
    }

    /** The section an item is in, as the template has it. */
    Optional<Method.Section> sectionOf(BoardItemId item) {
        return board.template().sections().stream()
                .filter(s -> s.id().equals(item.section()))
                .findFirst();
    }

    /** The one record of the fields section holding {@code field}: where a tap on a 2x2 quadrant writes. */
    BoardItemId recordOf(Method.Field field) {
        return mainItem(board.template().sections().stream()
                .filter(s -> s.fields().contains(field))
                .findFirst()
                .orElseThrow()
                .id());
    }

    static BoardItemId mainItem(String section) {
        return new BoardItemId(section, BoardContent.MAIN);
    }

    static BoardItemId gridCell(String section, String row, String column) {
        return new BoardItemId(section, row + "." + column);
    }

    /**
     * The names a person field of {@code item} offers: the entries of the board's org-map sections, as the pack
     * declares them, but not the entry itself: nobody reports to themself.
     */
    List<String> peopleFor(BoardItemId item) {
        BoardContent content = board.content();
        return board.template().sections().stream()
                .filter(s -> s.diagram() != null && s.diagram().kind() == Method.DiagramKind.ORG_MAP)
                .flatMap(s -> content.itemsOf(s.id()).stream()
                        .filter(i -> !i.itemId().equals(item))
                        .map(i -> content.text(i.id(), s.diagram().who().getFirst())))
                .filter(n -> !n.isBlank())
                .distinct()
                .toList();
    }
}
