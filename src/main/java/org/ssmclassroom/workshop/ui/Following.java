package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/** Workshop screens follow the live workshop, and can sound the time-up. */
final class Following {

    private Following() {}

    /** As below, for a screen that sees the whole workshop (console, projector): it reads it by its id. */
    static void follow(
            Component view, WorkshopService service, WorkshopSnapshot initial, Consumer<WorkshopSnapshot> render) {
        follow(
                view,
                service,
                initial,
                () -> Optional.of(service.snapshot(initial.workshop().id())),
                render);
    }

    /**
     * Renders {@code initial} now, and every newer snapshot while the view is attached. On attaching it takes the
     * workshop as it is {@code now} too, as this screen may read it: a change between reading {@code initial} and following (a tablet opening while the
     * instructor opens the next exercise) would otherwise wait for the next change. An older one is dropped.
     */
    static void follow(
            Component view,
            WorkshopService service,
            WorkshopSnapshot initial,
            Supplier<Optional<WorkshopSnapshot>> now,
            Consumer<WorkshopSnapshot> render) {
        render.accept(initial);
        WorkshopId workshop = initial.workshop().id();
        LiveView.follow(
                view,
                initial,
                WorkshopSnapshot::revision,
                listener -> {
                    Runnable stop = service.follow(workshop, listener);
                    now.get().ifPresent(listener);
                    return stop;
                },
                render);
    }

    static void installSound(UI ui) {
        ui.getPage().executeJs("""
                if (!window.ssmBeep) {
                  document.addEventListener('pointerdown', () => {
                    window.ssmAudio = window.ssmAudio || new (window.AudioContext || window.webkitAudioContext)();
                    window.ssmAudio.resume();
                  }, {capture: true});
                  window.ssmBeep = (times) => {
                    const ctx = window.ssmAudio; if (!ctx) return;
                    for (let i = 0; i < times; i++) {
                      const o = ctx.createOscillator(); const g = ctx.createGain();
                      o.frequency.value = 880; o.connect(g); g.connect(ctx.destination);
                      const t = ctx.currentTime + i * 0.45; g.gain.setValueAtTime(0.25, t);
                      g.gain.exponentialRampToValueAtTime(0.001, t + 0.35); o.start(t); o.stop(t + 0.4);
                    }
                  };
                }""");
    }

    static void beep(UI ui, int times) {
        ui.getPage().executeJs("window.ssmBeep && window.ssmBeep($0)", times);
    }
}
