package org.ssmclassroom.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every new UI (page load) the remembered or browser language. */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var locale = Language.fromRequest(VaadinRequest.getCurrent());
            init.getUI().setLocale(locale);
            init.getUI().getSession().setLocale(locale);
            init.getUI()
                    .getElement()
                    .executeJs("document.documentElement.lang = $0", Language.CHINESE.equals(locale) ? "zh-CN" : "en");
            // Vaadin's own connection indicator speaks English unless told otherwise.
            init.getUI()
                    .getElement()
                    .executeJs(
                            "const i = document.querySelector('vaadin-connection-indicator');"
                                    + " if (i) { i.onlineText = $0; i.offlineText = $1; i.reconnectingText = $2; }",
                            init.getUI().getTranslation("connection.online"),
                            init.getUI().getTranslation("connection.offline"),
                            init.getUI().getTranslation("connection.reconnecting"));
        });
    }
}
