package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;

/** Keeps a read-only board screen live while attached, dropping snapshots older than the one shown. */
final class FollowedBoard {

    private long shown;

    private FollowedBoard() {}

    static void follow(Component view, BoardService boards, long board, String name, Consumer<BoardSnapshot> show) {
        FollowedBoard followed = new FollowedBoard();
        String viewer = "ui-" + System.identityHashCode(view);
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable stop = boards.follow(
                    board,
                    viewer,
                    name,
                    snapshot -> ui.access(() -> {
                        if (snapshot.revision() > followed.shown) {
                            followed.shown = snapshot.revision();
                            show.accept(snapshot);
                        }
                    }));
            view.addDetachListener(detach -> {
                stop.run();
                detach.unregisterListener();
            });
        });
    }
}
