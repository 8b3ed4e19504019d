package org.ssmclassroom.scenario.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.ssmclassroom.scenario.Origin;

/**
 * Small labels. The origin mark is the one way every screen (library, tablet, projector, board, debrief) tells
 * pack content the authors wrote, or corrected, from the deck's own words.
 */
public final class Badges {

    private Badges() {}

    static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + kind);
        return badge;
    }

    /** An "authored" or "corrected" mark in the screen's language; nothing for items as the deck has them. */
    public static Span[] origin(Origin origin) {
        UI ui = UI.getCurrent();
        return origin(origin, ui == null ? Locale.getDefault() : ui.getLocale());
    }

    /** An "authored" or "corrected" mark in {@code locale}; nothing for items as the deck has them. */
    public static Span[] origin(Origin origin, Locale locale) {
        if (!Origin.marked(origin)) {
            return new Span[0];
        }
        String key = origin == Origin.AUTHORED ? "origin.authored" : "origin.corrected";
        Span badge = badge(translate(locale, key), "authored");
        badge.addClassName("origin-mark");
        badge.setTitle(translate(locale, key + ".help"));
        return new Span[] {badge};
    }
}
