package org.ssmclassroom.record;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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
}
