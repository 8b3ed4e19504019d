package org.ssmclassroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.Subscribers;

/** A screen whose client does not take its changes holds one waiting value, not every redraw since. */
class LiveViewTest {

    private final Subscribers<String, Long> changes = new Subscribers<>();
    private final List<Long> drawn = new ArrayList<>();

    @BeforeEach
    void aScreenFollowingAValue() {
        LiveView.away = Duration.ZERO; // the client is away as soon as it has not taken a change
        MockVaadin.setup();
        Div view = new Div();
        UI.getCurrent().add(view);
        LiveView.<Long>follow(view, null, value -> value, listener -> changes.subscribe("class", listener), value -> {
            drawn.add(value);
            view.setText("value " + value);
        });
    }

    @AfterEach
    void tearDown() {
        LiveView.away = Duration.ofSeconds(10);
        MockVaadin.tearDown();
    }

    @Test
    void aClientThatTakesNothingMakesTheScreenWaitWithTheNewestValueOnly() {
        publish(1);
        clientTakesItsChanges(); // the client took the first redraw
        publish(2); // drawn, but the client never comes back for it
        for (long value = 3; value <= 50; value++) {
            publish(value);
        }
        assertThat(drawn).as("redraws while the client was away").containsExactly(1L, 2L);

        clientTakesItsChanges(); // the client is back
        assertThat(drawn).containsExactly(1L, 2L, 50L);
        publish(51);
        assertThat(drawn)
                .as("a client that takes its changes sees each at once")
                .endsWith(51L);
    }

    @Test
    void aClientAtWorkSeesEveryValueAsBefore() {
        LiveView.away = Duration.ofMinutes(1);
        publish(1);
        clientTakesItsChanges();
        for (long value = 2; value <= 5; value++) {
            publish(value);
        }
        assertThat(drawn).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void whenTheClientWritesAgainItsScreenCatchesUpBeforeItsMessageIsHandled() {
        publish(1);
        clientTakesItsChanges();
        publish(2);
        publish(3);
        publish(4);
        assertThat(drawn).containsExactly(1L, 2L);
        LiveView.catchUp(UI.getCurrent()); // a message from the client arrives
        assertThat(drawn).containsExactly(1L, 2L, 4L);
        clientTakesItsChanges();
        assertThat(drawn).as("nothing drawn twice").containsExactly(1L, 2L, 4L);
    }

    /** What answering a client does: what waits for the answer runs, then every change goes out. */
    private static void clientTakesItsChanges() {
        UI ui = UI.getCurrent();
        new com.vaadin.flow.server.communication.UidlWriter().createUidl(ui, false);
        assertThat(ui.getInternals().isDirty()).isFalse();
    }

    /** Hands the value to the screen and runs what the screen's UI was asked to do, without a client's answer. */
    private void publish(long value) {
        changes.publish("class", value);
        assertThat(LiveView.awaitHandedOver(Duration.ofSeconds(5))).isTrue();
        UI ui = UI.getCurrent();
        ui.getSession().getService().runPendingAccessTasks(ui.getSession());
    }
}
