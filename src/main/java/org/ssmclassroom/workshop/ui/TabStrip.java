package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A row of tabs over their panels, built from plain buttons with the ARIA tab pattern (tablist, tab with
 * aria-selected and aria-controls, tabpanel labelled by its tab), so screen readers and axe read it as tabs.
 * Every panel stays attached, only hidden, so the live parts inside keep following their changes.
 */
class TabStrip<K> extends Div {

    private final Div bar = new Div();
    private final Div panels = new Div();
    private final Map<K, NativeButton> tabs = new LinkedHashMap<>();
    private final Map<K, Component> contents = new LinkedHashMap<>();
    private final java.util.Set<K> absent = new java.util.HashSet<>();
    private final String idPrefix;
    private Consumer<K> onSelect = key -> {};
    private K selected;

    TabStrip(String idPrefix) {
        this.idPrefix = idPrefix;
        bar.addClassName("tab-strip");
        bar.getElement().setAttribute("role", "tablist");
        panels.addClassName("tab-panels");
        add(bar, panels);
    }

    void add(K key, String label, Component panel) {
        int index = tabs.size();
        NativeButton tab = new NativeButton(label, e -> select(key));
        tab.setId(idPrefix + "-tab-" + index);
        tab.addClassName("tab");
        tab.getElement().setAttribute("role", "tab");
        tab.getElement().setAttribute("aria-controls", idPrefix + "-panel-" + index);
        panel.setId(idPrefix + "-panel-" + index);
        panel.getElement().setAttribute("role", "tabpanel");
        panel.getElement().setAttribute("aria-labelledby", tab.getId().orElseThrow());
        tabs.put(key, tab);
        contents.put(key, panel);
        bar.add(tab);
        panels.add(panel);
        show(selected == null ? key : selected);
    }

    void onSelect(Consumer<K> listener) {
        onSelect = listener;
    }

    void select(K key) {
        show(key);
        onSelect.accept(key);
    }

    /** Shows a tab's panel, as when tapped, without telling the listener: for the screen's own redraws. */
    void show(K key) {
        selected = key;
        tabs.forEach((k, tab) -> {
            tab.getElement().setAttribute("aria-selected", String.valueOf(k.equals(key)));
            tab.setVisible(!absent.contains(k));
        });
        contents.forEach((k, panel) -> panel.setVisible(k.equals(key) && !absent.contains(k)));
    }

    /**
     * Offers a tab or not (a tab with nothing to show today), keeping it and its button: a screen that changes
     * its tabs in place never replaces a tab while it is being tapped.
     */
    void setPresent(K key, boolean present) {
        if (present ? absent.remove(key) : absent.add(key)) {
            show(selected);
        }
    }

    boolean present(K key) {
        return tabs.containsKey(key) && !absent.contains(key);
    }

    /** The first tab offered; the first of all when none is. */
    K firstPresent() {
        return tabs.keySet().stream()
                .filter(this::present)
                .findFirst()
                .orElse(tabs.keySet().iterator().next());
    }

    void setLabel(K key, String label, boolean unread) {
        NativeButton tab = tabs.get(key);
        if (tab != null) {
            tab.setText(label);
            if (unread) {
                tab.addClassName("unread");
            } else {
                tab.removeClassName("unread");
            }
        }
    }
}
