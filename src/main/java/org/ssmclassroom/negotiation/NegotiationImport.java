package org.ssmclassroom.negotiation;

import java.time.Instant;
import java.util.List;
import org.ssmclassroom.base.ImportEntryPoint;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/**
 * Writes an archived workshop's negotiations through the same repository as live ones. Only inside the caller's
 * transaction: an archive import is one user action.
 */
@ImportEntryPoint
public class NegotiationImport {

    private final NegotiationRepository repository;

    NegotiationImport(NegotiationRepository repository) {
        this.repository = repository;
    }

    /** A negotiation with its rounds in order; {@code table} null for a trainee's own, {@code endedAt} null if open. */
    public void negotiation(
            WorkshopId workshop,
            ParticipantId startedBy,
            TableId table,
            Instant startedAt,
            Instant endedAt,
            List<Round> rounds) {
        Negotiation.Id id = repository.start(workshop, startedBy, table, startedAt);
        rounds.forEach(round -> repository.add(id, round));
        if (endedAt != null) {
            repository.end(id, endedAt);
        }
    }
}
