package org.ssmclassroom.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts per key (a client address, a session) in a sliding window. Guessing join codes is
 * slowed to a few tries a minute, while a class of tablets behind one address can still mistype now and then.
 */
public final class AttemptLimiter {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private static final int MAX_KEYS = 1_000;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public AttemptLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long {@code key} must wait before trying again, if it is blocked now. */
    public Optional<Duration> blockedFor(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(
                    Duration.between(clock.instant(), recent.peekFirst().plus(window)));
        }
    }

    public void recordFailure(String key) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
        if (failures.size() > MAX_KEYS) {
            forgetQuietKeys();
        }
    }

    /** Failures of {@code key} in the window now. */
    public int failures(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size();
        }
    }

    /** Keys with no failure in the window are dropped, so the map holds only who failed lately. */
    private void forgetQuietKeys() {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                prune(entry.getValue());
                return entry.getValue().isEmpty();
            }
        });
    }

    int size() {
        return failures.size();
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
