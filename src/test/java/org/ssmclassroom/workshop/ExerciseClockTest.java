package org.ssmclassroom.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExerciseClockTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void runningClockCountsDownFromItsEndInstant() {
        ExerciseClock clock = ExerciseClock.idle().start(Duration.ofMinutes(20), T0);
        assertThat(clock.endsAt()).isEqualTo(at(1200));
        assertThat(clock.remaining(at(300))).isEqualTo(Duration.ofMinutes(15));
        assertThat(clock.remaining(at(5000))).isZero();
    }

    @Test
    void pauseKeepsTheRemainderAndResumeContinuesFromIt() {
        ExerciseClock paused =
                ExerciseClock.idle().start(Duration.ofMinutes(10), T0).pause(at(240));
        assertThat(paused.remaining(at(9999))).isEqualTo(Duration.ofMinutes(6));
        ExerciseClock resumed = paused.resume(at(1000));
        assertThat(resumed.endsAt()).isEqualTo(at(1360));
        assertThat(resumed.isDue(at(1359))).isFalse();
        assertThat(resumed.isDue(at(1360))).isTrue();
    }

    @Test
    void extendingAddsTimeWhetherRunningPausedOrAlreadyEnded() {
        ExerciseClock running = ExerciseClock.idle().start(Duration.ofMinutes(5), T0);
        assertThat(running.extend(Duration.ofMinutes(2), at(60)).endsAt()).isEqualTo(at(420));
        assertThat(running.pause(at(60)).extend(Duration.ofMinutes(1), at(70)).remaining(at(70)))
                .isEqualTo(Duration.ofMinutes(5));
        ExerciseClock ended = running.end(at(100));
        ExerciseClock restarted = ended.extend(Duration.ofMinutes(3), at(200));
        assertThat(restarted.state()).isEqualTo(ExerciseClock.State.RUNNING);
        assertThat(restarted.endsAt()).isEqualTo(at(380));
        assertThat(restarted.endedAt()).isNull();
    }

    @Test
    void endingEarlyRecordsWhenAndIsFinal() {
        ExerciseClock ended =
                ExerciseClock.idle().start(Duration.ofMinutes(5), T0).end(at(30));
        assertThat(ended.state()).isEqualTo(ExerciseClock.State.ENDED);
        assertThat(ended.endedAt()).isEqualTo(at(30));
        assertThat(ended.end(at(60)).endedAt()).isEqualTo(at(30));
        assertThat(ended.isDue(at(9999))).isFalse();
    }

    @Test
    void idleClockIgnoresPauseResumeAndEnd() {
        ExerciseClock idle = ExerciseClock.idle();
        assertThat(idle.pause(T0)).isEqualTo(idle);
        assertThat(idle.resume(T0)).isEqualTo(idle);
        assertThat(idle.end(T0)).isEqualTo(idle);
    }
}
