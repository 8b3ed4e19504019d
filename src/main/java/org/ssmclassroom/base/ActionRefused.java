package org.ssmclassroom.base;

import java.util.Arrays;
import java.util.List;

/**
 * A user's action that the rules refuse (a locked board, a closed workshop, a full list): not a defect. It
 * carries a message key of the i18n bundle (under {@code refused.}) and its arguments, so every screen shows
 * it in the user's language; the exception message, for logs, is the key with its arguments.
 */
public class ActionRefused extends IllegalStateException {

    private final String key;
    private final transient List<Object> arguments;

    public ActionRefused(String key, Object... arguments) {
        super(key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.key = "refused." + key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
