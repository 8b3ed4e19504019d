package org.ssmclassroom.workshop;

import java.time.Duration;
import java.time.Instant;

/**
 * The countdown of one table's exercise, as a value. It keeps the instant it ends (or what remained when
 * paused), never a ticking count, so every device and a restarted server agree on it.
 */
public record ExerciseClock(State state, Instant endsAt, Duration remaining, Instant endedAt) {

    public enum State {
        IDLE,
        RUNNING,
        PAUSED,
        ENDED
    }

    public static ExerciseClock idle() {
        return new ExerciseClock(State.IDLE, null, Duration.ZERO, null);
    }

    public ExerciseClock start(Duration duration, Instant now) {
        return new ExerciseClock(State.RUNNING, now.plus(positive(duration)), Duration.ZERO, null);
    }

    public ExerciseClock pause(Instant now) {
        return state == State.RUNNING ? new ExerciseClock(State.PAUSED, null, remaining(now), null) : this;
    }

    public ExerciseClock resume(Instant now) {
        return state == State.PAUSED
                ? new ExerciseClock(State.RUNNING, now.plus(remaining), Duration.ZERO, null)
                : this;
    }

    /** More time; a clock that already ended starts again with just the added time. */
    public ExerciseClock extend(Duration more, Instant now) {
        return switch (state) {
            case RUNNING -> new ExerciseClock(State.RUNNING, endsAt.plus(positive(more)), Duration.ZERO, null);
            case PAUSED -> new ExerciseClock(State.PAUSED, null, remaining.plus(positive(more)), null);
            case ENDED -> start(more, now);
            case IDLE -> this;
        };
    }

    public ExerciseClock end(Instant now) {
        return state == State.RUNNING || state == State.PAUSED
                ? new ExerciseClock(State.ENDED, null, Duration.ZERO, now)
                : this;
    }

    public Duration remaining(Instant now) {
        return switch (state) {
            case RUNNING -> now.isBefore(endsAt) ? Duration.between(now, endsAt) : Duration.ZERO;
            case PAUSED -> remaining;
            case IDLE, ENDED -> Duration.ZERO;
        };
    }

    /** A running clock whose end has come; the service marks it ended, exactly once. */
    public boolean isDue(Instant now) {
        return state == State.RUNNING && !now.isBefore(endsAt);
    }

    private static Duration positive(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a clock needs a positive duration, not " + duration);
        }
        return duration;
    }
}
