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
        });
    }
}
