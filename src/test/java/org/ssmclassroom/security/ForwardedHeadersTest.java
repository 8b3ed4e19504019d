package org.ssmclassroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForwardedHeadersTest {

    @Test
    void withoutTrustedProxiesNoForwardedHeaderIsRead() {
        assertThat(ForwardedHeaders.valve("")).isEmpty();
        assertThat(ForwardedHeaders.valve(" , ")).isEmpty();
    }

    @Test
    void addressesAndBlocksOfTheSettingAreTheValvesProxies() {
        assertThat(ForwardedHeaders.valve("127.0.0.1, 10.0.0.0/8, ::1")
                        .orElseThrow()
                        .getInternalProxies()
                        .split(",\\s*"))
                .containsExactlyInAnyOrder("127.0.0.1/32", "10.0.0.0/8", "::1/128");
    }

    @Test
    void thePortTheBrowserUsedIsReadFromTheHostItSent() {
        assertThat(ForwardedHeaders.portOf("classroom.example.org:8443")).hasValue("8443");
        assertThat(ForwardedHeaders.portOf("[::1]:8080")).hasValue("8080");
        assertThat(ForwardedHeaders.portOf("a.example.org:1, b.example.org:2")).hasValue("1");
        assertThat(ForwardedHeaders.portOf("classroom.example.org")).isEmpty();
        assertThat(ForwardedHeaders.portOf("[::1]")).isEmpty();
        assertThat(ForwardedHeaders.portOf("classroom.example.org:https")).isEmpty();
        assertThat(ForwardedHeaders.portOf(null)).isEmpty();
    }
}
