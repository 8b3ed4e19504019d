package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;

/** Share-out: one table's board on the projector, large and live, for the spokesperson to present. */
@Route(value = "share/:boardId", autoLayout = false)
@RolesAllowed(Roles.INSTRUCTOR)
class ShareView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService boards;
    private String title = "";

    ShareView(BoardService boards) {
        this.boards = boards;
        addClassName("share-view");
        getElement().setAttribute("role", "main"); // outside the main layout: the page's one main landmark
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BoardId id = new BoardId(event.getRouteParameters().getLong("boardId").orElse(-1L));
        BoardSnapshot board = boards.shared(id);
        title = board.tableName();
        BoardEditor editor = new BoardEditor(board, null, getLocale(), boards::now);
        removeAll();
        add(editor);
        FollowedBoard.follow(
                this, boards, board, FollowedBoard.newViewer(), getTranslation("board.projector"), editor::show);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
