package org.ssmclassroom.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nodes' announcements over PostgreSQL's LISTEN/NOTIFY on one channel. A notification sent inside a
 * transaction is delivered at its commit, and only then. A node that lost its listening connection listens again
 * and asks every feature to re-read what it shows, since announcements in between are gone.
 */
final class PostgresClusterBus implements ClusterBus, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresClusterBus.class);
    private static final String CHANNEL = "ssm_live";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, List<Consumer<Announcement>>> handlers = new ConcurrentHashMap<>();
    private final List<Runnable> resyncs = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private final Thread listener;

    PostgresClusterBus(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.listener = Thread.ofPlatform().daemon().name("cluster-bus").start(this::listen);
    }

    @Override
    public void announce(String topic, String key, String detail) {
        String payload = JSON.writeValueAsString(new Announcement(topic, key, detail, node));
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload).query().singleRow();
    }

    @Override
    public void on(String topic, Consumer<Announcement> handler) {
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    @Override
    public void onMissed(Runnable resync) {
        resyncs.add(resync);
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    LOG.info("Listening for other nodes again; re-reading what this node shows");
                    resyncs.forEach(resync -> Thread.startVirtualThread(resync));
                }
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(500);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Lost the connection that hears other nodes ({}); trying again", e.getMessage());
                    first = false;
                    pause();
                }
            }
        }
    }

    private void deliver(String payload) {
        Announcement announcement;
        try {
            announcement = JSON.readValue(payload, Announcement.class);
        } catch (JacksonException notOurs) {
            LOG.warn("Ignoring a notification that is not an announcement: {}", payload);
            return;
        }
        if (node.equals(announcement.from())) {
            return;
        }
        handlers.getOrDefault(announcement.topic(), List.of())
                .forEach(handler -> Thread.startVirtualThread(() -> {
                    try {
                        handler.accept(announcement);
                    } catch (RuntimeException e) {
                        LOG.warn("Re-reading {} after another node's change failed", announcement, e);
                    }
                }));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
    }
}
