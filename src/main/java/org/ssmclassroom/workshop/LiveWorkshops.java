package org.ssmclassroom.workshop;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.ssmclassroom.workshop.Ids.WorkshopId;

/**
 * The screens following each workshop. A listener is called on the changing thread and must only hand the
 * snapshot over (a view does {@code ui.access}); the database stays the truth, this is its live mirror.
 */
@Component
class LiveWorkshops {

    private final Map<WorkshopId, List<Consumer<WorkshopSnapshot>>> listeners = new ConcurrentHashMap<>();
    private final List<Consumer<WorkshopSnapshot>> everywhere = new CopyOnWriteArrayList<>();

    /** The entry of a workshop goes when its last screen leaves, so this holds no more than the open screens. */
    Runnable subscribe(WorkshopId workshop, Consumer<WorkshopSnapshot> listener) {
        listeners.computeIfAbsent(workshop, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(workshop, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void subscribeAll(Consumer<WorkshopSnapshot> listener) {
        everywhere.add(listener);
    }

    void publish(WorkshopSnapshot snapshot) {
        listeners.getOrDefault(snapshot.workshop().id(), List.of()).forEach(listener -> listener.accept(snapshot));
        everywhere.forEach(listener -> listener.accept(snapshot));
    }

    int followers(WorkshopId workshop) {
        return listeners.getOrDefault(workshop, List.of()).size();
    }
}
