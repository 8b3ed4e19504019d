package org.ssmclassroom.board;

import java.time.Instant;

/** What became of an edit. */
public sealed interface BoardEdit {

    record Saved(int version) implements BoardEdit {}

    /**
     * Begun before the board locked ({@code lockedAt}) and sent within the grace after it: saved; being after
     * time-up, the scoring screen lists it among the changes made after time-up.
     */
    record SavedLate(int version, Instant lockedAt) implements BoardEdit {}

    /** Someone else changed the field first; here is what it says now, so the editor can merge. */
    record Conflict(String currentText, int currentVersion, String author) implements BoardEdit {}

    record Locked() implements BoardEdit {}

    /** The value does not fit the field (too long, not one of its choices); nothing was stored. */
    record Refused(String reasonKey, int limit) implements BoardEdit {}
}
