package org.ssmclassroom.workshop;

import static org.ssmclassroom.workshop.WorkshopChanges.chosen;
import static org.ssmclassroom.workshop.WorkshopChanges.requireOpen;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.security.AttemptStore;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.security.JoinGuard;
import org.ssmclassroom.security.Network;

/**
 * The trainees' side of a workshop: a tablet checks a code, joins, chooses its table and signals the team's status.
 * Trainee methods act only for the participant of the calling device; guessing codes is slowed by the
 * {@link JoinGuard}, and the class's size by its {@link ClassLimits}.
 */
@Service
public class Trainees {

    private final WorkshopChanges changes;
    private final WorkshopRepository repository;
    private final Clock clock;
    private final JoinGuard guessing;
    private final ClassLimits limits;

    Trainees(
            WorkshopChanges changes,
            WorkshopRepository repository,
            Clock clock,
            AttemptStore attempts,
            ClassLimits limits) {
        this.changes = changes;
        this.repository = repository;
        this.clock = clock;
        this.limits = limits;
        this.guessing = new JoinGuard(clock, attempts, limits.joinsPerAddress());
    }

    /**
     * Checks a typed code; wrong codes count against the network and the device so that guessing is slow. The
     * code of a workshop used from this room is never a guess (ADR 022): it opens however many wrong codes came
     * before.
     */
    public JoinCheck checkCode(String typed, Network network, DeviceToken device) {
        Optional<JoinCode> code = JoinCode.parse(typed);
        Optional<Workshop> workshop = code.flatMap(repository::workshopByCode);
        boolean ours = workshop.filter(w -> guessing.isRoomOf(network.room(), w.id().value()))
                .isPresent();
        if (!ours) {
            Optional<JoinGuard.Wait> blocked = guessing.waitFor(network.address(), device.hash());
            if (blocked.isPresent()) {
                return new JoinCheck.TooManyAttempts(
                        blocked.get().retryAfter(), blocked.get().scope() == JoinGuard.Scope.NETWORK);
            }
        }
        if (workshop.isEmpty()) {
            guessing.recordFailure(network.address(), device.hash());
            return code.isEmpty() ? new JoinCheck.Malformed() : new JoinCheck.Unknown();
        }
        return workshop.get().isClosed()
                ? new JoinCheck.Closed()
                : new JoinCheck.Open(changes.current(workshop.get().id()));
    }

    /**
     * Joins the workshop of {@code code} from this device, or returns the participant this device already is
     * there: a second join from one tablet never creates a second participant. A new participant is refused
     * when the workshop or the table is full, or when too many joined from this network lately
     * ({@link ClassLimits}).
     */
    public ParticipantId join(
            JoinCode code, DeviceToken device, Network network, Participant.Profile profile, TableId table) {
        Workshop workshop = repository
                .workshopByCode(code)
                .filter(w -> !w.isClosed())
                .orElseThrow(() -> new ActionRefused("workshopClosed"));
        Object[] result = new Object[1];
        changes.change(workshop.id(), snapshot -> {
            Optional<ParticipantId> existing = repository
                    .participantOfDevice(device.hash())
                    .filter(p -> snapshot.participant(p).isPresent());
            if (table != null && snapshot.table(table).isEmpty()) {
                throw new ActionRefused("noSuchTable");
            }
            if (existing.isEmpty()) {
                admit(snapshot, network, table);
            }
            result[0] = existing.orElseGet(
                    () -> repository.insertParticipant(workshop.id(), table, device.hash(), profile, clock.instant()));
        });
        guessing.recognizeRoom(network.room(), workshop.id().value());
        return (ParticipantId) result[0];
    }

    /** Refuses a new participant the class has no room for, saying which limit and how to go on. */
    private void admit(WorkshopSnapshot snapshot, Network network, TableId table) {
        if (snapshot.participants().size() >= limits.maxParticipants()) {
            throw new ActionRefused("workshopFull", limits.maxParticipants());
        }
        if (table != null) {
            requireSeat(snapshot, table);
        }
        Optional<Duration> wait = guessing.joinWait(network.address());
        if (wait.isPresent()) {
            throw new ActionRefused("tooManyJoins", Math.max(1, wait.get().toSeconds()));
        }
        guessing.recordJoin(network.address());
    }

    private void requireSeat(WorkshopSnapshot snapshot, TableId table) {
        if (snapshot.members(table).size() >= limits.maxTableMembers()) {
            throw new ActionRefused(
                    "tableFull", snapshot.table(table).orElseThrow().name(), limits.maxTableMembers());
        }
    }

    /** How big a class may grow. */
    public ClassLimits limits() {
        return limits;
    }

    /** The console or projector of the workshop was opened from this room: there its code is never a guess. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void recognizeRoom(WorkshopId id, Network network) {
        guessing.recognizeRoom(network.room(), id.value());
    }

    public void chooseTable(DeviceToken device, TableId table) {
        WorkshopService.Seat seat = changes.seatOf(device).orElseThrow(() -> new ActionRefused("notJoined"));
        changes.change(seat.workshop().workshop().id(), snapshot -> {
            requireOpen(snapshot);
            if (snapshot.table(table).isEmpty()) {
                throw new ActionRefused("noSuchTable");
            }
            boolean already = snapshot.participant(seat.participant())
                    .map(p -> table.equals(p.table()))
                    .orElse(false);
            if (!already) {
                requireSeat(snapshot, table);
            }
            repository.moveParticipant(seat.participant(), table);
        });
    }

    /** A team's "we are done / need more time / need help"; only a role that marks done (the captain) says done. */
    public void reportStatus(DeviceToken device, WorkshopTable.Status status) {
        WorkshopService.Seat seat = changes.seatOf(device).orElseThrow(() -> new ActionRefused("notJoined"));
        TableId tableId = seat.workshop()
                .participant(seat.participant())
                .map(Participant::table)
                .orElseThrow(() -> new ActionRefused("noTable"));
        if (status == WorkshopTable.Status.DONE
                && !seat.workshop().capabilities(tableId, seat.participant()).contains(Method.Capability.MARKS_DONE)) {
            throw new ActionRefused("captainMarksDone");
        }
        changes.change(seat.workshop().workshop().id(), snapshot -> {
            requireOpen(snapshot);
            for (WorkshopTable table : chosen(snapshot, Set.of(tableId))) {
                repository.updateTable(table.withStatus(status));
                if (status == WorkshopTable.Status.NEED_HELP) {
                    repository.requestHelp(tableId);
                }
            }
        });
    }
}
