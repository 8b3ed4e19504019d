package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.Component;
import java.util.UUID;
import java.util.function.Consumer;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;

/** Keeps a read-only board screen live while attached, dropping snapshots older than the one shown. */
final class FollowedBoard {

    private FollowedBoard() {}

    /** A screen's own viewer id on the boards it shows: never shared with another screen, even of one person. */
    static String newViewer() {
        return "screen-" + UUID.randomUUID();
    }

    static void follow(
            Component view,
            BoardService boards,
            BoardSnapshot board,
            String viewer,
            String name,
            Consumer<BoardSnapshot> show) {
        LiveView.follow(
                view, null, BoardSnapshot::revision, listener -> boards.follow(board, viewer, name, listener), show);
    }
}
