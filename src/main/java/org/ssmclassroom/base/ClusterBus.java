package org.ssmclassroom.base;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * How the app's nodes tell each other that something changed, so each re-reads it from the database for the
 * screens it serves. The database stays the truth: an announcement says only what to re-read. On one node
 * (the default, with H2) nothing is sent and nothing is heard.
 */
public interface ClusterBus {

    /** What another node ({@code from}) changed: a topic (a feature's live mirror), the key and a short detail. */
    record Announcement(String topic, String key, String detail, String from) {}

    /** Whether other nodes share the database: state that must be common (guessing limits) is kept there. */
    default boolean severalNodes() {
        return true;
    }

    /** Tells the other nodes, after the change has committed. */
    default <K, D> void announce(LiveTopic<K, D> topic, K key, D detail) {
        announce(topic.name(), topic.writeKey(key), topic.writeDetail(detail));
    }

    /** What to do when another node announces on {@code topic}; called on a thread of the bus's own. */
    default <K, D> void on(LiveTopic<K, D> topic, BiConsumer<K, D> handler) {
        on(topic.name(), heard -> handler.accept(topic.readKey(heard.key()), topic.readDetail(heard.detail())));
    }

    /** The transport's side of {@link #announce(LiveTopic, Object, Object)}: key and detail in JSON. */
    void announce(String topic, String key, String detail);

    /** The transport's side of {@link #on(LiveTopic, BiConsumer)}. */
    void on(String topic, Consumer<Announcement> handler);

    /**
     * What to do when announcements may have been missed (the bus lost its connection and got it back): re-read
     * everything that is shown.
     */
    void onMissed(Runnable resync);

    /** One node: nothing to tell, nothing to hear. */
    ClusterBus SINGLE_NODE = new ClusterBus() {
        @Override
        public boolean severalNodes() {
            return false;
        }

        @Override
        public void announce(String topic, String key, String detail) {}

        @Override
        public void on(String topic, Consumer<Announcement> handler) {}

        @Override
        public void onMissed(Runnable resync) {}
    };
}
