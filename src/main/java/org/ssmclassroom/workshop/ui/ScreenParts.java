package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Ids.TableId;
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

    default Optional<Part> projector(WorkshopSnapshot workshop) {
        return Optional.empty();
    }
}
