package org.ssmclassroom.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where failed attempts are counted: in this server's memory (one node), or in the database, so that every node
 * of several counts the same attempts.
 */
public interface AttemptStore {

    /** The key's failures after {@code since}, oldest first. */
    List<Instant> failuresAfter(String key, Instant since);

    void recordFailure(String key, Instant at);

    /**
     * Takes the one try an address may have every {@code gap} while it is throttled: empty when taken now, else
     * the time of the try last taken.
     */
    Optional<Instant> takeTry(String address, Instant now, Duration gap);

    /** Remembers that the workshop was used from this room (network) at {@code at}. */
    void recordRoom(String room, long workshop, Instant at);

    /** Whether the workshop was used from this room after {@code since}. */
    boolean roomSeen(String room, long workshop, Instant since);

    /** Forgets attempts before {@code before} and rooms not seen since {@code roomsBefore}. */
    void forget(Instant before, Instant roomsBefore);
}
