package org.ssmclassroom.base;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Screens following something by key (a workshop, a board). A listener is called on the changing thread and
 * must only hand the value over; a key's entry goes when its last listener leaves. Across nodes, a publication is
 * also announced, and another node's announcement is re-read here for the screens of this node.
 */
public final class Subscribers<K, V> {

    private final Map<K, List<Consumer<V>>> listeners = new ConcurrentHashMap<>();
    private ClusterBus bus = ClusterBus.SINGLE_NODE;
    private Announcing<K, V, ?> announcing;

    /** The topic and how a value says what it changed, kept together so that their types agree. */
    private record Announcing<K, V, D>(LiveTopic<K, D> topic, Function<V, D> detail) {
        void announce(ClusterBus bus, K key, V value) {
            bus.announce(topic, key, detail.apply(value));
        }
    }

    /**
     * Makes these subscribers hear the other nodes: {@code reread} builds the value again from the database for
     * a key and the announced detail (null after missed announcements), {@code detail} says what a value changed.
     */
    public <D> Subscribers<K, V> acrossNodes(
            ClusterBus bus, LiveTopic<K, D> topic, BiFunction<K, D, V> reread, Function<V, D> detail) {
        this.bus = bus;
        this.announcing = new Announcing<>(topic, detail);
        bus.on(topic, (changed, what) -> {
            if (count(changed) > 0) {
                local(changed, reread.apply(changed, what));
            }
        });
        bus.onMissed(() -> listeners.keySet().forEach(shown -> local(shown, reread.apply(shown, null))));
        return this;
    }

    /** Starts delivering; the returned action stops it. */
    public Runnable subscribe(K key, Consumer<V> listener) {
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Delivers to this node's screens and tells the other nodes. */
    public void publish(K key, V value) {
        local(key, value);
        if (announcing != null) {
            announcing.announce(bus, key, value);
        }
    }

    private void local(K key, V value) {
        listeners.getOrDefault(key, List.of()).forEach(listener -> listener.accept(value));
    }

    public int count(K key) {
        return listeners.getOrDefault(key, List.of()).size();
    }
}
