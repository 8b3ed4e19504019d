package org.ssmclassroom.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;

/** The tablet's tabs as a trainee taps them: by the start of their label ("Materials" for "Materials (3)"). */
public final class TabletTabs {

    private TabletTabs() {}

    public static List<String> labels() {
        return _find(Tab.class).stream().map(Tab::getLabel).toList();
    }

    public static void open(String label) {
        _get(Tabs.class)
                .setSelectedTab(_find(Tab.class).stream()
                        .filter(tab -> tab.getLabel().startsWith(label))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no tab " + label + " among " + labels())));
    }
}
