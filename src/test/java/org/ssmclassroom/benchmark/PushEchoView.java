package org.ssmclassroom.benchmark;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The benchmark's baseline: a bare Vaadin push of one text to every open page, nothing of the app around it. */
@Route(value = "bench-echo", autoLayout = false)
@AnonymousAllowed
public class PushEchoView extends Span {

    private static final List<PushEchoView> OPEN = new CopyOnWriteArrayList<>();

    public PushEchoView() {
        setId("echo");
        setText("ready");
        addAttachListener(e -> OPEN.add(this));
        addDetachListener(e -> OPEN.remove(this));
    }

    static int open() {
        return OPEN.size();
    }

    static void broadcast(String text) {
        for (PushEchoView view : OPEN) {
            view.getUI().ifPresent(ui -> ui.access(() -> view.setText(text)));
        }
    }

    static void closeAll() {
        OPEN.forEach(view -> view.getUI().ifPresent(UI::close));
    }
}
