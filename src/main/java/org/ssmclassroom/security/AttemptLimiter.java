package org.ssmclassroom.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Counts attempts per key (a client address, a device) in a sliding window. Guessing join codes is
 * slowed to a few tries a minute, while a class of tablets behind one address can still mistype now and then.
 */
public final class AttemptLimiter {

    private final String kind;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final AttemptStore store;

    AttemptLimiter(String kind, int maxFailures, Duration window, Clock clock, AttemptStore store) {
        this.kind = kind;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.store = store;
    }

    /** How long {@code key} must wait before trying again, if it is blocked now. */
    public Optional<Duration> blockedFor(String key) {
        List<java.time.Instant> recent = recent(key);
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), recent.getFirst().plus(window)));
    }

    public void record(String key) {
        store.recordFailure(kind + ":" + key, clock.instant());
    }

    /** Attempts of {@code key} in the window now. */
    public int count(String key) {
        return recent(key).size();
    }

    private List<java.time.Instant> recent(String key) {
        return store.failuresAfter(kind + ":" + key, clock.instant().minus(window));
    }
}
