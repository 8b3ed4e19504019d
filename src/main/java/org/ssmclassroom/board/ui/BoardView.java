package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.board.BoardEdit;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.security.CurrentDevice;
import org.ssmclassroom.security.DeviceToken;

/** The table's board for its current exercise, on every teammate's tablet, live. */
@Route("board")
@AnonymousAllowed
class BoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService boards;
    private final java.util.List<BoardParts> parts;
    private String exercise;
    private final Div below = new Div();
    /** This screen on the board, for who-is-editing-what: its own, even beside another tablet of the same trainee. */
    private final String viewer = FollowedBoard.newViewer();

    private DeviceToken device;
    private BoardEditor editor;

    BoardView(BoardService boards, java.util.List<BoardParts> parts) {
        this.boards = boards;
        this.parts = parts;
        addClassNames("page", "board-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        device = CurrentDevice.get();
        if (!boards.hasJoined(device)) {
            event.forwardTo("join");
            return;
        }
        exercise = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("exercise")
                .orElse(null);
        showCurrentBoard();
    }

    /** The table's board for the exercise it is on now, or for the exercise the address names. */
    private Optional<BoardSnapshot> board() {
        return exercise == null ? boards.boardOf(device) : boards.boardOf(device, exercise);
    }

    private void showCurrentBoard() {
        removeAll();
        Anchor back = new Anchor("table", getTranslation("board.backToTable"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        Optional<BoardSnapshot> board = board();
        if (board.isEmpty()) {
            add(new H1(getTranslation("board.none")), new Paragraph(getTranslation("board.none.help")), back);
            return;
        }
        BoardId id = board.get().boardId();
        BoardService.Author me = boards.author(device);
        editor = new BoardEditor(board.get(), new Actions(id), getLocale(), boards::now);
        Button undo = new Button(getTranslation("board.undo"), e -> {
            // An undo may clear a field far down the page: say that it happened, not only when it did not.
            Notification.show(
                    getTranslation(boards.undoMyLastChange(device, id) ? "board.undo.done" : "board.undo.none"));
            showNow();
        });
        Div top = new Div(back, undo);
        top.addClassName("board-top-actions");
        add(top, editor, below);
        showBelow(board.get());
        FollowedBoard.follow(this, boards, board.get(), viewer, me.name(), now -> {
            editor.show(now);
            showBelow(now);
        });
    }

    private void showBelow(BoardSnapshot board) {
        below.removeAll();
        parts.forEach(part -> part.below(board, getLocale()).ifPresent(below::add));
    }

    /** The trainee's own change shows at once; teammates' boards get it live. */
    private void showNow() {
        board().filter(now -> now.boardId().equals(editor.board().boardId())).ifPresent(now -> {
            editor.show(now);
            showBelow(now);
        });
    }

    private final class Actions implements BoardActions {
        private final BoardId board;

        Actions(BoardId board) {
            this.board = board;
        }

        @Override
        public BoardEdit edit(BoardItemId item, String field, String text, int baseVersion, java.time.Instant begunAt) {
            return boards.edit(device, board, item, field, text, baseVersion, begunAt);
        }

        @Override
        public void add(String section) {
            boards.addItem(device, board, section);
            showNow();
        }

        @Override
        public void copy(String fromExercise, BoardItemId sourceItem, String targetSection) {
            boards.copyEntry(device, board, fromExercise, sourceItem, targetSection);
            showNow();
        }

        @Override
        public void remove(BoardItemId item) {
            boards.removeItem(device, board, item);
            showNow();
        }

        @Override
        public boolean undo() {
            boolean undone = boards.undoMyLastChange(device, board);
            showNow();
            return undone;
        }

        @Override
        public void followTable() {
            showCurrentBoard();
        }

        @Override
        public void editing(BoardItemId item) {
            boards.editing(board, viewer, item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " · " + getTranslation("app.name");
    }
}
