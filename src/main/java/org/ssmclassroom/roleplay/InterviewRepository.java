package org.ssmclassroom.roleplay;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.base.SqlDialect;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/** The interview's discovery ticks and question tags per table. */
@Repository
class InterviewRepository {

    private final JdbcClient jdbc;
    private final String releaseIfAbsent;
    private final String markFound;

    InterviewRepository(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        SqlDialect dialect = SqlDialect.of(dataSource);
        this.releaseIfAbsent = dialect.insertIfAbsent(
                "interview_update_release",
                List.of("workshop_id"),
                List.of("workshop_id", "released_by", "released_at"));
        this.markFound = dialect.upsert(
                "interview_discovery",
                List.of("table_id", "target_id"),
                List.of("table_id", "target_id", "marked_by", "marked_at"));
    }

    Set<String> found(TableId table) {
        return new HashSet<>(jdbc.sql("SELECT target_id FROM interview_discovery WHERE table_id = ?")
                .param(table.value())
                .query(String.class)
                .list());
    }

    /** One statement either way: two observers' taps through two nodes never clash on the key. */
    void mark(TableId table, String target, boolean found, String by, Instant at) {
        if (found) {
            jdbc.sql(markFound)
                    .params(table.value(), target, by, at.atOffset(ZoneOffset.UTC))
                    .update();
        } else {
            jdbc.sql("DELETE FROM interview_discovery WHERE table_id = ? AND target_id = ?")
                    .params(table.value(), target)
                    .update();
        }
    }

    /** A question tagged in the conversation with {@code persona} (null: the interview). */
    void tag(TableId table, String persona, QuestionKind kind, String by, Instant at) {
        jdbc.sql(
                        "INSERT INTO interview_question (table_id, persona, kind, tagged_by, tagged_at) VALUES (?, ?, ?, ?, ?)")
                .params(table.value(), persona, kind.name(), by, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Takes back the table's latest tag of this kind in the conversation; false when there was none. */
    boolean untag(TableId table, String persona, QuestionKind kind) {
        return jdbc.sql("DELETE FROM interview_question WHERE id = (SELECT MAX(id) FROM interview_question"
                                + " WHERE table_id = ? AND kind = ? AND " + samePersona(persona) + ")")
                        .params(
                                persona == null
                                        ? List.of(table.value(), kind.name())
                                        : List.of(table.value(), kind.name(), persona))
                        .update()
                > 0;
    }

    private static String samePersona(String persona) {
        return persona == null ? "persona IS NULL" : "persona = ?";
    }

    boolean updateReleased(WorkshopId workshop) {
        return jdbc.sql("SELECT COUNT(*) FROM interview_update_release WHERE workshop_id = ?")
                        .param(workshop.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Releases the update unless it is released, without failing when another release comes at once. */
    void releaseUpdate(WorkshopId workshop, String by, Instant at) {
        jdbc.sql(releaseIfAbsent)
                .params(workshop.value(), by, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Takes the update back; false when it was not released. */
    boolean withdrawUpdate(WorkshopId workshop) {
        return jdbc.sql("DELETE FROM interview_update_release WHERE workshop_id = ?")
                        .param(workshop.value())
                        .update()
                > 0;
    }

    /** The table's tags in every conversation, by persona (the key null: the interview's) and kind. */
    Map<String, Map<QuestionKind, Integer>> questionsByPersona(TableId table) {
        Map<String, Map<QuestionKind, Integer>> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT persona, kind, COUNT(*) FROM interview_question WHERE table_id = ? GROUP BY persona, kind")
                .param(table.value())
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(QuestionKind.class))
                                .put(QuestionKind.valueOf(rs.getString(2)), rs.getInt(3)));
        return counts;
    }

    /** The table's tags in the conversation with {@code persona} (null: the interview), by kind. */
    Map<QuestionKind, Integer> questions(TableId table, String persona) {
        Map<QuestionKind, Integer> counts = new EnumMap<>(QuestionKind.class);
        List<Map.Entry<String, Integer>> rows = jdbc.sql("SELECT kind, COUNT(*) FROM interview_question"
                        + " WHERE table_id = ? AND " + samePersona(persona) + " GROUP BY kind")
                .params(persona == null ? List.of(table.value()) : List.of(table.value(), persona))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list();
        rows.forEach(row -> counts.put(QuestionKind.valueOf(row.getKey()), row.getValue()));
        return counts;
    }
}
