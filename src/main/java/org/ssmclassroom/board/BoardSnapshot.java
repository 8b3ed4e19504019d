package org.ssmclassroom.board;

import java.util.List;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.workshop.Ids.TableId;
import org.ssmclassroom.workshop.Ids.WorkshopId;

/** One board as a screen shows it: content, checks, what is carried from earlier boards, lock and presence. */
public record BoardSnapshot(
        long revision,
        long boardId,
        WorkshopId workshop,
        TableId table,
        String tableName,
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
            Method.Exercise from, Method.Section section, BoardContent content, List<Method.CopyTo> copyTo) {}

    /** Someone on the board, and the item they are editing, if any. */
    public record Presence(String viewer, String name, String editingItem) {}

    BoardSnapshot withPresence(long newRevision, List<Presence> now) {
        return new BoardSnapshot(
                newRevision,
                boardId,
                workshop,
                table,
                tableName,
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
