package org.ssmclassroom.roleplay;

import java.time.Instant;
import java.util.List;
import org.ssmclassroom.base.ImportEntryPoint;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/**
 * Writes an archived workshop's practice interviews through the same repository as live practice. Only inside
 * the caller's transaction: an archive import is one user action.
 */
@ImportEntryPoint
public class PracticeImport {

    private final PracticeRepository repository;

    PracticeImport(PracticeRepository repository) {
        this.repository = repository;
    }

    /**
     * A session with its turns in order; {@code table} is null for a trainee's own, {@code endedAt} null for one
     * the trainee never ended (an archived workshop reads it as ended at its last question, ADR 015), {@code
     * persona} null for the case's interview persona.
     */
    public void session(
            WorkshopId workshop,
            ParticipantId startedBy,
            TableId table,
            String persona,
            Instant startedAt,
            Instant endedAt,
            List<PracticeSession.Turn> turns) {
        PracticeSession.Id id = repository.start(workshop, startedBy, table, persona, startedAt);
        turns.forEach(turn -> repository.add(id, turn));
        if (endedAt != null) {
            repository.end(id, endedAt);
        }
    }
}
