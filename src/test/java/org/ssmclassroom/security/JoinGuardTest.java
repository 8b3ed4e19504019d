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
        assertThat(guard.waitFor("10.0.0.8", "guesser"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
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
                .hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(guard.waitFor("classroom-nat", "second-tablet")).isEmpty();
        assertThat(guard.waitFor("another-school", "tablet")).isEmpty();
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
