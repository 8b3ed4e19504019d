package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.ui.ActionPair;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/** The instructor watches a table's board live, read-only; can unlock it after time-up and put it on the projector. */
@Route("workshops/:workshopId/tables/:tableId/board/:exerciseId?")
@RolesAllowed(Roles.INSTRUCTOR)
class TableBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService boards;
    private final WorkshopService workshops;
    private final java.util.List<BoardParts> parts;
    private final Div below = new Div();
    private String title = "";

    TableBoardView(BoardService boards, WorkshopService workshops, java.util.List<BoardParts> parts) {
        this.boards = boards;
        this.workshops = workshops;
        this.parts = parts;
        addClassNames("page", "table-board-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        TableId tableId =
                new TableId(event.getRouteParameters().getLong("tableId").orElse(-1L));
        WorkshopSnapshot workshop = workshops.snapshotOfTable(tableId);
        WorkshopTable table = workshop.table(tableId).orElseThrow();
        String exerciseId = event.getRouteParameters().get("exerciseId").orElse(table.exerciseId());
        title = getTranslation("board.ofTable", table.name());
        Select<Method.Exercise> exercise = exerciseChoice(workshop, table, exerciseId);
        Anchor console =
                new Anchor("workshops/" + workshop.workshop().id().value(), getTranslation("board.backToConsole"));
        console.addClassName("back-to-console");
        add(console);
        if (exerciseId == null) {
            add(new H1(title), exercise);
            return;
        }
        BoardSnapshot board = boards.boardFor(tableId, exerciseId);
        BoardEditor editor = new BoardEditor(board, null, getLocale(), boards::now);
        // Two buttons, each doing what it says: a double tap on "Unlock" does not lock the board again.
        ActionPair lock =
                new ActionPair(new Button(getTranslation("board.unlock")), new Button(getTranslation("board.relock")));
        lock.doing().addClickListener(e -> setUnlocked(tableId, exerciseId, true, editor, lock));
        lock.undoing().addClickListener(e -> setUnlocked(tableId, exerciseId, false, editor, lock));
        Anchor share = new Anchor("", getTranslation("board.share"));
        share.setTarget("_blank");
        showShare(share, board);
        Div tools = new Div(exercise, lock.doing(), lock.undoing(), share);
        tools.addClassName("control-row");
        add(new H1(title), tools, editor, below);
        updateLock(lock, board);
        showBelow(board);
        String viewer = FollowedBoard.newViewer();
        FollowedBoard.follow(this, boards, board, viewer, getTranslation("board.instructor"), snapshot -> {
            editor.show(snapshot);
            showShare(share, snapshot);
            updateLock(lock, snapshot);
            showBelow(snapshot);
        });
    }

    /** A board the table has not opened yet has nothing to put on the projector. */
    private static void showShare(Anchor share, BoardSnapshot board) {
        share.setVisible(!board.absent());
        if (!board.absent()) {
            share.setHref("share/" + board.boardId().value());
        }
    }

    private void showBelow(BoardSnapshot board) {
        below.removeAll();
        parts.forEach(part -> part.below(board, getLocale()).ifPresent(below::add));
    }

    private Select<Method.Exercise> exerciseChoice(WorkshopSnapshot workshop, WorkshopTable table, String current) {
        Locale locale = getLocale();
        Select<Method.Exercise> choice = new Select<>();
        choice.setLabel(getTranslation("console.exercise"));
        choice.setItems(workshop.pack().method().agendaExercises());
        choice.setItemLabelGenerator(
                e -> e.label().in(locale) + " — " + e.title().in(locale));
        workshop.pack().method().exercise(current == null ? "" : current).ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent()
                        .navigate(
                                TableBoardView.class,
                                new RouteParameters(java.util.Map.of(
                                        "workshopId",
                                        String.valueOf(workshop.workshop().id().value()),
                                        "tableId",
                                        String.valueOf(table.id().value()),
                                        "exerciseId",
                                        e.getValue().id())));
            }
        });
        return choice;
    }

    private void setUnlocked(TableId table, String exerciseId, boolean unlocked, BoardEditor editor, ActionPair lock) {
        if (!boards.setUnlocked(table, exerciseId, unlocked)) {
            Notification.show(
                    getTranslation(unlocked ? "board.alreadyUnlocked" : "board.alreadyLocked"),
                    3000,
                    Notification.Position.BOTTOM_START);
        }
        BoardSnapshot now = boards.boardFor(table, exerciseId);
        editor.show(now);
        updateLock(lock, now);
    }

    private void updateLock(ActionPair lock, BoardSnapshot board) {
        lock.show(board.unlocked());
        lock.setEnabled(board.locked() || board.unlocked());
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
