package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.ssmclassroom.workshop.ExerciseClock;

/**
 * A countdown that ticks in the browser from the server's end instant (corrected by the server's clock), so
 * every device shows the same time without a message per second. The text set here is the value at render
 * time; the script keeps it current and marks the last five and the last minute.
 */
public class ClockDisplay extends Div {

    private static final String TICK = """
            const box = this; const el = box.querySelector('.clock-time');
            const end = $0; const offset = $1 - Date.now(); const beep = $2;
            clearInterval(box.$ssmTick);
            const tick = () => {
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

    public ClockDisplay(String ariaLabel) {
        addClassName("clock");
        time.addClassName("clock-time");
        time.getElement().setAttribute("role", "timer");
        time.getElement().setAttribute("aria-label", ariaLabel);
        add(time);
    }

    /** Shows the clock; {@code beepOnWarnings} for the timekeeper's tablet. */
    public void show(ExerciseClock clock, Instant now, boolean beepOnWarnings) {
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

    String text() {
        return time.getText();
    }

    static String format(Duration remaining) {
        long seconds = (remaining.toMillis() + 999) / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
