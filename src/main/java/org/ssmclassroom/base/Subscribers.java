package org.ssmclassroom.base;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Screens following something by key (a workshop, a board). A listener is called on the changing thread and
 * must only hand the value over; a key's entry goes when its last listener leaves.
 */
public final class Subscribers<K, V> {

    private final Map<K, List<Consumer<V>>> listeners = new ConcurrentHashMap<>();

    /** Starts delivering; the returned action stops it. */
    public Runnable subscribe(K key, Consumer<V> listener) {
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    public void publish(K key, V value) {
        listeners.getOrDefault(key, List.of()).forEach(listener -> listener.accept(value));
    }

    public int count(K key) {
        return listeners.getOrDefault(key, List.of()).size();
    }
}
