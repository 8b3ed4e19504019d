package org.ssmclassroom.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows join-code guessing without ever locking a class out. A device (its cookie) gets 6 wrong codes a minute.
 * An address (a classroom NAT or proxy puts every tablet behind one) gets 120 wrong codes in 10 minutes; beyond
 * that it is throttled: a device with no wrong code of its own may still try, one such try per address every 2
 * seconds. And a class's own code is never a guess from its own room: once a tablet of the workshop joined from
 * a network, or its console or projector was opened there, that code always works there, however many wrong
 * codes a prankster in the room sends. New participants per address are limited too, leniently. The arithmetic
 * is in docs/adr/007-join-code-guessing.md and docs/adr/022-a-class-is-never-locked-out.md.
 */
public final class JoinGuard {

    static final Duration THROTTLED_TRY = Duration.ofSeconds(2);

    /** The longest window counted; what is older is forgotten. */
    private static final Duration REMEMBERED = Duration.ofMinutes(10);

    /** How long a room is remembered as the room of a workshop: longer than a course day. */
    static final Duration ROOM_REMEMBERED = Duration.ofHours(14);

    /** Why a try must wait: this tablet's own wrong codes, or the whole network's. */
    public enum Scope {
        DEVICE,
        NETWORK
    }

    public record Wait(Duration retryAfter, Scope scope) {}

    private final Clock clock;
    private final AttemptStore store;
    private final AttemptLimiter perDevice;
    private final AttemptLimiter perAddress;
    private final AttemptLimiter joins;
    private volatile Instant forgotten = Instant.MIN;

    public JoinGuard(Clock clock) {
        this(clock, new MemoryAttemptStore(), 120);
    }

    public JoinGuard(Clock clock, AttemptStore store, int joinsPerAddress) {
        this.clock = clock;
        this.store = store;
        this.perDevice = new AttemptLimiter("device", 6, Duration.ofMinutes(1), clock, store);
        this.perAddress = new AttemptLimiter("address", 120, REMEMBERED, clock, store);
        this.joins = new AttemptLimiter("joined", joinsPerAddress, REMEMBERED, clock, store);
    }

    /** How long this device must wait before its next try, if at all; a free try is taken now. */
    public Optional<Wait> waitFor(String address, String device) {
        Optional<Duration> deviceWait = perDevice.blockedFor(device);
        if (deviceWait.isPresent()) {
            return deviceWait.map(wait -> new Wait(wait, Scope.DEVICE));
        }
        if (perAddress.blockedFor(address).isEmpty()) {
            return Optional.empty();
        }
        if (perDevice.count(device) > 0) {
            return perAddress.blockedFor(address).map(wait -> new Wait(wait, Scope.NETWORK));
        }
        Instant now = clock.instant();
        return store.takeTry(address, now, THROTTLED_TRY)
                .map(last -> new Wait(Duration.between(now, last.plus(THROTTLED_TRY)), Scope.NETWORK));
    }

    public void recordFailure(String address, String device) {
        perDevice.record(device);
        perAddress.record(address);
        forgetNowAndThen();
    }

    /** Remembers that the workshop is used from this room: a tablet joined, or its console or projector opened. */
    public void recognizeRoom(String room, long workshop) {
        store.recordRoom(room, workshop, clock.instant());
    }

    /** Whether the workshop was used from this room lately: then its code is no guess from there. */
    public boolean isRoomOf(String room, long workshop) {
        return store.roomSeen(room, workshop, clock.instant().minus(ROOM_REMEMBERED));
    }

    /** How long this address must wait before another new participant may join from it, if at all. */
    public Optional<Duration> joinWait(String address) {
        return joins.blockedFor(address);
    }

    public void recordJoin(String address) {
        joins.record(address);
        forgetNowAndThen();
    }

    // Once a minute at most, what no window counts any more is dropped: memory and table stay small.
    private void forgetNowAndThen() {
        Instant now = clock.instant();
        if (forgotten.plus(Duration.ofMinutes(1)).isBefore(now)) {
            forgotten = now;
            store.forget(now.minus(REMEMBERED), now.minus(ROOM_REMEMBERED));
        }
    }
}
