package org.ssmclassroom.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Failed attempts in this server's memory: the store of a single node. */
public final class MemoryAttemptStore implements AttemptStore {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> tries = new ConcurrentHashMap<>();
    private final Map<String, Instant> rooms = new ConcurrentHashMap<>();

    @Override
    public List<Instant> failuresAfter(String key, Instant since) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return List.of();
        }
        synchronized (recent) {
            return recent.stream().filter(at -> at.isAfter(since)).toList();
        }
    }

    @Override
    public void recordFailure(String key, Instant at) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(at);
        }
    }

    @Override
    public Optional<Instant> takeTry(String address, Instant now, Duration gap) {
        Instant[] last = {null};
        tries.compute(address, (key, before) -> {
            if (before != null && before.plus(gap).isAfter(now)) {
                last[0] = before;
                return before;
            }
            return now;
        });
        return Optional.ofNullable(last[0]);
    }

    @Override
    public void recordRoom(String room, long workshop, Instant at) {
        rooms.merge(room + "|" + workshop, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    @Override
    public boolean roomSeen(String room, long workshop, Instant since) {
        Instant seen = rooms.get(room + "|" + workshop);
        return seen != null && seen.isAfter(since);
    }

    @Override
    public void forget(Instant before, Instant roomsBefore) {
        rooms.values().removeIf(at -> !at.isAfter(roomsBefore));
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                entry.getValue().removeIf(at -> !at.isAfter(before));
                return entry.getValue().isEmpty();
            }
        });
        tries.values().removeIf(at -> at.isBefore(before));
    }

    int keys() {
        return failures.size();
    }
}
