package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;

/** Keeps a read-only board screen live while attached, dropping snapshots older than the one shown. */
final class FollowedBoard {

    private FollowedBoard() {}

    static void follow(Component view, BoardService boards, long board, String name, Consumer<BoardSnapshot> show) {
        String viewer = "ui-" + System.identityHashCode(view);
        LiveView.follow(
                view, null, BoardSnapshot::revision, listener -> boards.follow(board, viewer, name, listener), show);
    }
}
