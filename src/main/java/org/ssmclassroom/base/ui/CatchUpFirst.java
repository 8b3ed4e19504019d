package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Before a client's message is handled, its screens show what changed while it was away ({@link LiveView}): an
 * edit sent by a tablet that was offline then meets the board as it is now, with its current version.
 */
@Component
class CatchUpFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler((session, request, response) -> {
            String ui = request.getParameter("v-uiId");
            if (session != null && "uidl".equals(request.getParameter("v-r")) && ui != null && ui.matches("\\d{1,9}")) {
                session.accessSynchronously(() -> {
                    UI screen = session.getUIById(Integer.parseInt(ui));
                    if (screen != null) {
                        LiveView.catchUp(screen);
                    }
                });
            }
            return false;
        });
    }
}
