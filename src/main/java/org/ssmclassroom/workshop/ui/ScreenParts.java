package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * What another feature adds to the workshop's screens (scores on the console, a table's results on its
 * tablets, the leaderboard on the projector), so the workshop's views need not know those features. A part
 * keeps itself current while attached; the screen also hands it each newer workshop.
 */
public interface ScreenParts {

    /** A part of a screen. */
    interface Part {
        Component component();

        default void show(WorkshopSnapshot workshop) {}
    }

    /**
     * News for a tablet (the case's update, the table's released results): folded under the tablet's News tab,
     * which counts its items and tells the trainee when one arrives.
     */
    interface News extends Part {
        /** How many items it shows now. */
        int items();

        /** Called, in the screen's UI thread, whenever its items change. */
        void whenChanged(Runnable listener);
    }

    /** A news part that holds its items in a box: fill it, then say how many it holds. */
    final class NewsBox implements News {

        private final Div box = new Div();
        private final List<Runnable> listeners = new ArrayList<>();
        private int items;

        public NewsBox(String className) {
            box.addClassName(className);
        }

        public Div box() {
            return box;
        }

        /** After filling the box: how many items it holds now. */
        public void holds(int count) {
            box.setVisible(count > 0);
            if (count != items) {
                items = count;
                listeners.forEach(Runnable::run);
            }
        }

        @Override
        public Component component() {
            return box;
        }

        @Override
        public int items() {
            return items;
        }

        @Override
        public void whenChanged(Runnable listener) {
            listeners.add(listener);
        }
    }

    /** A link on the tablet to another of the trainee's pages, as a part; it navigates without reloading. */
    static Part tabletLink(String route, String className, String textKey, Object... textArguments) {
        Anchor link = new Anchor(route, "");
        link.setText(link.getTranslation(textKey, textArguments));
        link.getElement().setAttribute("router-link", true);
        link.addClassName(className);
        return () -> link;
    }

    /** Added to the instructor's list of workshops (importing one from an archive). */
    default Optional<Part> workshops() {
        return Optional.empty();
    }

    default Optional<Part> console(WorkshopSnapshot workshop) {
        return Optional.empty();
    }

    default Optional<Part> tablet(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        return Optional.empty();
    }

    default Optional<News> tabletNews(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        return Optional.empty();
    }

    /**
     * What the trainee takes home (their own plan, their personal PDF): beside the exercise while the workshop runs,
     * and still there after it has closed.
     */
    default Optional<Part> tabletTakeaway(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        return Optional.empty();
    }

    /** The table's boards to read again (earlier exercises; every board once the workshop has closed). */
    default Optional<Part> tabletBoards(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        return Optional.empty();
    }

    default Optional<Part> projector(WorkshopSnapshot workshop) {
        return Optional.empty();
    }
}
