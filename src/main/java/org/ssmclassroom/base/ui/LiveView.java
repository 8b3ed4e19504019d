package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
    private Component view;
    private T waiting;
    private long shownAt = System.nanoTime();
    private boolean catchingUp;

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
        live.view = view;
        ComponentUtil.setData(view, LiveView.class, live);
        if (initial != null) {
            live.shown = revision.applyAsLong(initial);
        }
        live.attach = view.addAttachListener(event -> live.start(event.getUI()));
        live.detach = view.addDetachListener(event -> live.pause());
        view.getUI().filter(ui -> view.isAttached()).ifPresent(live::start);
    }

    /**
     * The changing thread only hands a value over: each screen takes it on a thread of its own, so one
     * instructor's release does not wait while forty tablets render in turn, and a slow screen holds up nobody.
     */
    private static final Executor DELIVERY = Executors.newVirtualThreadPerTaskExecutor();

    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

    private void start(UI ui) {
        pause();
        stop = subscribe.apply(value -> {
            if (!ui.isClosing()) {
                IN_FLIGHT.incrementAndGet();
                DELIVERY.execute(() -> {
                    try {
                        ui.access(() -> deliver(ui, value));
                    } finally {
                        IN_FLIGHT.decrementAndGet();
                    }
                });
            }
        });
    }

    /**
     * Waits until every value handed over so far is in its UI's queue (or shown), for tests that then let
     * the UI run its queue; false if that took longer than the timeout.
     */
    public static boolean awaitHandedOver(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (IN_FLIGHT.get() > 0) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.onSpinWait();
            Thread.yield();
        }
        return true;
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

    /**
     * A client that has not taken a change for this long is away (a sleeping tablet, a dropped connection, a script
     * that never comes back); a client at work takes each change within milliseconds.
     */
    static Duration away = Duration.ofSeconds(10);

    /**
     * Shows the value, unless the client is away — it has not taken what this screen showed {@link #away} ago: then
     * only the newest value waits, and is shown before that client's next message is handled, or just before the
     * next answer to it. A screen nobody reads holds one value, not every redraw since.
     */
    private void deliver(UI ui, T value) {
        if (!ui.getInternals().isDirty() || System.nanoTime() - shownAt < away.toNanos()) {
            show(value);
            return;
        }
        if (waiting == null || revision.applyAsLong(value) > revision.applyAsLong(waiting)) {
            waiting = value;
        }
        Waiting.of(ui).screens.add(this);
        if (!catchingUp) {
            catchingUp = true;
            ui.beforeClientResponse(view, context -> {
                catchingUp = false;
                showWaiting();
            });
        }
    }

    private void showWaiting() {
        T newest = waiting;
        waiting = null;
        if (newest != null) {
            show(newest);
        }
    }

    /**
     * Shows what waits on the UI's screens before the client's message is handled, so that what the client sends
     * (a field's text and the version it edits) meets the screen as it is now, not as it was when the client left.
     * Called with the session locked.
     */
    public static void catchUp(UI ui) {
        Waiting waiting = ComponentUtil.getData(ui, Waiting.class);
        if (waiting != null) {
            List<LiveView<?>> screens = List.copyOf(waiting.screens);
            waiting.screens.clear();
            screens.forEach(LiveView::showWaiting);
        }
    }

    /** The screens of one UI that hold a value its client has not been shown yet. */
    private static final class Waiting {
        private final Set<LiveView<?>> screens = new LinkedHashSet<>();

        static Waiting of(UI ui) {
            Waiting waiting = ComponentUtil.getData(ui, Waiting.class);
            if (waiting == null) {
                waiting = new Waiting();
                ComponentUtil.setData(ui, Waiting.class, waiting);
            }
            return waiting;
        }
    }

    private void show(T value) {
        long next = revision.applyAsLong(value);
        if (!ended && next > shown) {
            shown = next;
            shownAt = System.nanoTime();
            render.accept(value);
        }
    }
}
