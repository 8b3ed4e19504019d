package org.ssmclassroom.board;

import java.util.List;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.workshop.ExerciseClock;

/** One board as a screen shows it: content, checks, what is carried from earlier boards, lock and presence. */
public record BoardSnapshot(
        long revision,
        BoardId boardId,
        WorkshopId workshop,
        TableId table,
        String tableName,
        ExerciseClock clock,
        String tableExercise,
        ScenarioPack pack,
        Method.Exercise exercise,
        Method.Template template,
        BoardContent content,
        boolean locked,
        boolean unlocked,
        List<Carried> carried,
        List<Presence> presence) {

    /** A section of an earlier board shown here, live, and where its entries can be copied on this board. */
    public record Carried(
            Method.Exercise from,
            Method.Section section,
            BoardContent content,
            List<Method.CopyTo> copyTo,
            java.util.Set<String> copied) {

        /** Whether this entry's copy into {@code targetSection} stands on the board (not undone, not removed). */
        public boolean isCopied(BoardItemId item, String targetSection) {
            return copied.contains(item + ">" + targetSection);
        }
    }

    /** Someone on the board, and the item they are editing, if any. */
    public record Presence(String viewer, String name, BoardItemId editingItem) {}

    /** The same board showing other content (as it stood earlier), read-only. */
    public BoardSnapshot withContent(BoardContent other) {
        return new BoardSnapshot(
                revision,
                boardId,
                workshop,
                table,
                tableName,
                clock,
                tableExercise,
                pack,
                exercise,
                template,
                other,
                true,
                false,
                carried,
                List.of());
    }

    /** A board the table never opened, shown empty and read only: nothing is stored for it yet. */
    public boolean absent() {
        return boardId == null;
    }

    /** The table moved on to another exercise: its board is {@code tableExercise}'s now. */
    public boolean tableMovedOn() {
        return tableExercise != null && !tableExercise.equals(exercise.id());
    }

    /** What the workshop says about the board's table: name, clock, current exercise and so the lock. */
    BoardSnapshot withTable(long newRevision, String name, ExerciseClock now, String current, boolean lock) {
        return new BoardSnapshot(
                newRevision,
                boardId,
                workshop,
                table,
                name,
                now,
                current,
                pack,
                exercise,
                template,
                content,
                lock,
                unlocked,
                carried,
                presence);
    }

    BoardSnapshot withPresence(long newRevision, List<Presence> now) {
        return new BoardSnapshot(
                newRevision,
                boardId,
                workshop,
                table,
                tableName,
                clock,
                tableExercise,
                pack,
                exercise,
                template,
                content,
                locked,
                unlocked,
                carried,
                now);
    }

    public List<BoardChecks.Result> checks() {
        return BoardChecks.evaluate(pack.method(), template, content);
    }
}
