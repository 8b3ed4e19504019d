package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * The tablet's News tab: the features' news for the table (the case's update, released results), counted on the
 * tab, marked unread until the trainee opens it, and announced when one arrives while another tab is open.
 */
final class TabletNews {

    private final Component screen;
    private final List<ScreenParts> extensions;
    private final DeviceToken device;
    private final BooleanSupplier open;
    private final List<ScreenParts.News> news = new ArrayList<>();
    private TableId table;
    private int seen;
    private TabStrip<TabletView.Tab> strip;
    private Paragraph none;

    /** @param open whether the trainee has the News tab open */
    TabletNews(Component screen, List<ScreenParts> extensions, DeviceToken device, BooleanSupplier open) {
        this.screen = screen;
        this.extensions = extensions;
        this.device = device;
        this.open = open;
    }

    /** The tabs whose News label this counts. */
    void labelOn(TabStrip<TabletView.Tab> tabs) {
        strip = tabs;
    }

    /** The trainee opened the News tab: what it holds now is read. */
    void read() {
        seen = count();
    }

    /** The next panel is built anew, as for another table. */
    void forget() {
        table = null;
    }

    /**
     * The news parts are built once per table and kept across redraws, so they follow their own live changes;
     * each change recounts the news tab.
     */
    Div panel(WorkshopSnapshot snapshot, TableId at) {
        if (!at.equals(table)) {
            news.clear();
            table = at;
            extensions.forEach(e -> e.tabletNews(snapshot, at, device).ifPresent(news::add));
            seen = count();
            news.forEach(n -> n.whenChanged(this::changed));
        }
        Div panel = new Div();
        panel.addClassName("tablet-news");
        news.forEach(n -> panel.add(n.component()));
        none = new Paragraph(screen.getTranslation("tablet.news.none"));
        none.addClassName("tablet-news-none");
        none.setVisible(count() == 0);
        panel.add(none);
        return panel;
    }

    private void changed() {
        int count = count();
        if (count > seen && !open.getAsBoolean()) {
            Notification notice = Notification.show(
                    screen.getTranslation("tablet.news.arrived"), 6000, Notification.Position.TOP_CENTER);
            notice.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
        } else if (open.getAsBoolean() || count < seen) {
            seen = count;
        }
        if (none != null) {
            none.setVisible(count == 0);
        }
        label();
    }

    private int count() {
        return news.stream().mapToInt(ScreenParts.News::items).sum();
    }

    void label() {
        if (strip == null) {
            return;
        }
        int count = count();
        boolean unread = count > seen;
        strip.setLabel(
                TabletView.Tab.NEWS,
                count == 0
                        ? screen.getTranslation("tablet.tab.news")
                        : screen.getTranslation(unread ? "tablet.tab.newsUnread" : "tablet.tab.newsCount", count),
                unread);
    }
}
