package org.ssmclassroom.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Origin;
import org.ssmclassroom.scenario.PackUsage;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.security.DeviceToken;

/**
 * Workshops as the classroom lives them: created, started and closed by an instructor, and read by the screens and
 * other features (a workshop as it is now, where a device sits, following its changes). The instructor's steering
 * of a running workshop is {@link WorkshopSteering}'s, the trainees' side {@link Trainees}'; every change of all
 * three goes through {@link WorkshopChanges}: written under the workshop's row lock, then published as a new
 * snapshot to every screen following the workshop.
 */
@Service
public class WorkshopService implements PackUsage {

    private static final Logger log = LoggerFactory.getLogger(WorkshopService.class);
    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";

    private final WorkshopChanges changes;
    private final WorkshopRepository repository;
    private final ScenarioLibrary library;
    private final Clock clock;
    private final TransactionTemplate transactions;

    WorkshopService(
            WorkshopChanges changes,
            WorkshopRepository repository,
            ScenarioLibrary library,
            Clock clock,
            TransactionTemplate transactions) {
        this.changes = changes;
        this.repository = repository;
        this.library = library;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** A pack behind a workshop that is not closed must stay in the library. */
    @Override
    public boolean inUse(String packId) {
        return repository.packInUse(packId);
    }

    // ---- instructor: workshops ----

    @PreAuthorize(INSTRUCTOR)
    public WorkshopId create(NewWorkshop request, String instructor) {
        if (library.pack(request.packId()).filter(ScenarioPack::isCase).isEmpty()) {
            throw new IllegalArgumentException("no valid case pack '" + request.packId() + "'");
        }
        WorkshopId id = transactions.execute(status -> {
            JoinCode code = JoinCode.random();
            while (repository.joinCodeTaken(code)) {
                code = JoinCode.random();
            }
            WorkshopId created = repository.insertWorkshop(
                    request.name(),
                    request.date(),
                    request.packId(),
                    request.language(),
                    code,
                    instructor,
                    clock.instant());
            for (int i = 0; i < request.tableNames().size(); i++) {
                repository.insertTable(created, i + 1, request.tableNames().get(i));
            }
            return created;
        });
        log.info(
                "Workshop {} '{}' created by {} with {} tables",
                id.value(),
                request.name(),
                instructor,
                request.tableNames().size());
        return id;
    }

    @PreAuthorize(INSTRUCTOR)
    public List<Workshop> workshops() {
        return repository.workshops();
    }

    /** The case packs a new workshop can run, in the library's order. */
    @PreAuthorize(INSTRUCTOR)
    public List<ScenarioPack> cases() {
        return library.entries().stream()
                .map(e -> library.pack(e.id()))
                .flatMap(Optional::stream)
                .filter(ScenarioPack::isCase)
                .toList();
    }

    /**
     * The case proposed for a new workshop: the newest workshop's, the likeliest choice; for a first workshop a
     * case from the deck; else the first case there is.
     */
    @PreAuthorize(INSTRUCTOR)
    public Optional<ScenarioPack> proposedCase() {
        return proposed(
                cases(), repository.workshops().stream().map(Workshop::packId).findFirst());
    }

    static Optional<ScenarioPack> proposed(List<ScenarioPack> cases, Optional<String> lastUsed) {
        return cases.stream()
                .filter(p -> lastUsed.filter(p.id()::equals).isPresent())
                .findFirst()
                .or(() -> cases.stream()
                        .filter(p -> p.manifest().origin() == Origin.DECK)
                        .findFirst())
                .or(() -> cases.stream().findFirst());
    }

    @PreAuthorize(INSTRUCTOR)
    public WorkshopSnapshot snapshot(WorkshopId id) {
        return changes.current(id);
    }

    @PreAuthorize(INSTRUCTOR)
    public void start(WorkshopId id) {
        changes.change(
                id,
                snapshot -> repository.updateState(
                        id,
                        WorkshopChanges.requireOpen(snapshot).state() == Workshop.State.LOBBY
                                ? Workshop.State.RUNNING
                                : snapshot.workshop().state()));
    }

    /** Closes the workshop: read-only from now on, and its join code stops working. */
    @PreAuthorize(INSTRUCTOR)
    public void close(WorkshopId id) {
        changes.change(id, snapshot -> {
            if (!snapshot.workshop().isArchived()) {
                repository.updateState(id, Workshop.State.CLOSED);
            }
        });
    }

    /** Where this device sits: its participant and the workshop as it is now. */
    public Optional<Seat> seatOf(DeviceToken device) {
        return changes.seatOf(device);
    }

    public record Seat(ParticipantId participant, WorkshopSnapshot workshop) {}

    /**
     * The workshop a table belongs to, as it is now: for other features' services (boards check the clock and
     * seating with it), not for showing to trainees.
     */
    public WorkshopSnapshot snapshotOfTable(TableId table) {
        return changes.current(changes.workshopOf(table));
    }

    /** When the table's time ran out on the exercise, the last time it did; empty while it never has. */
    public Optional<Instant> timeUp(TableId table, String exerciseId) {
        return repository.timeUp(table, exerciseId);
    }

    // ---- live ----

    /**
     * Holds the workshop's lock until the caller's transaction ends: other features' actions whose check and write
     * must not interleave with another node's (a release, and a mark that would dispute it) take it first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockUntilCommit(WorkshopId id) {
        repository.lockWorkshop(id);
    }

    /** Follows every workshop, for other features' services (boards lock when a clock ends). */
    public void followAll(Consumer<WorkshopSnapshot> listener) {
        changes.followAll(listener);
    }

    /** Follows a workshop; the returned action stops following. */
    public Runnable follow(WorkshopId id, Consumer<WorkshopSnapshot> listener) {
        return changes.follow(id, listener);
    }

    public Instant now() {
        return clock.instant();
    }

    /** For the memory checks: snapshots kept in memory, and workshops screens follow. */
    int cachedSnapshots() {
        return changes.cachedSnapshots();
    }
}
