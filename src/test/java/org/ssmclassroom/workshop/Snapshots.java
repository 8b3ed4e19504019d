package org.ssmclassroom.workshop;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.PackFiles;
import org.ssmclassroom.scenario.PackReader;
import org.ssmclassroom.scenario.PackRejectedException;
import org.ssmclassroom.scenario.PackResult;
import org.ssmclassroom.scenario.ScenarioPack;

/**
 * Test data without a database: a running Homebody workshop as a plain snapshot, changed one step at a time the
 * way the service would change it.
 */
public final class Snapshots {

    public static final ScenarioPack HOMEBODY = pack("homebody");
    public static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private Snapshots() {}

    /** A running workshop with {@code tables} tables ("Table 1" …), nobody joined, no exercise open. */
    public static WorkshopSnapshot running(int tables) {
        Workshop workshop = new Workshop(
                new WorkshopId(1),
                "Shanghai class",
                LocalDate.of(2026, 12, 7),
                "homebody",
                Locale.ENGLISH,
                Workshop.State.RUNNING,
                new JoinCode("ABCDEFGH"),
                "lee",
                NOW,
                null);
        List<WorkshopTable> list = new ArrayList<>();
        for (int i = 1; i <= tables; i++) {
            list.add(new WorkshopTable(
                    new TableId(i),
                    i,
                    "Table " + i,
                    null,
                    WorkshopTable.Status.WORKING,
                    null,
                    ExerciseClock.idle(),
                    false));
        }
        return new WorkshopSnapshot(1, workshop, HOMEBODY, list, List.of(), List.of(), false);
    }

    public static TableId table(int number) {
        return new TableId(number);
    }

    /** The snapshot with one table changed. */
    public static WorkshopSnapshot withTable(WorkshopSnapshot s, int number, UnaryOperator<WorkshopTable> change) {
        List<WorkshopTable> tables = s.tables().stream()
                .map(t -> t.id().equals(table(number)) ? change.apply(t) : t)
                .toList();
        return new WorkshopSnapshot(
                s.revision() + 1, s.workshop(), s.pack(), tables, s.participants(), s.overrides(), s.canUndo());
    }

    /** The snapshot with these tables on the exercise, working, their clocks idle. */
    public static WorkshopSnapshot opened(WorkshopSnapshot s, String exerciseId, int... numbers) {
        WorkshopSnapshot changed = s;
        for (int number : numbers) {
            changed = withTable(
                    changed, number, t -> t.onExercise(exerciseId, WorkshopTable.Status.WORKING, ExerciseClock.idle()));
        }
        return changed;
    }

    /** The snapshot with one more participant, at the table (null: unseated), joined a second after the last. */
    public static WorkshopSnapshot joined(WorkshopSnapshot s, long id, String name, Integer number) {
        List<Participant> participants = new ArrayList<>(s.participants());
        participants.add(new Participant(
                new ParticipantId(id),
                number == null ? null : table(number),
                name,
                "Acme",
                "Account manager",
                5,
                NOW.plusSeconds(participants.size() + 1L)));
        return new WorkshopSnapshot(
                s.revision() + 1, s.workshop(), s.pack(), s.tables(), participants, s.overrides(), s.canUndo());
    }

    public static WorkshopSnapshot inState(WorkshopSnapshot s, Workshop.State state) {
        Workshop w = s.workshop();
        return new WorkshopSnapshot(
                s.revision() + 1,
                new Workshop(
                        w.id(),
                        w.name(),
                        w.date(),
                        w.packId(),
                        w.language(),
                        state,
                        w.joinCode(),
                        w.createdBy(),
                        w.createdAt(),
                        w.projectedCard()),
                s.pack(),
                s.tables(),
                s.participants(),
                s.overrides(),
                s.canUndo());
    }

    /** A case pack of {@code scenarios/}, read with the method pack. */
    public static ScenarioPack pack(String id) {
        try {
            PackReader reader = new PackReader();
            ScenarioPack method = valid(reader.read(
                    PackFiles.fromFolder(Path.of("scenarios/ssm-method"), "ssm-method"), other -> Optional.empty()));
            return valid(reader.read(
                    PackFiles.fromFolder(Path.of("scenarios", id), id),
                    other -> other.equals("ssm-method") ? Optional.of(method) : Optional.empty()));
        } catch (PackRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ScenarioPack valid(PackResult result) {
        return ((PackResult.Valid) result).pack();
    }
}
