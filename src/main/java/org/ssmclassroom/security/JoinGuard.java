package org.ssmclassroom.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows join-code guessing without ever locking a class out. A device (its cookie) gets 6 wrong codes a minute.
 * An address (a classroom NAT or proxy puts every tablet behind one) gets 120 wrong codes in 10 minutes; beyond
 * that it is throttled, not locked: a device with no wrong code of its own may still try, one such try per
 * address every 2 seconds, so a new tablet with the right code gets in while a prankster's tablets wait. The
 * arithmetic is in docs/adr/007-join-code-guessing.md.
 */
public final class JoinGuard {

    static final Duration THROTTLED_TRY = Duration.ofSeconds(2);

    /** The longest window counted; what is older is forgotten. */
    private static final Duration REMEMBERED = Duration.ofMinutes(10);

    private final Clock clock;
    private final AttemptStore store;
    private final AttemptLimiter perDevice;
    private final AttemptLimiter perAddress;
    private volatile Instant forgotten = Instant.MIN;

    public JoinGuard(Clock clock) {
        this(clock, new MemoryAttemptStore());
    }

    public JoinGuard(Clock clock, AttemptStore store) {
        this.clock = clock;
        this.store = store;
        this.perDevice = new AttemptLimiter("device", 6, Duration.ofMinutes(1), clock, store);
        this.perAddress = new AttemptLimiter("address", 120, REMEMBERED, clock, store);
    }

    /** How long this device must wait before its next try, if at all; a free try is taken now. */
    public Optional<Duration> waitFor(String address, String device) {
        Optional<Duration> deviceWait = perDevice.blockedFor(device);
        if (deviceWait.isPresent() || perAddress.blockedFor(address).isEmpty()) {
            return deviceWait;
        }
        if (perDevice.failures(device) > 0) {
            return perAddress.blockedFor(address);
        }
        Instant now = clock.instant();
        return store.takeTry(address, now, THROTTLED_TRY).map(last -> Duration.between(now, last.plus(THROTTLED_TRY)));
    }

    public void recordFailure(String address, String device) {
        perDevice.recordFailure(device);
        perAddress.recordFailure(address);
        Instant now = clock.instant();
        // Once a minute at most, what no window counts any more is dropped: memory and table stay small.
        if (forgotten.plus(Duration.ofMinutes(1)).isBefore(now)) {
            forgotten = now;
            store.forget(now.minus(REMEMBERED));
        }
    }
}
