package org.ssmclassroom.workshop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.StripedLocks;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.security.DeviceToken;

/**
 * The one way a workshop changes, for the workshop's services: each action in one transaction that first takes the
 * workshop's row lock (ADR 023), then the workshop re-read into a new snapshot for every screen following it. Holds
 * this node's cache of snapshots.
 */
@Component
class WorkshopChanges {

    private final WorkshopRepository repository;
    private final ScenarioLibrary library;
    private final LiveWorkshops live;
    private final TransactionTemplate transactions;
    private final boolean severalNodes;
    private final AtomicLong revisions = new AtomicLong();
    private final Map<WorkshopId, WorkshopSnapshot> snapshots = new ConcurrentHashMap<>();
    /*
     * The row lock makes changes safe between nodes; this node's lock also keeps its cached snapshot in step: a change
     * reads the cache, and the reload after it must not be overtaken by an older reload of a change made just before.
     * Waiting here rather than on the row also keeps a burst of taps from holding one pooled connection each.
     */
    private final StripedLocks locks = new StripedLocks(64);
    /** Snapshots kept beyond those of followed workshops; closed workshops are never kept. */
    private static final int CACHED = 32;

    WorkshopChanges(
            WorkshopRepository repository,
            ScenarioLibrary library,
            LiveWorkshops live,
            TransactionTemplate transactions,
            ClusterBus bus) {
        this.repository = repository;
        this.library = library;
        this.live = live;
        this.transactions = transactions;
        this.severalNodes = bus.severalNodes();
        live.acrossNodes(bus, this::reload);
    }

    /**
     * One user action: one transaction that first takes the workshop's row lock, so that what it reads is what it
     * writes over on every node (ADR 023); the JVM lock only keeps this node's cached snapshot in order. Then the
     * new snapshot for every screen.
     */
    void change(WorkshopId id, Consumer<WorkshopSnapshot> change) {
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

    /**
     * A change made by one conditional statement, which succeeds for exactly one caller on any node (a clock's
     * expiry); only when it did are the screens told.
     */
    void changeIf(WorkshopId id, BooleanSupplier write) {
        WorkshopSnapshot changed = null;
        synchronized (lock(id)) {
            if (Boolean.TRUE.equals(transactions.execute(status -> write.getAsBoolean()))) {
                changed = reload(id);
            }
        }
        if (changed != null) {
            live.publish(changed);
        }
    }

    /** The workshop as the next action sees it; with several nodes always read, as another may have changed it. */
    WorkshopSnapshot current(WorkshopId id) {
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

    /** Where this device sits: its participant and the workshop as it is now. */
    Optional<WorkshopService.Seat> seatOf(DeviceToken device) {
        return repository
                .participantOfDevice(device.hash())
                .flatMap(participant -> repository
                        .workshopOfParticipant(participant)
                        .map(this::current)
                        .filter(snapshot -> snapshot.participant(participant).isPresent())
                        .map(snapshot -> new WorkshopService.Seat(participant, snapshot)));
    }

    WorkshopId workshopOf(TableId table) {
        return repository.workshopOfTable(table).orElseThrow(() -> new IllegalArgumentException("no table " + table));
    }

    void followAll(Consumer<WorkshopSnapshot> listener) {
        live.subscribeAll(listener);
    }

    Runnable follow(WorkshopId id, Consumer<WorkshopSnapshot> listener) {
        return live.subscribe(id, listener);
    }

    int cachedSnapshots() {
        return snapshots.size();
    }

    /** The tables an action names, all of them when it names none; an unknown table refuses the action. */
    static List<WorkshopTable> chosen(WorkshopSnapshot snapshot, Collection<TableId> tables) {
        if (tables == null || tables.isEmpty()) {
            return snapshot.tables();
        }
        List<WorkshopTable> chosen = new ArrayList<>();
        for (TableId table : tables) {
            chosen.add(snapshot.table(table).orElseThrow(() -> new ActionRefused("noSuchTable")));
        }
        return chosen;
    }

    static Workshop requireOpen(WorkshopSnapshot snapshot) {
        if (snapshot.workshop().isClosed()) {
            throw new ActionRefused("workshopClosed");
        }
        return snapshot.workshop();
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

    private Object lock(WorkshopId id) {
        return locks.of(id.value());
    }
}
