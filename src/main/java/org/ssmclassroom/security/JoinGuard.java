package org.ssmclassroom.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows join-code guessing without ever locking a class out. A device (its cookie) gets 6 wrong codes a minute.
 * An address (a classroom NAT or proxy puts every tablet behind one) gets 120 wrong codes in 10 minutes; beyond
 * that it is throttled, not locked: a device with no wrong code of its own may still try, one such try per
 * address every 2 seconds, so a new tablet with the right code gets in while a prankster's tablets wait. The
 * arithmetic is in docs/adr/007-join-code-guessing.md.
 */
public final class JoinGuard {

    static final Duration THROTTLED_TRY = Duration.ofSeconds(2);

    private final Clock clock;
    private final AttemptLimiter perDevice;
    private final AttemptLimiter perAddress;
    private final Map<String, Instant> throttledTries = new ConcurrentHashMap<>();

    public JoinGuard(Clock clock) {
        this.clock = clock;
        this.perDevice = new AttemptLimiter(6, Duration.ofMinutes(1), clock);
        this.perAddress = new AttemptLimiter(120, Duration.ofMinutes(10), clock);
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
        Instant[] waitUntil = {null};
        throttledTries.compute(address, (key, last) -> {
            if (last != null && last.plus(THROTTLED_TRY).isAfter(now)) {
                waitUntil[0] = last.plus(THROTTLED_TRY);
                return last;
            }
            return now;
        });
        if (throttledTries.size() > 10_000) {
            throttledTries.values().removeIf(last -> last.plus(THROTTLED_TRY).isBefore(now));
        }
        return Optional.ofNullable(waitUntil[0]).map(until -> Duration.between(now, until));
    }

    public void recordFailure(String address, String device) {
        perDevice.recordFailure(device);
        perAddress.recordFailure(address);
    }
}
