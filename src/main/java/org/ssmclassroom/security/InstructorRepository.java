package org.ssmclassroom.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Instructor accounts (hashed passwords) and their remembered sign-ins. */
@Repository
class InstructorRepository {

    /** A stored account: its name and when it was made. */
    record Row(String username, Instant createdAt) {}

    private final JdbcClient jdbc;

    InstructorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when there is no account of this name. */
    boolean setPassword(String username, String hash) {
        return jdbc.sql("UPDATE instructor SET password_hash = ? WHERE username = ?")
                        .params(hash, username)
                        .update()
                > 0;
    }

    /** A new account; a name already taken fails with the database's duplicate key, never overwrites. */
    void insert(String username, String hash, Instant at) {
        jdbc.sql("INSERT INTO instructor (username, password_hash, created_at) VALUES (?, ?, ?)")
                .params(username, hash, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<Row> all() {
        return jdbc.sql("SELECT username, created_at FROM instructor ORDER BY id")
                .query((rs, n) -> new Row(
                        rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Removes the account and its remembered sign-ins; the caller's transaction holds the two together. */
    void delete(String username) {
        jdbc.sql("DELETE FROM persistent_logins WHERE username = ?")
                .param(username)
                .update();
        jdbc.sql("DELETE FROM instructor WHERE username = ?").param(username).update();
    }

    /** The first account made: the lead. */
    Optional<String> lead() {
        return jdbc.sql("SELECT username FROM instructor ORDER BY id LIMIT 1")
                .query(String.class)
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM instructor").query(Long.class).single();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM instructor WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }
}
