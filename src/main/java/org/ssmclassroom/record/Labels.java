package org.ssmclassroom.record;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jsoup.nodes.Element;
import org.ssmclassroom.scenario.Origin;

/** The record's own words in the workshop's language, from the application's translation bundle. */
final class Labels {

    private final ResourceBundle bundle;
    private final Locale locale;

    Labels(Locale locale) {
        this.bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /**
     * Appends to {@code into} the mark the screens show beside content the pack's authors wrote or corrected, as
     * "(Authored)" or "（补写）"; nothing for the deck's own words. Every report marks through here.
     */
    Element mark(Element into, Origin origin) {
        if (Origin.marked(origin)) {
            String word = get(origin == Origin.AUTHORED ? "origin.authored" : "origin.corrected");
            into.appendText(" ");
            into.appendElement("span").addClass("origin-mark").text(get("origin.mark", word));
        }
        return into;
    }
}
