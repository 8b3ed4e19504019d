package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ssmclassroom.base.ActionRefused;

/**
 * Every error that reaches a screen is shown in the user's language: a refused action says why; anything
 * unexpected is logged with a short reference the user can quote, and the screen says only that and the reference.
 */
@Component
public class ErrorNotices implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotices.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        show(event.getThrowable());
    }

    /** Shows {@code error} on the current screen; for views that catch an action's failure themselves. */
    public static void show(Throwable error) {
        UI ui = UI.getCurrent();
        String message = message(error);
        if (ui != null) {
            Notification notice = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.ERROR);
            notice.getElement().setAttribute("role", "alert");
        }
    }

    /** What to tell the user about {@code error}, in their language; unexpected errors are logged here. */
    public static String message(Throwable error) {
        UI ui = UI.getCurrent();
        return switch (cause(error)) {
            case ActionRefused refused -> translate(ui, refused.key(), refused.arguments());
            case AccessDeniedException denied -> translate(ui, "error.notAllowed");
            case Throwable unexpected -> {
                String reference = HexFormat.of()
                        .toHexDigits(ThreadLocalRandom.current().nextInt())
                        .toUpperCase();
                log.error("Unexpected error, reference {}", reference, unexpected);
                yield translate(ui, "error.unexpected", reference);
            }
        };
    }

    /** The refusal or denial behind {@code error}, however deep it is wrapped; otherwise the error itself. */
    private static Throwable cause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActionRefused || cause instanceof AccessDeniedException) {
                return cause;
            }
        }
        return error;
    }

    private static String translate(UI ui, String key, Object... arguments) {
        return ui == null ? key : ui.getTranslation(key, arguments);
    }
}
