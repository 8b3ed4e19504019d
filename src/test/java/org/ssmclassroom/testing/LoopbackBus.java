package org.ssmclassroom.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.ssmclassroom.base.ClusterBus;

/**
 * Nodes of one process hearing each other, as PostgreSQL's LISTEN/NOTIFY would carry it, for tests of what a node
 * does with another's announcement: delivered at once, on the announcing thread.
 */
public final class LoopbackBus {

    private record Heard(String node, String topic, Consumer<ClusterBus.Announcement> handler) {}

    private final List<Heard> handlers = new CopyOnWriteArrayList<>();

    /** The bus as the node called {@code name} sees it. */
    public ClusterBus node(String name) {
        return new ClusterBus() {
            @Override
            public void announce(String topic, String key, String detail) {
                handlers.stream()
                        .filter(h -> !h.node().equals(name) && h.topic().equals(topic))
                        .forEach(h -> h.handler().accept(new Announcement(topic, key, detail, name)));
            }

            @Override
            public void on(String topic, Consumer<Announcement> handler) {
                handlers.add(new Heard(name, topic, handler));
            }

            @Override
            public void onMissed(Runnable resync) {}
        };
    }
}
