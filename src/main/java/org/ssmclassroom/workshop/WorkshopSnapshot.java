package org.ssmclassroom.workshop;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Reading;
import org.ssmclassroom.scenario.ScenarioPack;

/**
 * Everything a screen shows about one workshop at one moment, immutable. Every change makes a new snapshot
 * with a higher revision, so a screen that receives two out of order keeps the newer.
 */
public record WorkshopSnapshot(
        long revision,
        Workshop workshop,
        ScenarioPack pack,
        List<WorkshopTable> tables,
        List<Participant> participants,
        List<RoleOverride> overrides,
        boolean canUndo) {

    /** The instructor's choice of roles for one member in one exercise, replacing the rotation. */
    public record RoleOverride(TableId table, String exerciseId, ParticipantId participant, List<String> roles) {}

    public Optional<WorkshopTable> table(TableId id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Participant> participant(ParticipantId id) {
        return participants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The table's members in the order they joined. */
    public List<Participant> members(TableId table) {
        return participants.stream()
                .filter(p -> table.equals(p.table()))
                .sorted(Comparator.comparing(Participant::joinedAt).thenComparing(p -> p.id().value()))
                .toList();
    }

    public List<Participant> unseated() {
        return participants.stream().filter(p -> p.table() == null).toList();
    }

    public Optional<Method.Exercise> exercise(TableId table) {
        return table(table)
                .map(WorkshopTable::exerciseId)
                .flatMap(id -> pack.method().exercise(id));
    }

    /**
     * The exercise the class is on: the one most tables are on (a table sent ahead or kept behind does not move
     * the room's screen); on a tie, the first such table's. Empty until an exercise the pack knows is opened.
     */
    public Optional<Method.Exercise> classExercise() {
        return classTable().flatMap(t -> exercise(t.id()));
    }

    /** The table whose clock the class follows: the first, in table order, on the class's exercise. */
    public Optional<WorkshopTable> classTable() {
        Map<String, Integer> tablesOn = new LinkedHashMap<>();
        tables.stream()
                .filter(t -> exercise(t.id()).isPresent())
                .forEach(t -> tablesOn.merge(t.exerciseId(), 1, Integer::sum));
        String most = null;
        int count = 0;
        for (Map.Entry<String, Integer> on : tablesOn.entrySet()) {
            if (on.getValue() > count) { // strictly more: a tie keeps the exercise met first
                most = on.getKey();
                count = on.getValue();
            }
        }
        String exerciseId = most;
        return tables.stream()
                .filter(t -> exerciseId != null && exerciseId.equals(t.exerciseId()))
                .findFirst();
    }

    /** The class clock: the clock of the table the class follows. */
    public Optional<ExerciseClock> classClock() {
        return classTable().map(WorkshopTable::clock);
    }

    /** Roles at the table for its current exercise: the rotation, the instructor's overrides, the spokesperson. */
    public Map<ParticipantId, List<String>> roles(TableId tableId) {
        return roles(tableId, table(tableId).orElseThrow().exerciseId());
    }

    /**
     * Roles at the table in one exercise of the agenda: its rotation and the instructor's overrides for it. The
     * spokesperson is the table's one today (who it was earlier is not kept).
     */
    public Map<ParticipantId, List<String>> roles(TableId tableId, String exerciseId) {
        WorkshopTable table = table(tableId).orElseThrow();
        List<Participant> members = members(tableId);
        Map<ParticipantId, List<String>> roles = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return roles;
        }
        int index = exerciseIndex(exerciseId);
        RoleRotation.assign(
                        members.stream().map(Participant::id).toList(),
                        pack.method().course().seating(),
                        index)
                .forEach((member, held) -> roles.put(member, new java.util.ArrayList<>(held)));
        overrides.stream()
                .filter(o -> o.table().equals(tableId) && o.exerciseId().equals(exerciseId))
                .filter(o -> roles.containsKey(o.participant()))
                .forEach(o -> roles.put(o.participant(), new java.util.ArrayList<>(o.roles())));
        ParticipantId spokesperson = table.spokesperson() != null && roles.containsKey(table.spokesperson())
                ? table.spokesperson()
                : members.getFirst().id();
        pack.method()
                .course()
                .tableRole()
                .ifPresent(role -> roles.get(spokesperson).add(role.id()));
        roles.replaceAll((member, held) -> List.copyOf(held));
        return roles;
    }

    public boolean holds(TableId table, ParticipantId participant, String role) {
        return roles(table).getOrDefault(participant, List.of()).contains(role);
    }

    /** What this member's roles at the table let them do now, as the method pack declares it. */
    public Set<Method.Capability> capabilities(TableId table, ParticipantId participant) {
        return pack.method().course().capabilitiesOf(roles(table).getOrDefault(participant, List.of()));
    }

    /**
     * What this member reads beside the table's current exercise: the case's material for the audience the
     * member belongs to (by the roles held at the table) and the method's concept cards, as the pack says.
     */
    public List<Reading> readingFor(TableId table, ParticipantId participant) {
        return exercise(table)
                .map(e -> Reading.forMember(pack, e.id(), roles(table).getOrDefault(participant, List.of())))
                .orElse(List.of());
    }

    /** The exercise's place in the agenda (0 for none yet), which drives the role rotation. */
    int exerciseIndex(String exerciseId) {
        List<Method.Exercise> agenda = pack.method().agendaExercises();
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).id().equals(exerciseId)) {
                return i;
            }
        }
        return 0;
    }
}
