package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;

/**
 * The two languages of the course. The choice is remembered in a cookie; without one, Chinese browsers get
 * Chinese and everyone else English.
 */
public final class Language {

    public static final Locale CHINESE = LocalizedText.CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String COOKIE = "ssm-lang";

    private Language() {}

    public static Locale fromRequest(VaadinRequest request) {
        if (request == null) {
            return ENGLISH;
        }
        Optional<String> chosen = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
        if (chosen.isPresent()) {
            return "zh-CN".equals(chosen.get()) ? CHINESE : ENGLISH;
        }
        return LocalizedText.isChinese(request.getLocale()) ? CHINESE : ENGLISH;
    }

    public static Locale other(Locale locale) {
        return LocalizedText.isChinese(locale) ? ENGLISH : CHINESE;
    }

    /** Switches the UI, remembers the choice for this browser, and rebuilds the current view in it. */
    public static void switchTo(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        String tag = LocalizedText.isChinese(locale) ? "zh-CN" : "en";
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax';"
                                + "document.documentElement.lang = $1;",
                        COOKIE,
                        tag);
        ui.refreshCurrentRoute(true);
    }
}
