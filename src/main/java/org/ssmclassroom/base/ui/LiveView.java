package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Keeps a view on live state while it is attached: each new value is rendered in the view's UI, and values
 * that arrive later than a newer one (they carry a rising revision) are dropped. A view follows one thing at a
 * time: following again (a route instance reused for another table or exercise) stops the earlier one.
 */
public final class LiveView<T> {

    private final ToLongFunction<T> revision;
    private final Consumer<T> render;
    private final Function<Consumer<T>, Runnable> subscribe;
    private long shown = Long.MIN_VALUE;
    private Runnable stop;
    private Registration attach;
    private Registration detach;
    private boolean ended;

    private LiveView(ToLongFunction<T> revision, Function<Consumer<T>, Runnable> subscribe, Consumer<T> render) {
        this.revision = revision;
        this.subscribe = subscribe;
        this.render = render;
    }

    /**
     * @param subscribe starts delivering values to the given listener and returns what stops it
     * @param initial a value already shown, or null
     */
    public static <T> void follow(
            Component view,
            T initial,
            ToLongFunction<T> revision,
            Function<Consumer<T>, Runnable> subscribe,
            Consumer<T> render) {
        LiveView<?> earlier = ComponentUtil.getData(view, LiveView.class);
        if (earlier != null) {
            earlier.end();
        }
        LiveView<T> live = new LiveView<>(revision, subscribe, render);
        ComponentUtil.setData(view, LiveView.class, live);
        if (initial != null) {
            live.shown = revision.applyAsLong(initial);
        }
        live.attach = view.addAttachListener(event -> live.start(event.getUI()));
        live.detach = view.addDetachListener(event -> live.pause());
        view.getUI().filter(ui -> view.isAttached()).ifPresent(live::start);
    }

    private void start(UI ui) {
        pause();
        stop = subscribe.apply(value -> {
            if (!ui.isClosing()) {
                ui.access(() -> show(value));
            }
        });
    }

    private void pause() {
        if (stop != null) {
            stop.run();
            stop = null;
        }
    }

    private void end() {
        ended = true;
        pause();
        attach.remove();
        detach.remove();
    }

    private void show(T value) {
        long next = revision.applyAsLong(value);
        if (!ended && next > shown) {
            shown = next;
            render.accept(value);
        }
    }
}
