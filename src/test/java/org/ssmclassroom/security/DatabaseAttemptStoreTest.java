package org.ssmclassroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.TestClock;

/** Two nodes counting guesses in one database: what one node counted, the other enforces. */
@AppTest
class DatabaseAttemptStoreTest {

    @Autowired
    JdbcClient jdbc;

    private final TestClock clock = new TestClock();

    @Test
    void wrongCodesOnOneNodeBlockTheDeviceOnTheOther() {
        JoinGuard nodeA = new JoinGuard(clock, new DatabaseAttemptStore(jdbc), 120);
        JoinGuard nodeB = new JoinGuard(clock, new DatabaseAttemptStore(jdbc), 120);
        String device = "guesser-" + System.nanoTime();

        for (int i = 0; i < 6; i++) {
            (i % 2 == 0 ? nodeA : nodeB).recordFailure("10.0.0.9", device);
        }

        assertThat(nodeB.waitFor("10.0.0.9", device)).isPresent();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(nodeA.waitFor("10.0.0.9", device)).isEmpty();
    }

    @Test
    void aThrottledAddressGetsOneFreshTryEveryTwoSecondsAcrossNodes() {
        JoinGuard nodeA = new JoinGuard(clock, new DatabaseAttemptStore(jdbc), 120);
        JoinGuard nodeB = new JoinGuard(clock, new DatabaseAttemptStore(jdbc), 120);
        String address = "nat-" + System.nanoTime();
        for (int browser = 0; browser < 25; browser++) {
            for (int i = 0; i < 6; i++) {
                nodeA.recordFailure(address, "prankster-" + browser);
            }
        }

        assertThat(nodeB.waitFor(address, "new-tablet")).as("first fresh try").isEmpty();
        assertThat(nodeA.waitFor(address, "second-tablet"))
                .as("the next within 2 s, on the other node")
                .isPresent();
        clock.advance(Duration.ofSeconds(3));
        assertThat(nodeA.waitFor(address, "second-tablet")).isEmpty();
    }

    @Test
    void aRoomRecognisedOnOneNodeIsKnownOnTheOtherUntilTheDayIsOver() {
        JoinGuard nodeA = new JoinGuard(clock, new DatabaseAttemptStore(jdbc), 120);
        JoinGuard nodeB = new JoinGuard(clock, new DatabaseAttemptStore(jdbc), 120);
        String room = "room-" + System.nanoTime();
        nodeA.recognizeRoom(room, 42);
        nodeB.recognizeRoom(room, 42); // again, on the other node: no duplicate
        assertThat(nodeB.isRoomOf(room, 42)).isTrue();
        assertThat(nodeB.isRoomOf(room, 43)).isFalse();
        clock.advance(JoinGuard.ROOM_REMEMBERED.plusMinutes(2));
        nodeA.recordFailure("elsewhere", "device");
        assertThat(nodeB.isRoomOf(room, 42)).isFalse();
    }
}
