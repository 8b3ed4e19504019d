package org.ssmclassroom.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Failed attempts in the database: every node of several counts the same guesses. */
final class DatabaseAttemptStore implements AttemptStore {

    private final JdbcClient jdbc;

    DatabaseAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Instant> failuresAfter(String key, Instant since) {
        return jdbc.sql("SELECT failed_at FROM join_failure WHERE attempt_key = ? AND failed_at > ? ORDER BY failed_at")
                .params(key, utc(since))
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .list();
    }

    @Override
    public void recordFailure(String key, Instant at) {
        jdbc.sql("INSERT INTO join_failure (attempt_key, failed_at) VALUES (?, ?)")
                .params(key, utc(at))
                .update();
    }

    /** Taken when the address's last try is older than the gap, or it has none; one statement each, no race. */
    @Override
    public Optional<Instant> takeTry(String address, Instant now, Duration gap) {
        int taken = jdbc.sql("UPDATE join_try SET tried_at = ? WHERE address = ? AND tried_at <= ?")
                .params(utc(now), address, utc(now.minus(gap)))
                .update();
        if (taken == 1) {
            return Optional.empty();
        }
        int inserted = jdbc.sql("INSERT INTO join_try (address, tried_at) SELECT ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM join_try WHERE address = ?)")
                .params(address, utc(now), address)
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT tried_at FROM join_try WHERE address = ?")
                .param(address)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional()
                .orElse(now));
    }

    /** The row's time moves on, or the row is made; when another node made it a moment before, so be it. */
    @Override
    public void recordRoom(String room, long workshop, Instant at) {
        int updated = jdbc.sql("UPDATE join_room SET seen_at = ? WHERE room = ? AND workshop_id = ?")
                .params(utc(at), room, workshop)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO join_room (room, workshop_id, seen_at) SELECT ?, ?, ? WHERE NOT EXISTS"
                                + " (SELECT 1 FROM join_room WHERE room = ? AND workshop_id = ?)")
                        .params(room, workshop, utc(at), room, workshop)
                        .update();
            } catch (org.springframework.dao.DuplicateKeyException madeByAnotherNode) {
                // the room is known: what this call was for
            }
        }
    }

    @Override
    public boolean roomSeen(String room, long workshop, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM join_room WHERE room = ? AND workshop_id = ? AND seen_at > ?")
                        .params(room, workshop, utc(since))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public void forget(Instant before, Instant roomsBefore) {
        jdbc.sql("DELETE FROM join_room WHERE seen_at <= ?")
                .param(utc(roomsBefore))
                .update();
        jdbc.sql("DELETE FROM join_failure WHERE failed_at <= ?")
                .param(utc(before))
                .update();
        jdbc.sql("DELETE FROM join_try WHERE tried_at <= ?").param(utc(before)).update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
