package org.ssmclassroom.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.StripedLocks;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Origin;
import org.ssmclassroom.scenario.PackUsage;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.security.JoinGuard;
import org.ssmclassroom.security.Network;
import org.ssmclassroom.workshop.Ids.ParticipantId;
import org.ssmclassroom.workshop.Ids.TableId;
import org.ssmclassroom.workshop.Ids.WorkshopId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Workshops as the classroom lives them. Every change is authorized here (instructor methods need the
 * instructor role; trainee methods act only for the participant of the calling device), written to H2 under a
 * per-workshop lock, and then published as a new snapshot to every screen following the workshop.
 */
@Service
public class WorkshopService implements PackUsage {

    private static final Logger log = LoggerFactory.getLogger(WorkshopService.class);
    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorkshopRepository repository;
    private final ScenarioLibrary library;
    private final LiveWorkshops live;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final JoinGuard guessing;
    private final ClassLimits limits;
    private final boolean severalNodes;
    private final AtomicLong revisions = new AtomicLong();
    private final Map<WorkshopId, WorkshopSnapshot> snapshots = new ConcurrentHashMap<>();
    private final StripedLocks locks = new StripedLocks(64);
    /** Snapshots kept beyond those of followed workshops; closed workshops are never kept. */
    private static final int CACHED = 32;

    WorkshopService(
            WorkshopRepository repository,
            ScenarioLibrary library,
            LiveWorkshops live,
            Clock clock,
            TransactionTemplate transactions,
            org.ssmclassroom.base.ClusterBus bus,
            org.ssmclassroom.security.AttemptStore attempts,
            ClassLimits limits) {
        this.repository = repository;
        this.library = library;
        this.live = live;
        this.clock = clock;
        this.transactions = transactions;
        this.limits = limits;
        this.guessing = new JoinGuard(clock, attempts, limits.joinsPerAddress());
        this.severalNodes = bus.severalNodes();
        live.acrossNodes(bus, this::reload);
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
        return current(id);
    }

    @PreAuthorize(INSTRUCTOR)
    public void start(WorkshopId id) {
        change(
                id,
                snapshot -> repository.updateState(
                        id,
                        requireOpen(snapshot).state() == Workshop.State.LOBBY
                                ? Workshop.State.RUNNING
                                : snapshot.workshop().state()));
    }

    /** Closes the workshop: read-only from now on, and its join code stops working. */
    @PreAuthorize(INSTRUCTOR)
    public void close(WorkshopId id) {
        change(id, snapshot -> {
            if (!snapshot.workshop().isArchived()) {
                repository.updateState(id, Workshop.State.CLOSED);
            }
        });
    }

    @PreAuthorize(INSTRUCTOR)
    public void renameTable(TableId tableId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new ActionRefused("tableName", 100);
        }
        updateTables(workshopOf(tableId), Set.of(tableId), table -> table.withName(trimmed));
    }

    // ---- instructor: agenda ----

    /**
     * Opens an exercise on the given tables (none = all), which also starts a workshop still in its lobby; the
     * tables' earlier state can be restored by undo.
     */
    @PreAuthorize(INSTRUCTOR)
    public void openExercise(WorkshopId id, String exerciseId, Set<TableId> tables) {
        change(id, snapshot -> {
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

    /** Puts one of the method's concept cards on the projector, or takes it off ({@code cardId} null). */
    @PreAuthorize(INSTRUCTOR)
    public void projectCard(WorkshopId id, String cardId) {
        change(id, snapshot -> {
            requireOpen(snapshot);
            if (cardId != null && snapshot.pack().method().card(cardId).isEmpty()) {
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
        change(id, snapshot -> {
            requireOpen(snapshot);
            off[0] = repository.takeOffProjectedCard(id, cardId);
        });
        return off[0];
    }

    /** Undoes the last agenda change: the tables it touched get their exercise, status and clock back. */
    @PreAuthorize(INSTRUCTOR)
    public boolean undo(WorkshopId id) {
        boolean[] undone = {false};
        change(id, snapshot -> {
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

    // ---- instructor: clock ----

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
            WorkshopId workshop = workshopOf(table);
            WorkshopSnapshot expired = null;
            synchronized (lock(workshop)) {
                if (Boolean.TRUE.equals(transactions.execute(status -> repository.expire(table, now)))) {
                    expired = reload(workshop);
                }
            }
            if (expired != null) {
                live.publish(expired);
            }
        }
    }

    // ---- instructor: people and roles ----

    @PreAuthorize(INSTRUCTOR)
    public void moveParticipant(ParticipantId participant, TableId table) {
        WorkshopId id = repository.workshopOfParticipant(participant).orElseThrow();
        change(id, snapshot -> {
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
        change(id, snapshot -> {
            requireOpen(snapshot);
            repository.removeParticipant(participant);
        });
    }

    /** Replaces the rotation for one member in the table's current exercise; the spokesperson role moves. */
    @PreAuthorize(INSTRUCTOR)
    public void overrideRoles(TableId tableId, ParticipantId participant, List<String> roles) {
        WorkshopId id = workshopOf(tableId);
        change(id, snapshot -> {
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

    // ---- trainees ----

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
                : new JoinCheck.Open(current(workshop.get().id()));
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
        change(workshop.id(), snapshot -> {
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
    @PreAuthorize(INSTRUCTOR)
    public void recognizeRoom(WorkshopId id, Network network) {
        guessing.recognizeRoom(network.room(), id.value());
    }

    /** Where this device sits: its participant and the workshop as it is now. */
    public Optional<Seat> seatOf(DeviceToken device) {
        return repository
                .participantOfDevice(device.hash())
                .flatMap(participant -> repository
                        .workshopOfParticipant(participant)
                        .map(this::current)
                        .filter(snapshot -> snapshot.participant(participant).isPresent())
                        .map(snapshot -> new Seat(participant, snapshot)));
    }

    public record Seat(ParticipantId participant, WorkshopSnapshot workshop) {}

    public void chooseTable(DeviceToken device, TableId table) {
        Seat seat = seatOf(device).orElseThrow(() -> new ActionRefused("notJoined"));
        change(seat.workshop().workshop().id(), snapshot -> {
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
        Seat seat = seatOf(device).orElseThrow(() -> new ActionRefused("notJoined"));
        TableId tableId = seat.workshop()
                .participant(seat.participant())
                .map(Participant::table)
                .orElseThrow(() -> new ActionRefused("noTable"));
        if (status == WorkshopTable.Status.DONE
                && !seat.workshop().capabilities(tableId, seat.participant()).contains(Method.Capability.MARKS_DONE)) {
            throw new ActionRefused("captainMarksDone");
        }
        change(seat.workshop().workshop().id(), snapshot -> {
            requireOpen(snapshot);
            for (WorkshopTable table : chosen(snapshot, Set.of(tableId))) {
                repository.updateTable(table.withStatus(status));
                if (status == WorkshopTable.Status.NEED_HELP) {
                    repository.requestHelp(tableId);
                }
            }
        });
    }

    /** The instructor went to the table: its help request is handled, whatever the team signalled since. */
    @PreAuthorize(INSTRUCTOR)
    public void helpHandled(TableId tableId) {
        change(workshopOf(tableId), snapshot -> {
            requireOpen(snapshot);
            chosen(snapshot, Set.of(tableId)).forEach(table -> repository.helpHandled(table.id()));
        });
    }

    @PreAuthorize(INSTRUCTOR)
    public void acknowledge(TableId tableId) {
        updateTables(workshopOf(tableId), Set.of(tableId), table -> table.withStatus(WorkshopTable.Status.WORKING));
    }

    /**
     * The workshop a table belongs to, as it is now: for other features' services (boards check the clock and
     * seating with it), not for showing to trainees.
     */
    public WorkshopSnapshot snapshotOfTable(TableId table) {
        return current(workshopOf(table));
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
        live.subscribeAll(listener);
    }

    /** Follows a workshop; the returned action stops following. */
    public Runnable follow(WorkshopId id, Consumer<WorkshopSnapshot> listener) {
        return live.subscribe(id, listener);
    }

    public Instant now() {
        return clock.instant();
    }

    /** For the memory checks: snapshots kept in memory, and workshops screens follow. */
    int cachedSnapshots() {
        return snapshots.size();
    }

    // ---- internals ----

    private void changeClocks(WorkshopId id, Set<TableId> tables, ClockChange change) {
        change(id, snapshot -> {
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
        change(id, snapshot -> {
            requireOpen(snapshot);
            chosen(snapshot, tables).forEach(table -> repository.updateTable(update.apply(table)));
        });
    }

    private static List<WorkshopTable> chosen(WorkshopSnapshot snapshot, Collection<TableId> tables) {
        if (tables == null || tables.isEmpty()) {
            return snapshot.tables();
        }
        List<WorkshopTable> chosen = new ArrayList<>();
        for (TableId table : tables) {
            chosen.add(snapshot.table(table).orElseThrow(() -> new ActionRefused("noSuchTable")));
        }
        return chosen;
    }

    private static Workshop requireOpen(WorkshopSnapshot snapshot) {
        if (snapshot.workshop().isClosed()) {
            throw new ActionRefused("workshopClosed");
        }
        return snapshot.workshop();
    }

    /**
     * One user action: one transaction that first takes the workshop's row lock, so that what it reads is what it
     * writes over on every node (ADR 023); the JVM lock only keeps this node's cached snapshot in order. Then the
     * new snapshot for every screen.
     */
    private void change(WorkshopId id, Consumer<WorkshopSnapshot> change) {
        WorkshopSnapshot changed;
        synchronized (lock(id)) {
            transactions.executeWithoutResult(status -> {
                repository.lockWorkshop(id);
                change.accept(current(id));
            });
            changed = reload(id);
        }
        live.publish(changed);
    }

    /** The workshop as the next action sees it; with several nodes always read, as another may have changed it. */
    private WorkshopSnapshot current(WorkshopId id) {
        if (severalNodes) {
            return load(id);
        }
        WorkshopSnapshot cached = snapshots.get(id);
        if (cached != null) {
            return cached;
        }
        WorkshopSnapshot snapshot = snapshots.computeIfAbsent(id, this::load);
        if (snapshot.workshop().isClosed()) {
            snapshots.remove(id, snapshot);
        } else if (snapshots.size() > CACHED) {
            snapshots.keySet().removeIf(other -> !other.equals(id) && live.followers(other) == 0);
        }
        return snapshot;
    }

    /**
     * Reads the workshop again after a change; a closed workshop leaves the cache, its screens get it once more.
     * With several nodes nothing is cached: every action reads the workshop (see {@link #current}).
     */
    private WorkshopSnapshot reload(WorkshopId id) {
        WorkshopSnapshot snapshot = load(id);
        if (snapshot.workshop().isClosed() || severalNodes) {
            snapshots.remove(id);
        } else {
            snapshots.put(id, snapshot);
        }
        return snapshot;
    }

    private WorkshopSnapshot load(WorkshopId id) {
        Workshop workshop =
                repository.workshop(id).orElseThrow(() -> new IllegalArgumentException("no workshop " + id));
        ScenarioPack pack = library.pack(workshop.packId())
                .orElseThrow(() -> new IllegalStateException("the case pack '" + workshop.packId() + "' is gone"));
        return new WorkshopSnapshot(
                revisions.incrementAndGet(),
                workshop,
                pack,
                repository.tables(id),
                repository.participants(id),
                repository.overrides(id),
                repository.hasSteps(id));
    }

    private WorkshopId workshopOf(TableId table) {
        return repository.workshopOfTable(table).orElseThrow(() -> new IllegalArgumentException("no table " + table));
    }

    private Object lock(WorkshopId id) {
        return locks.of(id.value());
    }
}
