package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Keeps a view on live state while it is attached: each new value is rendered in the view's UI, and values
 * that arrive later than a newer one (they carry a rising revision) are dropped.
 */
public final class LiveView<T> {

    private final ToLongFunction<T> revision;
    private final Consumer<T> render;
    private long shown = Long.MIN_VALUE;

    private LiveView(ToLongFunction<T> revision, Consumer<T> render) {
        this.revision = revision;
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
        LiveView<T> live = new LiveView<>(revision, render);
        if (initial != null) {
            live.shown = revision.applyAsLong(initial);
        }
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable stop = subscribe.apply(value -> ui.access(() -> live.show(value)));
            view.addDetachListener(detach -> {
                stop.run();
                detach.unregisterListener();
            });
        });
    }

    private void show(T value) {
        long next = revision.applyAsLong(value);
        if (next > shown) {
            shown = next;
            render.accept(value);
        }
    }
}
