package org.ssmclassroom.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class JoinLinkTest {

    private final JoinCode code = new JoinCode("ABCDEFGH");

    @Test
    void theConfiguredPublicUrlWins() {
        assertThat(JoinLink.url("http://192.168.1.20:8080/", URI.create("http://localhost:8080/"), code))
                .isEqualTo("http://192.168.1.20:8080/join/ABCDEFGH");
    }

    @Test
    void aLinkToThisMachineItselfIsKnownToBeUnreachableFromTablets() {
        assertThat(JoinLink.unreachableFromTablets("http://localhost:8080/join/ABCDEFGH"))
                .isTrue();
        assertThat(JoinLink.unreachableFromTablets("http://127.0.0.1:8080/join/ABCDEFGH"))
                .isTrue();
        assertThat(JoinLink.unreachableFromTablets("http://192.168.1.20:8080/join/ABCDEFGH"))
                .isFalse();
    }
}
