package org.ssmclassroom.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.html.NativeButton;
import java.util.List;

/** The tablet's tabs as a trainee taps them: by the start of their label ("Materials" for "Materials (3)"). */
public final class TabletTabs {

    private TabletTabs() {}

    private static List<NativeButton> tabs() {
        return _find(NativeButton.class).stream()
                .filter(button -> "tab".equals(button.getElement().getAttribute("role")))
                .toList();
    }

    public static List<String> labels() {
        return tabs().stream().map(NativeButton::getText).toList();
    }

    /** The label of the tab that is chosen now. */
    public static String selected() {
        return tabs().stream()
                .filter(tab -> "true".equals(tab.getElement().getAttribute("aria-selected")))
                .map(NativeButton::getText)
                .findFirst()
                .orElseThrow();
    }

    public static void open(String label) {
        _click(tabs().stream()
                .filter(tab -> tab.getText().startsWith(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + label + " among " + labels())));
    }
}
