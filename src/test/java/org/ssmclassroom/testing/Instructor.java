package org.ssmclassroom.testing;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Acting as the instructor on the test's own thread, as a signed-in browser would on its request thread. */
public final class Instructor {

    private Instructor() {}

    public static Authentication authentication() {
        // The configured instructor is the first account, so the lead.
        return new UsernamePasswordAuthenticationToken(
                AppTest.INSTRUCTOR,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_INSTRUCTOR"), new SimpleGrantedAuthority("ROLE_LEAD")));
    }

    public static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(authentication());
    }

    /** A co-instructor with an account of their own: not the lead. */
    public static void signInAs(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_INSTRUCTOR"))));
    }
}
