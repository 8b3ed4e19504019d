package org.ssmclassroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.ssmclassroom.testing.TestClock;

class JoinGuardTest {

    private final TestClock clock = new TestClock();
    private final JoinGuard guard = new JoinGuard(clock);

    private void fail(String address, String device, int times) {
        for (int i = 0; i < times; i++) {
            guard.recordFailure(address, device);
        }
    }

    @Test
    void aDeviceGetsSixWrongCodesAMinute() {
        fail("10.0.0.8", "guesser", 6);
        assertThat(guard.waitFor("10.0.0.8", "guesser")).hasValueSatisfying(wait -> {
            assertThat(wait.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
            assertThat(wait.scope()).isEqualTo(JoinGuard.Scope.DEVICE);
        });
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(guard.waitFor("10.0.0.8", "guesser")).isEmpty();
    }

    @Test
    void pranksBehindOneAddressNeverLockOutANewTablet() {
        for (int browser = 0; browser < 25; browser++) {
            fail("classroom-nat", "prankster-" + browser, 6);
        }
        assertThat(guard.waitFor("classroom-nat", "prankster-3")).isPresent();
        assertThat(guard.waitFor("classroom-nat", "new-tablet"))
                .as("a device with no wrong code")
                .isEmpty();
        assertThat(guard.waitFor("classroom-nat", "second-tablet"))
                .as("throttled: one fresh try per address every 2 s")
                .hasValueSatisfying(wait -> {
                    assertThat(wait.retryAfter()).isLessThanOrEqualTo(Duration.ofSeconds(2));
                    assertThat(wait.scope())
                            .as("the network's wrong codes, not this tablet's")
                            .isEqualTo(JoinGuard.Scope.NETWORK);
                });
        clock.advance(Duration.ofSeconds(2));
        assertThat(guard.waitFor("classroom-nat", "second-tablet")).isEmpty();
        assertThat(guard.waitFor("another-school", "tablet")).isEmpty();
    }

    @Test
    void aScriptWithFreshCookiesTakesEveryThrottledTryButTheClasssOwnCodeStillOpensInItsRoom() {
        guard.recognizeRoom("classroom-nat", 7); // a first tablet joined, or the console was opened here
        for (int i = 0; i < 130; i++) {
            guard.recordFailure("classroom-nat", "prankster-" + i);
        }
        int prankTriesLeft = 0;
        for (int i = 0; i < 835; i++) { // 835 tries in 60 s, each from a fresh cookie
            clock.advance(Duration.ofMillis(72));
            if (guard.waitFor("classroom-nat", "fresh-" + i).isEmpty()) {
                prankTriesLeft++;
                guard.recordFailure("classroom-nat", "fresh-" + i);
            }
        }
        assertThat(prankTriesLeft).as("the script's guesses in a minute").isLessThanOrEqualTo(31);
        for (int tablet = 0; tablet < 18; tablet++) {
            assertThat(guard.isRoomOf("classroom-nat", 7))
                    .as("tablet " + tablet)
                    .isTrue();
        }
        assertThat(guard.isRoomOf("classroom-nat", 8))
                .as("another workshop's code is still a guess")
                .isFalse();
        assertThat(guard.isRoomOf("another-school", 7)).isFalse();
        clock.advance(JoinGuard.ROOM_REMEMBERED.plusMinutes(2));
        guard.recordFailure("classroom-nat", "late");
        assertThat(guard.isRoomOf("classroom-nat", 7))
                .as("forgotten after the course day")
                .isFalse();
    }

    @Test
    void newParticipantsFromOneNetworkAreLimitedLeniently() {
        JoinGuard lenient = new JoinGuard(clock, new MemoryAttemptStore(), 3);
        for (int i = 0; i < 3; i++) {
            assertThat(lenient.joinWait("classroom-nat")).isEmpty();
            lenient.recordJoin("classroom-nat");
        }
        assertThat(lenient.joinWait("classroom-nat")).isPresent();
        assertThat(lenient.joinWait("another-school")).isEmpty();
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(lenient.joinWait("classroom-nat")).isEmpty();
    }

    @Test
    void behindAProxyNobodyTrustedEachClassIsItsOwnRoom() {
        ClientAddress untrusting = new ClientAddress("");
        MockHttpServletRequest school = new MockHttpServletRequest();
        school.setRemoteAddr("10.9.9.9");
        school.addHeader("X-Forwarded-For", "203.0.113.5");
        MockHttpServletRequest elsewhere = new MockHttpServletRequest();
        elsewhere.setRemoteAddr("10.9.9.9");
        elsewhere.addHeader("X-Forwarded-For", "203.0.113.5, 198.51.100.7");
        assertThat(untrusting.of(school)).isEqualTo(untrusting.of(elsewhere)).isEqualTo("10.9.9.9");
        assertThat(untrusting.room(school)).isNotEqualTo(untrusting.room(elsewhere));
        MockHttpServletRequest plain = new MockHttpServletRequest();
        plain.setRemoteAddr("192.168.1.50");
        assertThat(untrusting.room(plain)).isEqualTo("192.168.1.50");
        ClientAddress trusting = new ClientAddress("10.9.9.9");
        assertThat(trusting.room(elsewhere)).isEqualTo("198.51.100.7");
    }

    @Test
    void forwardedAddressIsBelievedOnlyFromATrustedProxy() {
        ClientAddress behindNginx = new ClientAddress("127.0.0.1, 10.1.0.0/16");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.168.1.50");
        request.addHeader("X-Forwarded-For", "6.6.6.6");
        assertThat(behindNginx.of(request))
                .as("a tablet writing the header itself")
                .isEqualTo("192.168.1.50");
        request.setRemoteAddr("127.0.0.1");
        request.removeHeader("X-Forwarded-For");
        request.addHeader("X-Forwarded-For", "6.6.6.6, 192.168.1.50, 10.1.2.3");
        assertThat(behindNginx.of(request))
                .as("the last hop no trusted proxy added")
                .isEqualTo("192.168.1.50");
        assertThat(new ClientAddress("").of(request)).isEqualTo("127.0.0.1");
    }
}
