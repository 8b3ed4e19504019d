package org.ssmclassroom.roleplay;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.CaseFile;

/**
 * One interview with the computer persona: a trainee's own, or a whole table's ({@code table} set), with every
 * question and answer in order. What it uncovered is read from the answers, so the meter fills by itself.
 * {@code persona} is the id of the case's persona it talks to; its targets are that persona's.
 */
public record PracticeSession(
        Id id,
        WorkshopId workshop,
        ParticipantId startedBy,
        String startedByName,
        TableId table,
        Instant startedAt,
        Instant endedAt,
        List<Turn> turns,
        List<CaseFile.Target> targets,
        String persona) {

    public record Id(long value) {}

    /** A question, how it was put, the targets the answer uncovered or repeated, and the answer. */
    public record Turn(
            int position,
            String askedBy,
            String question,
            QuestionKind kind,
            List<String> targets,
            String answer,
            Instant at) {}

    public boolean ended() {
        return endedAt != null;
    }

    public boolean asATable() {
        return table != null;
    }

    public Set<String> found() {
        Set<String> found = new LinkedHashSet<>();
        turns.forEach(turn -> found.addAll(turn.targets()));
        return found;
    }

    /** The meter and the question mix, as the classroom interview shows them. */
    public Discovery discovery() {
        Map<QuestionKind, Integer> mix = new EnumMap<>(QuestionKind.class);
        turns.forEach(turn -> mix.merge(turn.kind(), 1, Integer::sum));
        return new Discovery(table, targets, found(), mix);
    }

    /** From the start to the end, or to the last question while it runs. */
    public Duration taken() {
        Instant last = ended()
                ? endedAt
                : turns.isEmpty() ? startedAt : turns.getLast().at();
        return Duration.between(startedAt, last);
    }
}
