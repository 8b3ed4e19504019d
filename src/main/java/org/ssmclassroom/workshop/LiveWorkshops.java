package org.ssmclassroom.workshop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.ssmclassroom.base.Subscribers;
import org.ssmclassroom.workshop.Ids.WorkshopId;

/**
 * The screens following each workshop. A listener is called on the changing thread and must only hand the
 * snapshot over (a view does {@code ui.access}); the database stays the truth, this is its live mirror.
 */
@Component
class LiveWorkshops {

    private final Subscribers<WorkshopId, WorkshopSnapshot> listeners = new Subscribers<>();
    private final List<Consumer<WorkshopSnapshot>> everywhere = new CopyOnWriteArrayList<>();

    /** The entry of a workshop goes when its last screen leaves, so this holds no more than the open screens. */
    Runnable subscribe(WorkshopId workshop, Consumer<WorkshopSnapshot> listener) {
        return listeners.subscribe(workshop, listener);
    }

    void subscribeAll(Consumer<WorkshopSnapshot> listener) {
        everywhere.add(listener);
    }

    void publish(WorkshopSnapshot snapshot) {
        listeners.publish(snapshot.workshop().id(), snapshot);
        everywhere.forEach(listener -> listener.accept(snapshot));
    }

    int followers(WorkshopId workshop) {
        return listeners.count(workshop);
    }
}
