package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;

/** A table's board drawn as the table sees it, read-only, for other features' screens (scoring, debrief). */
public class BoardPicture extends Div {

    private final BoardEditor editor;

    /** @param live whether it follows the board's changes while attached */
    public BoardPicture(BoardService boards, BoardSnapshot board, Locale locale, String viewer, boolean live) {
        addClassName("board-picture");
        editor = new BoardEditor(board, null, locale, boards::now);
        add(editor);
        if (live) {
            FollowedBoard.follow(this, boards, board, FollowedBoard.newViewer(), viewer, editor::show);
        }
    }

    /** Several boards side by side: each section's landmark says whose board it is, so no two share a name. */
    public BoardPicture named(String owner) {
        editor.nameSectionsAfter(owner);
        return this;
    }
}
