package org.ssmclassroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class SignedInTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSignedInInstructorIsKnownByName() {
        signIn("lee", Roles.INSTRUCTOR);

        assertThat(SignedIn.name()).contains("lee");
        assertThat(SignedIn.instructor()).isEqualTo("lee");
        assertThat(SignedIn.isLead()).isFalse();
    }

    @Test
    void theLeadIsKnownAsTheLead() {
        signIn("wang", Roles.INSTRUCTOR, Roles.LEAD);

        assertThat(SignedIn.isLead()).isTrue();
    }

    @Test
    void nobodySignedInIsRefusedWithASentence() {
        assertThat(SignedIn.name()).isEmpty();
        assertThatThrownBy(SignedIn::instructor)
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("signInFirst");
    }

    @Test
    void anAnonymousVisitorIsNobody() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));

        assertThat(SignedIn.name()).isEmpty();
        assertThat(SignedIn.isLead()).isFalse();
    }

    private static void signIn(String name, String... roles) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        name,
                        null,
                        java.util.Arrays.stream(roles)
                                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                                .toList()));
    }
}
