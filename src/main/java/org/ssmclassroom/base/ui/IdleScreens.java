package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the screens nobody answers for: a tablet that sleeps, a closed tab, a script that joined and left. Vaadin
 * closes such a screen only when its own browser sends the next request, which a script never does; here every
 * session is looked at every {@code ssm.screens.sweep} (30 s), and a screen that missed three heartbeats ({@code vaadin.heartbeatInterval})
 * is closed, and a session left without screens is ended. A tablet that wakes reloads by itself
 * ({@link ServerRestarts}) and its device cookie brings it back to its table.
 */
@Component
public class IdleScreens implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile VaadinService service;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
        service.addSessionInitListener(init -> sessions.add(init.getSession()));
        service.addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @Scheduled(fixedDelayString = "${ssm.screens.sweep:30s}", initialDelayString = "${ssm.screens.sweep:30s}")
    public void closeScreensNobodyAnswers() {
        sessions.forEach(session -> session.access(() -> sweep(session)));
    }

    private void sweep(VaadinSession session) {
        if (session.getState() != VaadinSessionState.OPEN) {
            sessions.remove(session);
            return;
        }
        for (UI ui : List.copyOf(session.getUIs())) {
            if (!service.isUIActive(ui)) {
                ui.accessSynchronously(() -> {
                    ui.close();
                    session.removeUI(ui);
                });
            }
        }
        long silentMillis = System.currentTimeMillis() - session.getLastRequestTimestamp();
        if (session.getUIs().isEmpty()
                && silentMillis > heartbeatTimeout().toMillis()
                && session.getSession() != null) {
            sessions.remove(session);
            session.getSession().invalidate();
        }
    }

    private Duration heartbeatTimeout() {
        return Duration.ofSeconds(3L * service.getDeploymentConfiguration().getHeartbeatInterval());
    }
}
