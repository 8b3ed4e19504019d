package org.ssmclassroom.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ssmclassroom.base.TableId;

/**
 * Every table's released points, per exercise and in all, ranked: tables with the same points share a rank
 * and the next rank is skipped (1, 1, 3), so a tie reads as a tie.
 *
 * @param rankedBy the exercise the rows are ranked by; null: their total
 */
public record Leaderboard(List<String> exercises, List<Row> rows, String rankedBy) {

    /** A table's released points by exercise id (absent: not released or not scored), and their sum. */
    public record Row(TableId table, String name, Map<String, Integer> points, int total, int rank) {}

    public record Entry(TableId table, String name, Map<String, Integer> points) {}

    /** Ranks by the total of all released exercises, or by one exercise when {@code by} names it. */
    public static Leaderboard of(List<String> exercises, List<Entry> entries, String by) {
        Comparator<Entry> order =
                Comparator.comparingInt((Entry e) -> score(e, by)).reversed();
        List<Entry> sorted =
                entries.stream().sorted(order.thenComparing(Entry::name)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry entry = sorted.get(i);
            int rank = i > 0 && score(sorted.get(i - 1), by) == score(entry, by)
                    ? rows.get(i - 1).rank()
                    : i + 1;
            rows.add(new Row(entry.table(), entry.name(), entry.points(), total(entry), rank));
        }
        return new Leaderboard(exercises, rows, by);
    }

    private static int score(Entry entry, String by) {
        return by == null ? total(entry) : entry.points().getOrDefault(by, 0);
    }

    private static int total(Entry entry) {
        return entry.points().values().stream().mapToInt(Integer::intValue).sum();
    }
}
