package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.ssmclassroom.workshop.ExerciseClock;

/**
 * A countdown that ticks in the browser from the server's end instant, so every device shows the same time
 * without a message per second. The browser's clock may be off: the page measures its offset from the server's
 * once, by a round trip (half of it counted as delay), not from the time stamp of the first message, which a
 * slow page load would make seconds late. The text set here is the value at render time; the script keeps it
 * current and marks the last five and the last minute.
 */
public class ClockDisplay extends Div {

    private static final String TICK = """
            const box = this; const el = box.querySelector('.clock-time');
            const end = $0; const rough = $1 - Date.now(); const beep = $2;
            if (!window.ssmClockSync) {
              window.ssmClockSync = true;
              const sent = Date.now();
              box.$server.serverTime().then(server => { window.ssmOffset = server - (sent + Date.now()) / 2; });
            }
            clearInterval(box.$ssmTick);
            const tick = () => {
              const offset = window.ssmOffset !== undefined ? window.ssmOffset : rough;
              const s = Math.max(0, Math.ceil((end - (Date.now() + offset)) / 1000));
              el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
              const phase = s === 0 ? 'zero' : s <= 60 ? 'last-minute' : s <= 300 ? 'last-five' : 'running';
              if (box.dataset.phase !== phase) {
                const warn = box.dataset.phase && (phase === 'last-five' || phase === 'last-minute');
                box.dataset.phase = phase;
                if (warn && beep && window.ssmBeep) window.ssmBeep(1);
              }
            };
            tick(); box.$ssmTick = setInterval(tick, 250);""";

    private final Span time = new Span();
    private Supplier<Instant> now = Instant::now;

    public ClockDisplay(String ariaLabel) {
        addClassName("clock");
        time.addClassName("clock-time");
        time.getElement().setAttribute("role", "timer");
        time.getElement().setAttribute("aria-label", ariaLabel);
        add(time);
    }

    /** Shows the clock; {@code beepOnWarnings} for the timekeeper's tablet. */
    public void show(ExerciseClock clock, Supplier<Instant> serverNow, boolean beepOnWarnings) {
        this.now = serverNow;
        Instant now = serverNow.get();
        time.setText(format(clock.remaining(now)));
        getElement().setAttribute("data-state", clock.state().name().toLowerCase());
        if (clock.state() == ExerciseClock.State.RUNNING) {
            getElement().executeJs(TICK, clock.endsAt().toEpochMilli(), now.toEpochMilli(), beepOnWarnings);
        } else {
            getElement().executeJs("clearInterval(this.$ssmTick); delete this.dataset.phase;");
            if (clock.state() == ExerciseClock.State.IDLE) {
                time.setText("–:––");
            }
        }
    }

    /** The server's time, for the page's one round trip that measures its clock offset. */
    @ClientCallable
    long serverTime() {
        return now.get().toEpochMilli();
    }

    String text() {
        return time.getText();
    }

    static String format(Duration remaining) {
        long seconds = (remaining.toMillis() + 999) / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
