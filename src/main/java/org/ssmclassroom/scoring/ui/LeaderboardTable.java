package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.Locale;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.Leaderboard;

/** Every table with its released points per exercise and in all; a shared rank reads "=2". */
class LeaderboardTable extends Div {

    LeaderboardTable(Leaderboard board, Method method, Locale locale) {
        addClassName("leaderboard");
        NativeTable table = new NativeTable();
        table.getElement().setAttribute("aria-label", getTranslation("leaderboard.title"));
        NativeTableRow head = new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("leaderboard.rank")),
                new NativeTableHeaderCell(getTranslation("leaderboard.table")));
        for (String id : board.exercises()) {
            head.add(ranking(
                    new NativeTableHeaderCell(
                            method.exercise(id).map(e -> e.label().in(locale)).orElse(id)),
                    id.equals(board.rankedBy())));
        }
        head.add(ranking(new NativeTableHeaderCell(getTranslation("leaderboard.total")), board.rankedBy() == null));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < board.rows().size(); i++) {
            Leaderboard.Row row = board.rows().get(i);
            boolean tied =
                    board.rows().stream().filter(r -> r.rank() == row.rank()).count() > 1;
            NativeTableCell rank = new NativeTableCell((tied ? "=" : "") + row.rank());
            rank.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(tied ? "leaderboard.tiedRank" : "leaderboard.rankOf", row.rank()));
            NativeTableRow line = new NativeTableRow(rank, new NativeTableCell(row.name()));
            board.exercises()
                    .forEach(id -> line.add(new NativeTableCell(
                            row.points().containsKey(id)
                                    ? String.valueOf(row.points().get(id))
                                    : "—")));
            line.add(new NativeTableCell(String.valueOf(row.total())));
            line.addClassName(tied ? "tied" : "untied");
            body.add(line);
        }
        table.add(new NativeTableHeader(head), body);
        add(table);
    }

    /** The column the rows are ranked by says so, to the eye and to a screen reader. */
    private static NativeTableHeaderCell ranking(NativeTableHeaderCell cell, boolean ranked) {
        if (ranked) {
            cell.addClassName("ranked-by");
            cell.getElement().setAttribute("aria-sort", "descending");
        }
        return cell;
    }
}
