package org.ssmclassroom.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;

/**
 * Which table covered which key point of an exercise: what the instructor marked, and, until they do, what
 * the boards' text suggests.
 */
public record Coverage(List<Method.KeyPoint> points, List<TableId> tables, Map<TableId, Map<String, Cell>> cells) {

    /** Below this share of a point's words found in its section, nothing is suggested. */
    public static final double SUGGEST_FROM = 0.4;

    public enum State {
        COVERED,
        MISSING,
        SUGGESTED,
        UNMARKED
    }

    /**
     * A table's cell for one key point: its state, how much of the point the section's text has, and the entry
     * that matched best (the evidence to open or pin).
     */
    public record Cell(State state, double match, Optional<String> bestEntry) {}

    public Cell cell(TableId table, String point) {
        return cells.getOrDefault(table, Map.of()).getOrDefault(point, new Cell(State.UNMARKED, 0, Optional.empty()));
    }

    /** How many tables covered the point, as marked (suggestions do not count). */
    public long coveredBy(String point) {
        return tables.stream()
                .filter(t -> cell(t, point).state() == State.COVERED)
                .count();
    }
}
