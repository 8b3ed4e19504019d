package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.ui.ScreenParts;

/** The table's boards on its tablets: each exercise's board to read again, read only once its time is over. */
@Component
class BoardScreenParts implements ScreenParts {

    private final BoardService boards;

    BoardScreenParts(BoardService boards) {
        this.boards = boards;
    }

    @Override
    public Optional<Part> tabletBoards(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        List<String> exercises = boards.exercisesWithBoards(table);
        if (exercises.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = UI.getCurrent().getLocale();
        UnorderedList list = new UnorderedList();
        for (String exerciseId : exercises) {
            workshop.pack().method().exercise(exerciseId).ifPresent(exercise -> {
                Anchor link = new Anchor(
                        "board?exercise=" + exerciseId,
                        exercise.label().in(locale) + " — " + exercise.title().in(locale));
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link));
            });
        }
        String title = list.getTranslation("tablet.ourBoards");
        Nav nav = new Nav(new H3(title), list);
        nav.addClassName("our-boards");
        nav.getElement().setAttribute("aria-label", title);
        return Optional.of(() -> nav);
    }
}
