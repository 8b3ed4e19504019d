package org.ssmclassroom.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.ssmclassroom.workshop.Ids.WorkshopId;

/** A run of the course for one class: its case pack, language, state and join code. */
public record Workshop(
        WorkshopId id,
        String name,
        LocalDate date,
        String packId,
        Locale language,
        State state,
        JoinCode joinCode,
        String createdBy,
        Instant createdAt) {

    public enum State {
        LOBBY,
        RUNNING,
        CLOSED
    }

    public boolean isClosed() {
        return state == State.CLOSED;
    }
}
