package org.ssmclassroom.negotiation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.base.AloneOrAsATable;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/** Negotiations with the computer customer and their rounds. */
@Repository
class NegotiationRepository {

    /** A negotiation's row, before its rounds are added. */
    record Row(
            Negotiation.Id id,
            WorkshopId workshop,
            ParticipantId startedBy,
            TableId table,
            Instant startedAt,
            Instant endedAt) {}

    private static final String COLUMNS = "id, workshop_id, participant_id, table_id, started_at, ended_at";

    private final JdbcClient jdbc;

    NegotiationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Negotiation.Id start(WorkshopId workshop, ParticipantId by, TableId table, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO negotiation (workshop_id, participant_id, table_id, started_at) VALUES (?, ?, ?, ?)")
                .params(workshop.value(), by.value(), table == null ? null : table.value(), utc(at))
                .update(keys, "id");
        return new Negotiation.Id(keys.getKey().longValue());
    }

    Optional<Row> find(Negotiation.Id id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM negotiation WHERE id = ?")
                .param(id.value())
                .query(NegotiationRepository::row)
                .optional();
    }

    /** The row, locked until the transaction ends: two proposals to one negotiation take turns, on any node. */
    Optional<Row> lock(Negotiation.Id id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM negotiation WHERE id = ? FOR UPDATE")
                .param(id.value())
                .query(NegotiationRepository::row)
                .optional();
    }

    /** The open negotiation of a trainee alone, or of the table when {@code table} is given. */
    Optional<Row> open(ParticipantId by, TableId table) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM negotiation WHERE " + AloneOrAsATable.ownedBy(table)
                        + " AND ended_at IS NULL ORDER BY id DESC")
                .param(AloneOrAsATable.ownedByParam(by, table))
                .query(NegotiationRepository::row)
                .list()
                .stream()
                .findFirst();
    }

    /** The newest ended negotiation the trainee took part in: alone, or as the table. */
    Optional<Row> lastEnded(ParticipantId by, TableId table) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM negotiation WHERE ended_at IS NOT NULL AND "
                        + AloneOrAsATable.tookPart("") + " ORDER BY ended_at DESC, id DESC")
                .params(AloneOrAsATable.tookPartParams(by, table))
                .query(NegotiationRepository::row)
                .list()
                .stream()
                .findFirst();
    }

    /**
     * Every negotiation the trainee took part in, alone or as the table, oldest first, each with its rounds: one
     * statement for them all (the take-away), not one per negotiation.
     */
    LinkedHashMap<Row, List<Round>> withRounds(ParticipantId by, TableId table) {
        LinkedHashMap<Row, List<Round>> all = new LinkedHashMap<>();
        jdbc.sql("SELECT n.id, n.workshop_id, n.participant_id, n.table_id, n.started_at, n.ended_at, r.*"
                        + " FROM negotiation n LEFT JOIN negotiation_round r ON r.negotiation_id = n.id"
                        + " WHERE " + AloneOrAsATable.tookPart("n.") + " ORDER BY n.started_at, n.id, r.position")
                .params(AloneOrAsATable.tookPartParams(by, table))
                .query((RowCallbackHandler) rs -> {
                    List<Round> rounds = all.computeIfAbsent(row(rs, 0), r -> new ArrayList<>());
                    if (rs.getObject("position") != null) {
                        rounds.add(round(rs, 0));
                    }
                });
        return all;
    }

    List<Row> ofWorkshop(WorkshopId workshop) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM negotiation WHERE workshop_id = ? ORDER BY started_at, id")
                .param(workshop.value())
                .query(NegotiationRepository::row)
                .list();
    }

    List<Round> rounds(Negotiation.Id id) {
        return jdbc.sql("SELECT * FROM negotiation_round WHERE negotiation_id = ? ORDER BY position")
                .param(id.value())
                .query(NegotiationRepository::round)
                .list();
    }

    /** The rounds of every negotiation of the workshop, by negotiation, in one read (the console's list). */
    Map<Negotiation.Id, List<Round>> roundsOf(WorkshopId workshop) {
        Map<Negotiation.Id, List<Round>> rounds = new HashMap<>();
        jdbc.sql("SELECT r.* FROM negotiation_round r JOIN negotiation n ON n.id = r.negotiation_id"
                        + " WHERE n.workshop_id = ? ORDER BY r.negotiation_id, r.position")
                .param(workshop.value())
                .query((RowCallbackHandler) rs -> rounds.computeIfAbsent(
                                new Negotiation.Id(rs.getLong("negotiation_id")), id -> new ArrayList<>())
                        .add(round(rs, 0)));
        return rounds;
    }

    /** Adds the round at its position; a round already there fails the insert. */
    void add(Negotiation.Id id, Round round) {
        Reply reply = round.reply();
        jdbc.sql("INSERT INTO negotiation_round (negotiation_id, position, proposed_by, proposal, criterion,"
                        + " reply_move, reply_issue, reply_option, given_issue, given_option, offered, reply_line,"
                        + " proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id.value(),
                        round.position(),
                        round.proposedBy(),
                        round.proposal().encoded(),
                        round.proposal().criterion(),
                        reply.move().name(),
                        reply.issue(),
                        reply.option(),
                        reply.given(),
                        reply.givenOption(),
                        Proposal.of(reply.offered()).encoded(),
                        round.line(),
                        utc(round.at()))
                .update();
    }

    /** Ends the negotiation if it is open; false when it had already ended. */
    boolean end(Negotiation.Id id, Instant at) {
        return jdbc.sql("UPDATE negotiation SET ended_at = ? WHERE id = ? AND ended_at IS NULL")
                        .params(utc(at), id.value())
                        .update()
                == 1;
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        Map<String, String> offered = new LinkedHashMap<>(
                Proposal.decoded(rs.getString("offered"), "").options());
        Reply reply = new Reply(
                Reply.Move.valueOf(rs.getString("reply_move")),
                rs.getString("reply_issue"),
                rs.getString("reply_option"),
                rs.getString("given_issue"),
                rs.getString("given_option"),
                offered);
        return new Round(
                rs.getInt("position"),
                rs.getString("proposed_by"),
                Proposal.decoded(rs.getString("proposal"), rs.getString("criterion")),
                reply,
                rs.getString("reply_line"),
                instant(rs, "proposed_at"));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long table = rs.getLong("table_id");
        boolean alone = rs.wasNull();
        return new Row(
                new Negotiation.Id(rs.getLong("id")),
                new WorkshopId(rs.getLong("workshop_id")),
                new ParticipantId(rs.getLong("participant_id")),
                alone ? null : new TableId(table),
                instant(rs, "started_at"),
                rs.getObject("ended_at") == null ? null : instant(rs, "ended_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
