package org.ssmclassroom.workshop;

import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;

/**
 * One team's table: which exercise it is on, how it is doing, and its clock. A help request is kept apart from
 * the status: a "done" tapped after "help" must not hide it before the instructor has handled it.
 */
public record WorkshopTable(
        TableId id,
        int position,
        String name,
        String exerciseId,
        Status status,
        ParticipantId spokesperson,
        ExerciseClock clock,
        boolean helpRequested) {

    public WorkshopTable withName(String newName) {
        return new WorkshopTable(id, position, newName, exerciseId, status, spokesperson, clock, helpRequested);
    }

    public WorkshopTable withStatus(Status newStatus) {
        return new WorkshopTable(id, position, name, exerciseId, newStatus, spokesperson, clock, helpRequested);
    }

    public WorkshopTable withClock(ExerciseClock newClock) {
        return new WorkshopTable(id, position, name, exerciseId, status, spokesperson, newClock, helpRequested);
    }

    public WorkshopTable withSpokesperson(ParticipantId newSpokesperson) {
        return new WorkshopTable(id, position, name, exerciseId, status, newSpokesperson, clock, helpRequested);
    }

    /** On another exercise: its own status and clock. */
    public WorkshopTable onExercise(String newExerciseId, Status newStatus, ExerciseClock newClock) {
        return new WorkshopTable(id, position, name, newExerciseId, newStatus, spokesperson, newClock, helpRequested);
    }

    /** What the team told the instructor about the current exercise. */
    public enum Status {
        WORKING,
        DONE,
        NEED_TIME,
        NEED_HELP
    }
}
