package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A clear, translated banner while the tablet cannot reach the server (Wi-Fi gone, server restarting). The browser
 * itself watches: it asks the server every few seconds and listens to the network going on and off, so the banner
 * appears even when no message from the server can arrive. When the server is back, the banner goes. The probe
 * sends no cookies: after a restart it must not sign the instructor in by remember-me at the same moment as the
 * page does, which Spring Security would read as a stolen token.
 */
class ConnectionBanner extends Div {

    private static final String WATCH = """
            const banner = this;
            if (banner.$ssmWatching) return;
            banner.$ssmWatching = true;
            const show = (lost) => { banner.hidden = !lost; };
            const check = async () => {
              try {
                const r = await fetch($0, {method: 'HEAD', cache: 'no-store', credentials: 'omit'});
                show(!r.ok && r.status >= 500);
              } catch (e) { show(true); }
            };
            window.addEventListener('offline', () => show(true));
            window.addEventListener('online', check);
            setInterval(check, 3000);""";

    ConnectionBanner() {
        addClassName("connection-banner");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("hidden", true);
        add(new Span(getTranslation("connection.lost")));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(WATCH, "styles/ssm.css");
    }
}
