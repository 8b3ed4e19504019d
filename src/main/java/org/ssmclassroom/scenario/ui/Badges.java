package org.ssmclassroom.scenario.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.html.Span;
import org.ssmclassroom.scenario.Origin;

/** Small labels; the authored one tells an instructor which content the pack authors wrote, not the deck. */
final class Badges {

    private Badges() {}

    static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + kind);
        return badge;
    }

    /** An "authored" badge for authored items; nothing for items from the deck. */
    static Span[] origin(Origin origin) {
        if (origin != Origin.AUTHORED) {
            return new Span[0];
        }
        Span badge = badge(translate("origin.authored"), "authored");
        badge.setTitle(translate("origin.authored.help"));
        return new Span[] {badge};
    }
}
