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
    private String topic;
    private Function<V, String> detail = value -> "";
    private Function<K, String> keyOut = String::valueOf;

    /**
     * Makes these subscribers hear the other nodes: {@code reread} builds the value again from the database for
     * a key and the announced detail (null after missed announcements), {@code detail} says what a value changed.
     */
    public Subscribers<K, V> acrossNodes(
            ClusterBus bus,
            String topic,
            Function<K, String> keyOut,
            Function<String, K> key,
            BiFunction<K, String, V> reread,
            Function<V, String> detail) {
        this.bus = bus;
        this.topic = topic;
        this.keyOut = keyOut;
        this.detail = detail;
        bus.on(topic, announced -> {
            K changed = key.apply(announced.key());
            if (count(changed) > 0) {
                local(changed, reread.apply(changed, announced.detail()));
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
        if (topic != null) {
            bus.announce(topic, keyOut.apply(key), detail.apply(value));
        }
    }

    private void local(K key, V value) {
        listeners.getOrDefault(key, List.of()).forEach(listener -> listener.accept(value));
    }

    public int count(K key) {
        return listeners.getOrDefault(key, List.of()).size();
    }
}
