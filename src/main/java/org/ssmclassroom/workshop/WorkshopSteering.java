package org.ssmclassroom.workshop;

import static org.ssmclassroom.workshop.WorkshopChanges.chosen;
import static org.ssmclassroom.workshop.WorkshopChanges.requireOpen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instructor steering a running workshop: the agenda and its undo, the concept card on the projector, the
 * tables' clocks, who sits where in which role, and the teams' signals handled. Every change goes through
 * {@link WorkshopChanges}.
 */
@Service
public class WorkshopSteering {

    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorkshopChanges changes;
    private final WorkshopRepository repository;
    private final Clock clock;

    WorkshopSteering(WorkshopChanges changes, WorkshopRepository repository, Clock clock) {
        this.changes = changes;
        this.repository = repository;
        this.clock = clock;
    }

    @PreAuthorize(INSTRUCTOR)
    public void renameTable(TableId tableId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new ActionRefused("tableName", 100);
        }
        updateTables(changes.workshopOf(tableId), Set.of(tableId), table -> table.withName(trimmed));
    }

    // ---- agenda ----

    /**
     * Opens an exercise on the given tables (none = all), which also starts a workshop still in its lobby; the
     * tables' earlier state can be restored by undo.
     */
    @PreAuthorize(INSTRUCTOR)
    public void openExercise(WorkshopId id, String exerciseId, Set<TableId> tables) {
        changes.change(id, snapshot -> {
            requireOpen(snapshot);
            Method.Exercise exercise = snapshot.pack()
                    .method()
                    .exercise(exerciseId)
                    .orElseThrow(() -> new IllegalArgumentException("no exercise " + exerciseId));
            List<Method.CaseNeed> lacking = snapshot.pack().lacksFor(exercise);
            if (!lacking.isEmpty()) {
                throw new ActionRefused(
                        lacking.getFirst() == Method.CaseNeed.INTERVIEW ? "caseLacksInterview" : "caseLacksNegotiation",
                        exercise.number());
            }
            List<WorkshopTable> affected = chosen(snapshot, tables);
            repository.pushStep(id, JSON.writeValueAsString(affected), clock.instant());
            if (snapshot.workshop().state() == Workshop.State.LOBBY) {
                repository.updateState(id, Workshop.State.RUNNING);
            }
            affected.forEach(table -> repository.updateTable(
                    table.onExercise(exerciseId, WorkshopTable.Status.WORKING, ExerciseClock.idle())));
        });
    }

    /**
     * Puts one of the method's concept cards, or a stage's card (by the stage's id), on the projector, or takes it
     * off ({@code cardId} null).
     */
    @PreAuthorize(INSTRUCTOR)
    public void projectCard(WorkshopId id, String cardId) {
        changes.change(id, snapshot -> {
            requireOpen(snapshot);
            Method method = snapshot.pack().method();
            if (cardId != null
                    && method.card(cardId).isEmpty()
                    && method.stage(cardId).isEmpty()) {
                throw new IllegalArgumentException("no card " + cardId);
            }
            repository.updateProjectedCard(id, cardId);
        });
    }

    /**
     * Takes a concept card off the projector if it is still the one there; false, changing nothing, when it is not
     * (taken off already, or another instructor has put up another card since).
     */
    @PreAuthorize(INSTRUCTOR)
    public boolean takeCardOff(WorkshopId id, String cardId) {
        boolean[] off = {false};
        changes.change(id, snapshot -> {
            requireOpen(snapshot);
            off[0] = repository.takeOffProjectedCard(id, cardId);
        });
        return off[0];
    }

    /** Undoes the last agenda change: the tables it touched get their exercise, status and clock back. */
    @PreAuthorize(INSTRUCTOR)
    public boolean undo(WorkshopId id) {
        boolean[] undone = {false};
        changes.change(id, snapshot -> {
            requireOpen(snapshot);
            repository.popStep(id).ifPresent(json -> {
                List<WorkshopTable> before = JSON.readValue(json, new TypeReference<List<WorkshopTable>>() {});
                before.forEach(old -> snapshot.table(old.id())
                        .ifPresent(now ->
                                repository.updateTable(now.onExercise(old.exerciseId(), old.status(), old.clock()))));
                undone[0] = true;
            });
        });
        return undone[0];
    }

    // ---- clock ----

    /** Starts the clock on the tables (none = all with an exercise): the exercise's duration, or the given one. */
    @PreAuthorize(INSTRUCTOR)
    public void startClock(WorkshopId id, Set<TableId> tables, Duration duration) {
        Instant now = clock.instant();
        changeClocks(
                id,
                tables,
                (table, exercise) -> table.clock()
                        .start(duration != null ? duration : Duration.ofMinutes(exercise.durationMinutes()), now));
    }

    @PreAuthorize(INSTRUCTOR)
    public void pauseClock(WorkshopId id, Set<TableId> tables) {
        Instant now = clock.instant();
        changeClocks(id, tables, (table, exercise) -> table.clock().pause(now));
    }

    @PreAuthorize(INSTRUCTOR)
    public void resumeClock(WorkshopId id, Set<TableId> tables) {
        Instant now = clock.instant();
        changeClocks(id, tables, (table, exercise) -> table.clock().resume(now));
    }

    @PreAuthorize(INSTRUCTOR)
    public void extendClock(WorkshopId id, Set<TableId> tables, Duration more) {
        Instant now = clock.instant();
        changeClocks(id, tables, (table, exercise) -> table.clock().extend(more, now));
    }

    @PreAuthorize(INSTRUCTOR)
    public void endClock(WorkshopId id, Set<TableId> tables) {
        Instant now = clock.instant();
        changeClocks(id, tables, (table, exercise) -> table.clock().end(now));
    }

    /** Marks every clock whose end has come as ended, exactly once, and tells the screens. */
    @Scheduled(fixedDelay = 200)
    public void expireDueClocks() {
        Instant now = clock.instant();
        for (TableId table : repository.dueClocks(now)) {
            changes.changeIf(changes.workshopOf(table), () -> repository.expire(table, now));
        }
    }

    // ---- people and roles ----

    @PreAuthorize(INSTRUCTOR)
    public void moveParticipant(ParticipantId participant, TableId table) {
        WorkshopId id = repository.workshopOfParticipant(participant).orElseThrow();
        changes.change(id, snapshot -> {
            requireOpen(snapshot);
            if (table != null && snapshot.table(table).isEmpty()) {
                throw new ActionRefused("noSuchTable");
            }
            repository.moveParticipant(participant, table);
        });
    }

    @PreAuthorize(INSTRUCTOR)
    public void removeParticipant(ParticipantId participant) {
        WorkshopId id = repository.workshopOfParticipant(participant).orElseThrow();
        changes.change(id, snapshot -> {
            requireOpen(snapshot);
            repository.removeParticipant(participant);
        });
    }

    /** Replaces the rotation for one member in the table's current exercise; the spokesperson role moves. */
    @PreAuthorize(INSTRUCTOR)
    public void overrideRoles(TableId tableId, ParticipantId participant, List<String> roles) {
        WorkshopId id = changes.workshopOf(tableId);
        changes.change(id, snapshot -> {
            requireOpen(snapshot);
            WorkshopTable table = snapshot.table(tableId).orElseThrow();
            if (table.exerciseId() == null
                    || !tableId.equals(snapshot.participant(participant)
                            .map(Participant::table)
                            .orElse(null))) {
                throw new IllegalArgumentException("roles can be set for a member of a table with an open exercise");
            }
            List<String> known = snapshot.pack().method().course().roles().stream()
                    .map(Method.Role::id)
                    .toList();
            if (!known.containsAll(roles)) {
                throw new IllegalArgumentException("unknown role in " + roles);
            }
            Optional<String> tableRole =
                    snapshot.pack().method().course().tableRole().map(Method.Role::id);
            List<String> rotating = roles.stream()
                    .filter(r -> tableRole.filter(r::equals).isEmpty())
                    .toList();
            repository.saveOverride(tableId, table.exerciseId(), participant, rotating);
            if (tableRole.filter(roles::contains).isPresent()) {
                repository.updateTable(table.withSpokesperson(participant));
            }
        });
    }

    // ---- the teams' signals ----

    /** The instructor went to the table: its help request is handled, whatever the team signalled since. */
    @PreAuthorize(INSTRUCTOR)
    public void helpHandled(TableId tableId) {
        changes.change(changes.workshopOf(tableId), snapshot -> {
            requireOpen(snapshot);
            chosen(snapshot, Set.of(tableId)).forEach(table -> repository.helpHandled(table.id()));
        });
    }

    @PreAuthorize(INSTRUCTOR)
    public void acknowledge(TableId tableId) {
        updateTables(
                changes.workshopOf(tableId), Set.of(tableId), table -> table.withStatus(WorkshopTable.Status.WORKING));
    }

    private void changeClocks(WorkshopId id, Set<TableId> tables, ClockChange change) {
        changes.change(id, snapshot -> {
            requireOpen(snapshot);
            for (WorkshopTable table : chosen(snapshot, tables)) {
                Optional<Method.Exercise> exercise = snapshot.exercise(table.id());
                if (exercise.isPresent()) {
                    repository.updateTable(table.withClock(change.apply(table, exercise.get())));
                }
            }
        });
    }

    private interface ClockChange {
        ExerciseClock apply(WorkshopTable table, Method.Exercise exercise);
    }

    private void updateTables(WorkshopId id, Set<TableId> tables, UnaryOperator<WorkshopTable> update) {
        changes.change(id, snapshot -> {
            requireOpen(snapshot);
            chosen(snapshot, tables).forEach(table -> repository.updateTable(update.apply(table)));
        });
    }
}
