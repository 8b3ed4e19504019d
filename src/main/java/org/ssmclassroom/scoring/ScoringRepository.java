package org.ssmclassroom.scoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.base.SqlDialect;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/** Marks, pinned evidence, releases and the leaderboard switch, in plain SQL that H2 and PostgreSQL share (but for SqlDialect's insert-if-absent and upsert). */
@Repository
class ScoringRepository {

    private final JdbcClient jdbc;
    private final String releaseIfAbsent;
    private final String setShown;
    private final String setRankedBy;

    ScoringRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        SqlDialect dialect = SqlDialect.of(dataSource);
        this.releaseIfAbsent = dialect.insertIfAbsent(
                "score_release",
                List.of("workshop_id", "exercise_id"),
                List.of("workshop_id", "exercise_id", "released_by", "released_at"));
        // One statement per setting: two instructors changing the two settings at once keep both (ADR 023).
        List<String> key = List.of("workshop_id");
        this.setShown = dialect.upsert("score_display", key, List.of("workshop_id", "leaderboard_shown"));
        this.setRankedBy = dialect.upsert("score_display", key, List.of("workshop_id", "ranked_by"));
    }

    /** Where a mark or agreed score belongs. */
    record Place(TableId table, String exercise) {}

    private static final String OF_ONE = "table_id = ? AND exercise_id = ?";
    private static final String OF_WORKSHOP = "table_id IN (SELECT id FROM workshop_table WHERE workshop_id = ?)";

    /** Every scorer's marks of a table's exercise, with their evidence. */
    List<ScoreSheet.Mark> marks(TableId table, String exercise) {
        return marks(OF_ONE, table.value(), exercise).getOrDefault(new Place(table, exercise), List.of());
    }

    /** Every mark of every table of a workshop, with its evidence, in one read: for the leaderboard and progress. */
    Map<Place, List<ScoreSheet.Mark>> marksOf(WorkshopId workshop) {
        return marks(OF_WORKSHOP, workshop.value());
    }

    private Map<Place, List<ScoreSheet.Mark>> marks(String where, Object... params) {
        Map<Place, Map<String, Set<String>>> evidence = new HashMap<>();
        jdbc.sql("SELECT table_id, exercise_id, criterion_id, scorer, item_id FROM score_evidence WHERE " + where
                        + " ORDER BY pinned_at, item_id")
                .params(params)
                .query(rs -> {
                    evidence.computeIfAbsent(place(rs), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(3) + "\n" + rs.getString(4), k -> new LinkedHashSet<>())
                            .add(rs.getString(5));
                });
        Map<Place, List<ScoreSheet.Mark>> marks = new HashMap<>();
        jdbc.sql("SELECT * FROM score_mark WHERE " + where + " ORDER BY criterion_id, scorer")
                .params(params)
                .query(rs -> {
                    Place place = place(rs);
                    String criterion = rs.getString("criterion_id");
                    String scorer = rs.getString("scorer");
                    int points = rs.getInt("points");
                    marks.computeIfAbsent(place, k -> new ArrayList<>())
                            .add(new ScoreSheet.Mark(
                                    criterion,
                                    scorer,
                                    rs.wasNull() ? null : points,
                                    rs.getString("comment"),
                                    Set.copyOf(evidence.getOrDefault(place, Map.of())
                                            .getOrDefault(criterion + "\n" + scorer, Set.of())),
                                    rs.getInt("version")));
                });
        // Evidence pinned before any level or comment has a mark of version 0.
        evidence.forEach((place, pinned) -> pinned.forEach((key, items) -> {
            String[] parts = key.split("\n", 2);
            List<ScoreSheet.Mark> there = marks.computeIfAbsent(place, k -> new ArrayList<>());
            if (there.stream()
                    .noneMatch(m -> m.criterion().equals(parts[0]) && m.scorer().equals(parts[1]))) {
                there.add(new ScoreSheet.Mark(parts[0], parts[1], null, "", Set.copyOf(items), 0));
            }
        }));
        return marks;
    }

    private static Place place(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Place(new TableId(rs.getLong("table_id")), rs.getString("exercise_id"));
    }

    Optional<ScoreSheet.Mark> mark(TableId table, String exercise, String criterion, String scorer) {
        return marks(table, exercise).stream()
                .filter(m -> m.criterion().equals(criterion) && m.scorer().equals(scorer))
                .findFirst();
    }

    /** Writes the mark if it still has the version the scorer saw; false when it has moved on. */
    boolean write(TableId table, String exercise, ScoreSheet.Mark mark, int seenVersion, Instant at) {
        int updated = jdbc.sql("UPDATE score_mark SET points = ?, comment = ?, version = ?, updated_at = ?"
                        + " WHERE table_id = ? AND exercise_id = ? AND criterion_id = ? AND scorer = ? AND version = ?")
                .params(
                        mark.points(),
                        mark.comment(),
                        mark.version(),
                        utc(at),
                        table.value(),
                        exercise,
                        mark.criterion(),
                        mark.scorer(),
                        seenVersion)
                .update();
        if (updated == 1) {
            return true;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM score_mark WHERE table_id = ? AND exercise_id = ?"
                                + " AND criterion_id = ? AND scorer = ?")
                        .params(table.value(), exercise, mark.criterion(), mark.scorer())
                        .query(Long.class)
                        .single()
                > 0;
        if (exists || seenVersion != 0) {
            return false;
        }
        jdbc.sql("INSERT INTO score_mark (table_id, exercise_id, criterion_id, scorer, points, comment, version,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        table.value(),
                        exercise,
                        mark.criterion(),
                        mark.scorer(),
                        mark.points(),
                        mark.comment(),
                        mark.version(),
                        utc(at))
                .update();
        return true;
    }

    void pin(TableId table, String exercise, String criterion, String scorer, String item, Instant at) {
        boolean pinned = jdbc.sql("SELECT COUNT(*) FROM score_evidence WHERE table_id = ? AND exercise_id = ?"
                                + " AND criterion_id = ? AND scorer = ? AND item_id = ?")
                        .params(table.value(), exercise, criterion, scorer, item)
                        .query(Long.class)
                        .single()
                > 0;
        if (!pinned) {
            jdbc.sql("INSERT INTO score_evidence (table_id, exercise_id, criterion_id, scorer, item_id, pinned_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(table.value(), exercise, criterion, scorer, item, utc(at))
                    .update();
        }
    }

    void unpin(TableId table, String exercise, String criterion, String scorer, String item) {
        jdbc.sql("DELETE FROM score_evidence WHERE table_id = ? AND exercise_id = ? AND criterion_id = ?"
                        + " AND scorer = ? AND item_id = ?")
                .params(table.value(), exercise, criterion, scorer, item)
                .update();
    }

    List<ScoreSheet.Agreed> agreed(TableId table, String exercise) {
        return agreed(OF_ONE, table.value(), exercise).getOrDefault(new Place(table, exercise), List.of());
    }

    Map<Place, List<ScoreSheet.Agreed>> agreedOf(WorkshopId workshop) {
        return agreed(OF_WORKSHOP, workshop.value());
    }

    private Map<Place, List<ScoreSheet.Agreed>> agreed(String where, Object... params) {
        Map<Place, List<ScoreSheet.Agreed>> agreed = new HashMap<>();
        jdbc.sql("SELECT * FROM score_agreed WHERE " + where + " ORDER BY criterion_id")
                .params(params)
                .query(rs -> {
                    agreed.computeIfAbsent(place(rs), k -> new ArrayList<>())
                            .add(new ScoreSheet.Agreed(
                                    rs.getString("criterion_id"),
                                    rs.getInt("points"),
                                    rs.getString("comment"),
                                    rs.getString("agreed_by")));
                });
        return agreed;
    }

    void agree(TableId table, String exercise, ScoreSheet.Agreed agreed, Instant at) {
        int updated = jdbc.sql("UPDATE score_agreed SET points = ?, comment = ?, agreed_by = ?, agreed_at = ?"
                        + " WHERE table_id = ? AND exercise_id = ? AND criterion_id = ?")
                .params(
                        agreed.points(),
                        agreed.comment(),
                        agreed.agreedBy(),
                        utc(at),
                        table.value(),
                        exercise,
                        agreed.criterion())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO score_agreed (table_id, exercise_id, criterion_id, points, comment, agreed_by,"
                            + " agreed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            table.value(),
                            exercise,
                            agreed.criterion(),
                            agreed.points(),
                            agreed.comment(),
                            agreed.agreedBy(),
                            utc(at))
                    .update();
        }
    }

    /** The marked key points of a table's exercise: point id to covered or not. */
    Map<String, Boolean> coverage(TableId table, String exercise) {
        Map<String, Boolean> marked = new HashMap<>();
        jdbc.sql("SELECT key_point_id, covered FROM keypoint_coverage WHERE table_id = ? AND exercise_id = ?")
                .params(table.value(), exercise)
                .query(rs -> {
                    marked.put(rs.getString(1), rs.getBoolean(2));
                });
        return marked;
    }

    /** Marks a key point covered or not, or (null) clears the mark. */
    void markCoverage(TableId table, String exercise, String point, Boolean covered, String by, Instant at) {
        jdbc.sql("DELETE FROM keypoint_coverage WHERE table_id = ? AND exercise_id = ? AND key_point_id = ?")
                .params(table.value(), exercise, point)
                .update();
        if (covered != null) {
            jdbc.sql(
                            "INSERT INTO keypoint_coverage (table_id, exercise_id, key_point_id, covered, marked_by, marked_at)"
                                    + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(table.value(), exercise, point, covered, by, utc(at))
                    .update();
        }
    }

    Set<String> released(WorkshopId workshop) {
        return Set.copyOf(jdbc.sql("SELECT exercise_id FROM score_release WHERE workshop_id = ?")
                .param(workshop.value())
                .query(String.class)
                .list());
    }

    /** Releases the exercise unless it is released, without failing when another release comes at once. */
    void release(WorkshopId workshop, String exercise, String by, Instant at) {
        jdbc.sql(releaseIfAbsent)
                .params(workshop.value(), exercise, by, utc(at))
                .update();
    }

    /** Takes the release back; false when there was none. */
    boolean withdraw(WorkshopId workshop, String exercise) {
        return jdbc.sql("DELETE FROM score_release WHERE workshop_id = ? AND exercise_id = ?")
                        .params(workshop.value(), exercise)
                        .update()
                > 0;
    }

    /** How the projector shows the leaderboard: hidden, ranked by the total, until the instructor says otherwise. */
    record Display(boolean shown, String rankedBy) {}

    Display display(WorkshopId workshop) {
        return jdbc.sql("SELECT leaderboard_shown, ranked_by FROM score_display WHERE workshop_id = ?")
                .param(workshop.value())
                .query((rs, n) -> new Display(rs.getBoolean(1), rs.getString(2)))
                .optional()
                .orElse(new Display(false, null));
    }

    /** Shows or hides the leaderboard, leaving how it is ranked as another instructor may just have set it. */
    void showLeaderboard(WorkshopId workshop, boolean shown) {
        jdbc.sql(setShown).params(workshop.value(), shown).update();
    }

    /** Ranks the leaderboard by an exercise (null: the total), leaving whether it is shown as it is. */
    void rankLeaderboardBy(WorkshopId workshop, String exercise) {
        jdbc.sql(setRankedBy).params(workshop.value(), exercise).update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
