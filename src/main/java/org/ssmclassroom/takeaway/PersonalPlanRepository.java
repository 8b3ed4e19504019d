package org.ssmclassroom.takeaway;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.SqlDialect;

/** Each trainee's plan rows and share setting; every write one statement, or a version checked in the update. */
@Repository
class PersonalPlanRepository {

    private final JdbcClient jdbc;
    private final String share;

    PersonalPlanRepository(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        SqlDialect dialect = SqlDialect.of(dataSource);
        this.share = dialect.upsert(
                "personal_plan_share", List.of("participant_id"), List.of("participant_id", "shared", "changed_at"));
    }

    Map<PersonalPlan.Key, PersonalPlan.Entry> entries(ParticipantId author) {
        Map<PersonalPlan.Key, PersonalPlan.Entry> entries = new HashMap<>();
        jdbc.sql("SELECT section_id, action_id, commitment, due_on, opportunity, version FROM personal_plan_action"
                        + " WHERE participant_id = ?")
                .param(author.value())
                .query((rs, n) -> {
                    java.sql.Date due = rs.getDate("due_on");
                    entries.put(
                            new PersonalPlan.Key(rs.getString("section_id"), rs.getString("action_id")),
                            new PersonalPlan.Entry(
                                    rs.getString("commitment"),
                                    due == null ? null : due.toLocalDate(),
                                    rs.getString("opportunity"),
                                    rs.getLong("version")));
                    return null;
                })
                .list();
        return entries;
    }

    /**
     * Writes one action if nobody wrote it since {@code expected} was read: an update at the expected version, or
     * for a first write ({@code expected} 0) an insert at version 1 whose duplicate key means another write came
     * first. False when another write came first; the caller then rolls its transaction back.
     */
    boolean write(ParticipantId author, PersonalPlan.Key key, PersonalPlan.Entry entry, long expected, Instant at) {
        int updated = jdbc.sql("UPDATE personal_plan_action SET commitment = ?, due_on = ?, opportunity = ?,"
                        + " version = version + 1, written_at = ?"
                        + " WHERE participant_id = ? AND section_id = ? AND action_id = ? AND version = ?")
                .params(
                        entry.commitment(),
                        entry.due(),
                        entry.opportunity(),
                        at.atOffset(ZoneOffset.UTC),
                        author.value(),
                        key.section(),
                        key.action(),
                        expected)
                .update();
        if (updated == 1 || expected != 0) {
            return updated == 1;
        }
        try {
            jdbc.sql("INSERT INTO personal_plan_action (participant_id, section_id, action_id, commitment, due_on,"
                            + " opportunity, version, written_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)")
                    .params(
                            author.value(),
                            key.section(),
                            key.action(),
                            entry.commitment(),
                            entry.due(),
                            entry.opportunity(),
                            at.atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void share(ParticipantId author, boolean shared, Instant at) {
        jdbc.sql(share)
                .params(author.value(), shared, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    boolean shared(ParticipantId author) {
        return !sharedAmong(List.of(author)).isEmpty();
    }

    /** Of these trainees, those who wrote a commitment to at least one action. */
    Set<ParticipantId> written(Collection<ParticipantId> among) {
        return among(
                "SELECT DISTINCT participant_id FROM personal_plan_action WHERE commitment <> '' AND participant_id IN ",
                among);
    }

    Set<ParticipantId> sharedAmong(Collection<ParticipantId> among) {
        return among(
                "SELECT participant_id FROM personal_plan_share WHERE shared = TRUE AND participant_id IN ", among);
    }

    private Set<ParticipantId> among(String select, Collection<ParticipantId> among) {
        if (among.isEmpty()) {
            return Set.of();
        }
        String in = "(" + String.join(", ", java.util.Collections.nCopies(among.size(), "?")) + ")";
        return new HashSet<>(jdbc.sql(select + in)
                .params(among.stream().map(ParticipantId::value).toList())
                .query((rs, n) -> new ParticipantId(rs.getLong(1)))
                .list());
    }
}
