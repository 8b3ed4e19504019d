package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The root address: instructors go to their workshops, everyone else to sign-in. */
@Route("")
@AnonymousAllowed
class HomeView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.isAuthenticated() ? "workshops" : "login");
    }
}
