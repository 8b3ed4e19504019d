package org.ssmclassroom.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/** Workshops, tables, participants, role overrides and undo steps in H2. */
@Repository
class WorkshopRepository {

    private static final RowMapper<Workshop> WORKSHOP = WorkshopRepository::workshop;
    private static final RowMapper<WorkshopTable> TABLE = WorkshopRepository::table;
    private static final RowMapper<Participant> PARTICIPANT = WorkshopRepository::participant;

    private final JdbcClient jdbc;

    WorkshopRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WorkshopId insertWorkshop(
            String name, LocalDate date, String packId, Locale language, JoinCode code, String createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO workshop (name, workshop_date, pack_id, language, state, join_code, created_by, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        name,
                        date,
                        packId,
                        language.toLanguageTag(),
                        Workshop.State.LOBBY.name(),
                        code.value(),
                        createdBy,
                        utc(now))
                .update(keys, "id");
        return new WorkshopId(keys.getKey().longValue());
    }

    void insertTable(WorkshopId workshop, int position, String name) {
        jdbc.sql("INSERT INTO workshop_table (workshop_id, position, name, status, clock_state, clock_remaining_ms)"
                        + " VALUES (?, ?, ?, ?, ?, 0)")
                .params(
                        workshop.value(),
                        position,
                        name,
                        WorkshopTable.Status.WORKING.name(),
                        ExerciseClock.State.IDLE.name())
                .update();
    }

    boolean packInUse(String packId) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop WHERE pack_id = ? AND state NOT IN ('CLOSED', 'ARCHIVED')")
                        .param(packId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean joinCodeTaken(JoinCode code) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop WHERE join_code = ?")
                        .param(code.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Workshop> workshop(WorkshopId id) {
        return jdbc.sql("SELECT * FROM workshop WHERE id = ?")
                .param(id.value())
                .query(WORKSHOP)
                .optional();
    }

    /**
     * Takes the workshop's row lock until the transaction ends: every change of a workshop, its tables or its
     * participants takes it first, so changes on several nodes run one after the other and none reads a state
     * another is overwriting.
     */
    void lockWorkshop(WorkshopId id) {
        jdbc.sql("SELECT id FROM workshop WHERE id = ? FOR UPDATE")
                .param(id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("no workshop " + id));
    }

    Optional<Workshop> workshopByCode(JoinCode code) {
        return jdbc.sql("SELECT * FROM workshop WHERE join_code = ?")
                .param(code.value())
                .query(WORKSHOP)
                .optional();
    }

    List<Workshop> workshops() {
        return jdbc.sql("SELECT * FROM workshop ORDER BY workshop_date DESC, id DESC")
                .query(WORKSHOP)
                .list();
    }

    void updateState(WorkshopId id, Workshop.State state) {
        jdbc.sql("UPDATE workshop SET state = ? WHERE id = ?")
                .params(state.name(), id.value())
                .update();
    }

    void updateProjectedCard(WorkshopId id, String card) {
        jdbc.sql("UPDATE workshop SET projected_card = ? WHERE id = ?")
                .params(card, id.value())
                .update();
    }

    /** Takes this card off the projector if it is the one there; false when it is not. */
    boolean takeOffProjectedCard(WorkshopId id, String card) {
        return jdbc.sql("UPDATE workshop SET projected_card = NULL WHERE id = ? AND projected_card = ?")
                        .params(id.value(), card)
                        .update()
                > 0;
    }

    List<WorkshopTable> tables(WorkshopId workshop) {
        return jdbc.sql("SELECT * FROM workshop_table WHERE workshop_id = ? ORDER BY position")
                .param(workshop.value())
                .query(TABLE)
                .list();
    }

    Optional<WorkshopId> workshopOfTable(TableId table) {
        return jdbc.sql("SELECT workshop_id FROM workshop_table WHERE id = ?")
                .param(table.value())
                .query((rs, n) -> new WorkshopId(rs.getLong(1)))
                .optional();
    }

    /** Set and cleared only here, never by {@link #updateTable}, so no whole-row write can lose a request. */
    void requestHelp(TableId table) {
        jdbc.sql("UPDATE workshop_table SET help_requested = TRUE WHERE id = ?")
                .param(table.value())
                .update();
    }

    /** The instructor has come: the request is gone, and a table still saying "need help" is working again. */
    void helpHandled(TableId table) {
        jdbc.sql("UPDATE workshop_table SET help_requested = FALSE,"
                        + " status = CASE WHEN status = 'NEED_HELP' THEN 'WORKING' ELSE status END WHERE id = ?")
                .param(table.value())
                .update();
    }

    void updateTable(WorkshopTable table) {
        ExerciseClock clock = table.clock();
        jdbc.sql(
                        "UPDATE workshop_table SET name = ?, exercise_id = ?, status = ?, spokesperson_id = ?, clock_state = ?,"
                                + " clock_ends_at = ?, clock_remaining_ms = ?, clock_ended_at = ? WHERE id = ?")
                .params(
                        table.name(),
                        table.exerciseId(),
                        table.status().name(),
                        table.spokesperson() == null
                                ? null
                                : table.spokesperson().value(),
                        clock.state().name(),
                        utc(clock.endsAt()),
                        clock.remaining().toMillis(),
                        utc(clock.endedAt()),
                        table.id().value())
                .update();
        if (clock.state() == ExerciseClock.State.ENDED && table.exerciseId() != null) {
            recordTimeUp(table.id(), table.exerciseId(), clock.endedAt());
        }
    }

    /** Marks a due clock ended; true for exactly one caller, however many servers or threads try. */
    boolean expire(TableId table, Instant now) {
        boolean expired = jdbc.sql(
                                "UPDATE workshop_table SET clock_state = 'ENDED', clock_ended_at = clock_ends_at,"
                                        + " clock_ends_at = NULL WHERE id = ? AND clock_state = 'RUNNING' AND clock_ends_at <= ?")
                        .params(table.value(), utc(now))
                        .update()
                == 1;
        if (expired) {
            jdbc.sql("SELECT exercise_id, clock_ended_at FROM workshop_table WHERE id = ?")
                    .param(table.value())
                    .query(rs -> {
                        if (rs.getString(1) != null) {
                            recordTimeUp(
                                    table,
                                    rs.getString(1),
                                    rs.getObject(2, OffsetDateTime.class).toInstant());
                        }
                    });
        }
        return expired;
    }

    void recordTimeUp(TableId table, String exercise, Instant at) {
        int updated = jdbc.sql("UPDATE exercise_time_up SET time_up_at = ? WHERE table_id = ? AND exercise_id = ?")
                .params(utc(at), table.value(), exercise)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO exercise_time_up (table_id, exercise_id, time_up_at) VALUES (?, ?, ?)")
                    .params(table.value(), exercise, utc(at))
                    .update();
        }
    }

    Optional<Instant> timeUp(TableId table, String exercise) {
        return jdbc.sql("SELECT time_up_at FROM exercise_time_up WHERE table_id = ? AND exercise_id = ?")
                .params(table.value(), exercise)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    List<TableId> dueClocks(Instant now) {
        return jdbc.sql("SELECT id FROM workshop_table WHERE clock_state = 'RUNNING' AND clock_ends_at <= ?")
                .param(utc(now))
                .query((rs, n) -> new TableId(rs.getLong(1)))
                .list();
    }

    ParticipantId insertParticipant(
            WorkshopId workshop, TableId table, String deviceHash, Participant.Profile profile, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO participant (workshop_id, table_id, device_hash, name, company, job_title, years_in_sales,"
                                + " joined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        workshop.value(),
                        table == null ? null : table.value(),
                        deviceHash,
                        profile.name(),
                        profile.company(),
                        profile.jobTitle(),
                        profile.yearsInSales(),
                        utc(now))
                .update(keys, "id");
        return new ParticipantId(keys.getKey().longValue());
    }

    List<Participant> participants(WorkshopId workshop) {
        return jdbc.sql("SELECT * FROM participant WHERE workshop_id = ? AND NOT removed ORDER BY joined_at, id")
                .param(workshop.value())
                .query(PARTICIPANT)
                .list();
    }

    /**
     * The device's participant: in an open workshop, newest first, else its newest seat in a closed one (its
     * tablet then reads the table's results and boards). Never in an imported archive.
     */
    Optional<ParticipantId> participantOfDevice(String deviceHash) {
        return jdbc
                .sql("SELECT p.id FROM participant p JOIN workshop w ON w.id = p.workshop_id"
                        + " WHERE p.device_hash = ? AND NOT p.removed AND w.state <> 'ARCHIVED'"
                        + " ORDER BY CASE WHEN w.state = 'CLOSED' THEN 1 ELSE 0 END, p.id DESC")
                .param(deviceHash)
                .query((rs, n) -> new ParticipantId(rs.getLong(1)))
                .list()
                .stream()
                .findFirst();
    }

    Optional<WorkshopId> workshopOfParticipant(ParticipantId participant) {
        return jdbc.sql("SELECT workshop_id FROM participant WHERE id = ?")
                .param(participant.value())
                .query((rs, n) -> new WorkshopId(rs.getLong(1)))
                .optional();
    }

    void moveParticipant(ParticipantId participant, TableId table) {
        jdbc.sql("UPDATE participant SET table_id = ? WHERE id = ?")
                .params(table == null ? null : table.value(), participant.value())
                .update();
    }

    void removeParticipant(ParticipantId participant) {
        jdbc.sql("UPDATE participant SET removed = TRUE, table_id = NULL WHERE id = ?")
                .param(participant.value())
                .update();
    }

    List<WorkshopSnapshot.RoleOverride> overrides(WorkshopId workshop) {
        return jdbc.sql("SELECT o.* FROM role_override o JOIN workshop_table t ON t.id = o.table_id"
                        + " WHERE t.workshop_id = ?")
                .param(workshop.value())
                .query((rs, n) -> new WorkshopSnapshot.RoleOverride(
                        new TableId(rs.getLong("table_id")),
                        rs.getString("exercise_id"),
                        new ParticipantId(rs.getLong("participant_id")),
                        Arrays.asList(rs.getString("roles").split(","))))
                .list();
    }

    void saveOverride(TableId table, String exerciseId, ParticipantId participant, List<String> roles) {
        jdbc.sql("DELETE FROM role_override WHERE table_id = ? AND exercise_id = ? AND participant_id = ?")
                .params(table.value(), exerciseId, participant.value())
                .update();
        jdbc.sql("INSERT INTO role_override (table_id, exercise_id, participant_id, roles) VALUES (?, ?, ?, ?)")
                .params(table.value(), exerciseId, participant.value(), String.join(",", roles))
                .update();
    }

    void pushStep(WorkshopId workshop, String tablesJson, Instant now) {
        jdbc.sql("INSERT INTO agenda_step (workshop_id, tables_json, created_at) VALUES (?, ?, ?)")
                .params(workshop.value(), tablesJson, utc(now))
                .update();
    }

    Optional<String> popStep(WorkshopId workshop) {
        Optional<Long> last = jdbc.sql("SELECT MAX(id) FROM agenda_step WHERE workshop_id = ?")
                .param(workshop.value())
                .query(Long.class)
                .optional();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        String json = jdbc.sql("SELECT tables_json FROM agenda_step WHERE id = ?")
                .param(last.get())
                .query(String.class)
                .single();
        jdbc.sql("DELETE FROM agenda_step WHERE id = ?").param(last.get()).update();
        return Optional.of(json);
    }

    boolean hasSteps(WorkshopId workshop) {
        return jdbc.sql("SELECT COUNT(*) FROM agenda_step WHERE workshop_id = ?")
                        .param(workshop.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Workshop workshop(ResultSet rs, int row) throws SQLException {
        return new Workshop(
                new WorkshopId(rs.getLong("id")),
                rs.getString("name"),
                rs.getObject("workshop_date", LocalDate.class),
                rs.getString("pack_id"),
                Locale.forLanguageTag(rs.getString("language")),
                Workshop.State.valueOf(rs.getString("state")),
                new JoinCode(rs.getString("join_code")),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                rs.getString("projected_card"));
    }

    private static WorkshopTable table(ResultSet rs, int row) throws SQLException {
        Long spokesperson = rs.getObject("spokesperson_id", Long.class);
        ExerciseClock clock = new ExerciseClock(
                ExerciseClock.State.valueOf(rs.getString("clock_state")),
                instant(rs, "clock_ends_at"),
                Duration.ofMillis(rs.getLong("clock_remaining_ms")),
                instant(rs, "clock_ended_at"));
        return new WorkshopTable(
                new TableId(rs.getLong("id")),
                rs.getInt("position"),
                rs.getString("name"),
                rs.getString("exercise_id"),
                WorkshopTable.Status.valueOf(rs.getString("status")),
                spokesperson == null ? null : new ParticipantId(spokesperson),
                clock,
                rs.getBoolean("help_requested"));
    }

    private static Participant participant(ResultSet rs, int row) throws SQLException {
        Long table = rs.getObject("table_id", Long.class);
        return new Participant(
                new ParticipantId(rs.getLong("id")),
                table == null ? null : new TableId(table),
                rs.getString("name"),
                rs.getString("company"),
                rs.getString("job_title"),
                rs.getInt("years_in_sales"),
                instant(rs, "joined_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
