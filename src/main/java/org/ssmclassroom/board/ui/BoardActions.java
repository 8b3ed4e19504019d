package org.ssmclassroom.board.ui;

import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.board.BoardEdit;

/** What an editable board may do; a read-only board (the instructor's) has none. */
interface BoardActions {

    /** @param begunAt when the writer started on the field (an edit begun before time-up may still be saved) */
    BoardEdit edit(BoardItemId item, String field, String text, int baseVersion, java.time.Instant begunAt);

    void add(String section);

    void remove(BoardItemId item);

    /** Copies an entry carried from an earlier exercise into a section of this board. */
    void copy(String fromExercise, BoardItemId sourceItem, String targetSection);

    boolean undo();

    void editing(BoardItemId item);

    /** Goes to the board of the exercise the table is on now. */
    void followTable();
}
