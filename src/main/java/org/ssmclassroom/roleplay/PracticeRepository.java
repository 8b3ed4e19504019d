package org.ssmclassroom.roleplay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.base.AloneOrAsATable;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/** Practice sessions and their turns. */
@Repository
class PracticeRepository {

    /** A session's row, before its turns and the case's targets are added. */
    record Row(
            PracticeSession.Id id,
            WorkshopId workshop,
            ParticipantId startedBy,
            TableId table,
            Instant startedAt,
            Instant endedAt,
            String persona) {}

    private static final String COLUMNS = "id, workshop_id, participant_id, table_id, started_at, ended_at, persona";

    private final JdbcClient jdbc;
    private final String setBlind;

    PracticeRepository(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.setBlind = org.ssmclassroom.base.SqlDialect.of(dataSource)
                .upsert("practice_setting", List.of("workshop_id"), List.of("workshop_id", "blind"));
    }

    /** A new session with {@code persona} (null: the case's interview persona). */
    PracticeSession.Id start(WorkshopId workshop, ParticipantId by, TableId table, String persona, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO practice_session (workshop_id, participant_id, table_id, persona, started_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(workshop.value(), by.value(), table == null ? null : table.value(), persona, utc(at))
                .update(keys, "id");
        return new PracticeSession.Id(keys.getKey().longValue());
    }

    Optional<Row> find(PracticeSession.Id id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice_session WHERE id = ?")
                .param(id.value())
                .query(PracticeRepository::row)
                .optional();
    }

    /** The open session of a trainee alone, or of the table when {@code table} is given. */
    Optional<Row> open(ParticipantId by, TableId table) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM practice_session WHERE " + AloneOrAsATable.ownedBy(table)
                        + " AND ended_at IS NULL ORDER BY id DESC")
                .param(AloneOrAsATable.ownedByParam(by, table))
                .query(PracticeRepository::row)
                .list()
                .stream()
                .findFirst();
    }

    /** The newest ended session the trainee took part in: alone, or as the table. */
    Optional<Row> lastEnded(ParticipantId by, TableId table) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM practice_session WHERE ended_at IS NOT NULL AND "
                        + AloneOrAsATable.tookPart("") + " ORDER BY ended_at DESC")
                .params(AloneOrAsATable.tookPartParams(by, table))
                .query(PracticeRepository::row)
                .list()
                .stream()
                .findFirst();
    }

    /**
     * Every ended session the trainee took part in, alone or as the table, oldest first, each with its turns: one
     * statement for them all (the history), not one per session.
     */
    java.util.LinkedHashMap<Row, List<PracticeSession.Turn>> ended(ParticipantId by, TableId table) {
        java.util.LinkedHashMap<Row, List<PracticeSession.Turn>> ended = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT s.id, s.workshop_id, s.participant_id, s.table_id, s.started_at, s.ended_at, s.persona,"
                        + " t.position, t.asked_by, t.question, t.kind, t.targets, t.answer, t.asked_at"
                        + " FROM practice_session s LEFT JOIN practice_turn t ON t.session_id = s.id"
                        + " WHERE s.ended_at IS NOT NULL AND " + AloneOrAsATable.tookPart("s.")
                        + " ORDER BY s.ended_at, s.id, t.position")
                .params(AloneOrAsATable.tookPartParams(by, table))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    List<PracticeSession.Turn> turns =
                            ended.computeIfAbsent(row(rs, 0), r -> new java.util.ArrayList<>());
                    if (rs.getObject("position") != null) {
                        turns.add(turn(rs, 0));
                    }
                });
        return ended;
    }

    boolean blind(WorkshopId workshop) {
        return jdbc.sql("SELECT blind FROM practice_setting WHERE workshop_id = ?")
                .param(workshop.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void setBlind(WorkshopId workshop, boolean blind) {
        jdbc.sql(setBlind).params(workshop.value(), blind).update();
    }

    List<Row> ofWorkshop(WorkshopId workshop) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice_session WHERE workshop_id = ? ORDER BY started_at, id")
                .param(workshop.value())
                .query(PracticeRepository::row)
                .list();
    }

    List<PracticeSession.Turn> turns(PracticeSession.Id id) {
        return jdbc.sql("SELECT * FROM practice_turn WHERE session_id = ? ORDER BY position")
                .param(id.value())
                .query(PracticeRepository::turn)
                .list();
    }

    /** The turns of every practice session of the workshop, by session, in one read (the console's list). */
    java.util.Map<PracticeSession.Id, List<PracticeSession.Turn>> turnsOf(WorkshopId workshop) {
        java.util.Map<PracticeSession.Id, List<PracticeSession.Turn>> turns = new java.util.HashMap<>();
        jdbc.sql("SELECT t.* FROM practice_turn t JOIN practice_session s ON s.id = t.session_id"
                        + " WHERE s.workshop_id = ? ORDER BY t.session_id, t.position")
                .param(workshop.value())
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> turns.computeIfAbsent(
                                new PracticeSession.Id(rs.getLong("session_id")), id -> new java.util.ArrayList<>())
                        .add(turn(rs, 0)));
        return turns;
    }

    private static PracticeSession.Turn turn(ResultSet rs, int n) throws SQLException {
        return new PracticeSession.Turn(
                rs.getInt("position"),
                rs.getString("asked_by"),
                rs.getString("question"),
                QuestionKind.valueOf(rs.getString("kind")),
                rs.getString("targets").isEmpty()
                        ? List.of()
                        : Arrays.asList(rs.getString("targets").split(",")),
                rs.getString("answer"),
                instant(rs, "asked_at"));
    }

    /** Adds the turn at its position; a turn already there (asked at the same moment elsewhere) fails the insert. */
    void add(PracticeSession.Id id, PracticeSession.Turn turn) {
        jdbc.sql("INSERT INTO practice_turn (session_id, position, asked_by, question, kind, targets, answer, asked_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id.value(),
                        turn.position(),
                        turn.askedBy(),
                        turn.question(),
                        turn.kind().name(),
                        String.join(",", turn.targets()),
                        turn.answer(),
                        utc(turn.at()))
                .update();
    }

    /** Every target the table's own practice interviews (as a table) uncovered. */
    java.util.Set<String> foundByTable(TableId table) {
        java.util.Set<String> found = new java.util.HashSet<>();
        jdbc.sql("SELECT t.targets FROM practice_turn t JOIN practice_session s ON s.id = t.session_id"
                        + " WHERE s.table_id = ? AND t.targets <> ''")
                .param(table.value())
                .query(String.class)
                .list()
                .forEach(targets -> found.addAll(Arrays.asList(targets.split(","))));
        return found;
    }

    /** Ends the session if it is open; false when it had already ended. */
    boolean end(PracticeSession.Id id, Instant at) {
        return jdbc.sql("UPDATE practice_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL")
                        .params(utc(at), id.value())
                        .update()
                == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long table = rs.getLong("table_id");
        boolean alone = rs.wasNull();
        return new Row(
                new PracticeSession.Id(rs.getLong("id")),
                new WorkshopId(rs.getLong("workshop_id")),
                new ParticipantId(rs.getLong("participant_id")),
                alone ? null : new TableId(table),
                instant(rs, "started_at"),
                rs.getObject("ended_at") == null ? null : instant(rs, "ended_at"),
                rs.getString("persona"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
