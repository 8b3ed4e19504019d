package org.ssmclassroom.benchmark;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Opening this page pushes its text to every bare-push page of this server: the baseline for a server in its own JVM. */
@Route(value = "bench-echo-send/:text", autoLayout = false)
@AnonymousAllowed
public class PushEchoSend extends Span implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PushEchoView.broadcast(event.getRouteParameters().get("text").orElse(""));
    }
}
