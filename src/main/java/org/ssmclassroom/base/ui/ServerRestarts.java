package org.ssmclassroom.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * After a server restart the browser's Vaadin session is gone. Instead of a "session expired" box a trainee
 * must understand and tap, the page reloads by itself: the tablet's device cookie brings it back to its table
 * and the instructor's remember-me cookie back to the console.
 */
@Component
class ServerRestarts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
