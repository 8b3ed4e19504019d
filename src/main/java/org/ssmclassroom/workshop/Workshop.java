package org.ssmclassroom.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.ssmclassroom.base.WorkshopId;

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
        Instant createdAt,
        String projectedCard) {

    public enum State {
        LOBBY,
        RUNNING,
        CLOSED,
        /** Imported from another server's archive: read only, its scores too. */
        ARCHIVED
    }

    /** Whether the class is over: nobody joins, boards and agenda are read only. */
    public boolean isClosed() {
        return state == State.CLOSED || state == State.ARCHIVED;
    }

    public boolean isArchived() {
        return state == State.ARCHIVED;
    }
}
