package org.ssmclassroom.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Browserless UI tests against the real Spring application: real services, real packs, in-memory H2. */
@AppTest
public abstract class KaribuTest {

    private static final Routes ROUTES = routes();

    /** Karibu's discovery skips package-private views; ours are package-private by design, so add them. */
    private static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("org.ssmclassroom");
        try (ScanResult scan = new ClassGraph()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages("org.ssmclassroom")
                .scan()) {
            scan.getClassesWithAnnotation(Route.class)
                    .loadClasses(Component.class)
                    .forEach(routes.getRoutes()::add);
        }
        return routes;
    }

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /**
     * Another browser on the calling thread (its own session and UI), for tests where two users tap at once:
     * each thread that calls this is one browser until {@link #closeThisBrowser()}.
     */
    protected final void openAnotherBrowserOnThisThread() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    protected static void closeThisBrowser() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * What a browser's next round trip brings: the values live screens were handed since (they take them on
     * threads of their own) are run in the UI, as its push would show them.
     */
    protected static void roundtrip() {
        if (!org.ssmclassroom.base.ui.LiveView.awaitHandedOver(java.time.Duration.ofSeconds(5))) {
            throw new AssertionError("live values were not handed to the screens within 5 s");
        }
        MockVaadin.clientRoundtrip(false);
    }

    /** This browser becomes the tablet {@code device}, as the tablet's cookie makes it, without going anywhere. */
    protected static void holdTablet(org.ssmclassroom.security.DeviceToken device) {
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .setAttribute(org.ssmclassroom.security.DeviceToken.class, device);
    }

    /** This browser becomes the tablet {@code device} and opens the table's screen, where a trainee's tablet starts. */
    protected static void onTablet(org.ssmclassroom.security.DeviceToken device) {
        holdTablet(device);
        UI.getCurrent().navigate("table");
    }

    /** Runs {@code action} as the instructor on this thread, as another browser would, then signs out again. */
    protected static void asInstructor(Runnable action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(Instructor.authentication());
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Signs in as the configured instructor, as Spring Security's form login would. */
    protected void signInAsInstructor() {
        signInWith(Instructor.authentication());
    }

    /** Signs in as a co-instructor: an instructor, not the lead. */
    protected void signInAsCoInstructor(String username) {
        signInWith(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                username,
                null,
                java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_INSTRUCTOR"))));
    }

    private void signInWith(org.springframework.security.core.Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
