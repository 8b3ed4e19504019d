package org.ssmclassroom.workshop;

import org.ssmclassroom.workshop.Ids.ParticipantId;
import org.ssmclassroom.workshop.Ids.TableId;

/** One team's table: which exercise it is on, how it is doing, and its clock. */
public record WorkshopTable(
        TableId id,
        int position,
        String name,
        String exerciseId,
        Status status,
        ParticipantId spokesperson,
        ExerciseClock clock) {

    /** What the team told the instructor about the current exercise. */
    public enum Status {
        WORKING,
        DONE,
        NEED_TIME,
        NEED_HELP
    }
}
