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

    /** An "authored" or "corrected" badge; nothing for items as the deck has them. */
    static Span[] origin(Origin origin) {
        if (origin == null || origin == Origin.DECK) {
            return new Span[0];
        }
        String key = origin == Origin.AUTHORED ? "origin.authored" : "origin.corrected";
        Span badge = badge(translate(key), "authored");
        badge.setTitle(translate(key + ".help"));
        return new Span[] {badge};
    }
}
