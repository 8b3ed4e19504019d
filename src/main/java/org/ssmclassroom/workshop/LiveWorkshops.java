package org.ssmclassroom.workshop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.LiveTopic;
import org.ssmclassroom.base.Subscribers;
import org.ssmclassroom.base.WorkshopId;

/**
 * The screens following each workshop. A listener is called on the changing thread and must only hand the
 * snapshot over (a view does {@code ui.access}); the database stays the truth, this is its live mirror.
 */
@Component
class LiveWorkshops {

    private final Subscribers<WorkshopId, WorkshopSnapshot> listeners = new Subscribers<>();
    private final List<Consumer<WorkshopSnapshot>> everywhere = new CopyOnWriteArrayList<>();
    private static final LiveTopic<WorkshopId, Void> TOPIC = LiveTopic.of("workshop", WorkshopId.class);
    private ClusterBus bus = ClusterBus.SINGLE_NODE;
    /** Workshops published here lately, re-read after missed announcements (bounded by the open workshops). */
    private final java.util.Set<WorkshopId> shown = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The entry of a workshop goes when its last screen leaves, so this holds no more than the open screens. */
    Runnable subscribe(WorkshopId workshop, Consumer<WorkshopSnapshot> listener) {
        return listeners.subscribe(workshop, listener);
    }

    void subscribeAll(Consumer<WorkshopSnapshot> listener) {
        everywhere.add(listener);
    }

    /** Another node's change to a workshop is read again here for this node's screens and features. */
    void acrossNodes(ClusterBus bus, Function<WorkshopId, WorkshopSnapshot> reread) {
        this.bus = bus;
        bus.on(TOPIC, (id, nothing) -> {
            if (listeners.count(id) > 0 || !everywhere.isEmpty()) {
                local(reread.apply(id));
            }
        });
        bus.onMissed(() -> shown.forEach(id -> local(reread.apply(id))));
    }

    void publish(WorkshopSnapshot snapshot) {
        local(snapshot);
        bus.announce(TOPIC, snapshot.workshop().id(), null);
    }

    private void local(WorkshopSnapshot snapshot) {
        if (snapshot.workshop().isClosed()) {
            shown.remove(snapshot.workshop().id());
        } else {
            shown.add(snapshot.workshop().id());
        }
        listeners.publish(snapshot.workshop().id(), snapshot);
        everywhere.forEach(listener -> listener.accept(snapshot));
    }

    int followers(WorkshopId workshop) {
        return listeners.count(workshop);
    }
}
