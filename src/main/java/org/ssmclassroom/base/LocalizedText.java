package org.ssmclassroom.base;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** A user-visible text in the course's two languages. Chinese first: it is the language the course is taught in. */
public record LocalizedText(
        @JsonProperty("zh-CN") String zh,
        @JsonProperty("en") String en) {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    public String in(Locale locale) {
        return isChinese(locale) ? zh : en;
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
