package org.ssmclassroom.base;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The instructor signed in on this request or this screen, the one way every feature asks. Vaadin's security
 * context strategy makes it answer in a push or a background UI access as well as in a request.
 */
public final class SignedIn {

    private SignedIn() {}

    /** The signed-in instructor's user name, empty when nobody is signed in. */
    public static Optional<String> name() {
        return Optional.ofNullable(authentication()).map(Authentication::getName);
    }

    /** The signed-in instructor's user name; refused with "sign in first" when nobody is signed in. */
    public static String instructor() {
        return name().orElseThrow(() -> new ActionRefused("signInFirst"));
    }

    /** Whether the signed-in instructor is the lead, who moderates and manages the other instructors' accounts. */
    public static boolean isLead() {
        Authentication signedIn = authentication();
        return signedIn != null
                && signedIn.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Roles.LEAD).equals(a.getAuthority()));
    }

    private static Authentication authentication() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn instanceof AnonymousAuthenticationToken ? null : signedIn;
    }
}
