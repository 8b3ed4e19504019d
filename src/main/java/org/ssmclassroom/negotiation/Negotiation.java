package org.ssmclassroom.negotiation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/**
 * One negotiation with the computer customer: a trainee's own, or a whole table's ({@code table} set), with every
 * proposal and reply in order. It ends with a deal, with the customer walking away, or when the trainees leave.
 */
public record Negotiation(
        Id id,
        WorkshopId workshop,
        ParticipantId startedBy,
        String startedByName,
        TableId table,
        Instant startedAt,
        Instant endedAt,
        List<Round> rounds) {

    public record Id(long value) {}

    public enum Outcome {
        OPEN,
        DEAL,
        WALKED_AWAY,
        LEFT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean ended() {
        return endedAt != null;
    }

    public boolean asATable() {
        return table != null;
    }

    public Outcome outcome() {
        if (!rounds.isEmpty() && rounds.getLast().reply().move() == Reply.Move.ACCEPT) {
            return Outcome.DEAL;
        }
        if (!rounds.isEmpty() && rounds.getLast().reply().move() == Reply.Move.WALK_AWAY) {
            return Outcome.WALKED_AWAY;
        }
        return ended() ? Outcome.LEFT : Outcome.OPEN;
    }

    /** The agreed package, issue to option; empty without a deal. */
    public Map<String, String> deal() {
        return outcome() == Outcome.DEAL ? rounds.getLast().proposal().options() : Map.of();
    }

    /** The counterpart's last counter or trade package, which the trainees may accept as it stands. */
    public Map<String, String> lastOffer() {
        return rounds.isEmpty() ? Map.of() : rounds.getLast().reply().offered();
    }
}
