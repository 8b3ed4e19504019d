package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import org.ssmclassroom.workshop.Ids.WorkshopId;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * Keeps a view on the live workshop while it is attached: each new snapshot is rendered in the view's UI,
 * older ones that arrive late are dropped.
 */
final class Following {

    private long shownRevision;

    private Following() {}

    /** Renders {@code initial} now, and every newer snapshot while the view is attached. */
    static void follow(
            Component view, WorkshopService service, WorkshopSnapshot initial, Consumer<WorkshopSnapshot> render) {
        Following following = new Following();
        following.show(initial, render);
        WorkshopId workshop = initial.workshop().id();
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable stop = service.follow(workshop, snapshot -> ui.access(() -> following.show(snapshot, render)));
            view.addDetachListener(detach -> {
                stop.run();
                detach.unregisterListener();
            });
        });
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

    private void show(WorkshopSnapshot snapshot, Consumer<WorkshopSnapshot> render) {
        if (snapshot.revision() > shownRevision) {
            shownRevision = snapshot.revision();
            render.accept(snapshot);
        }
    }
}
