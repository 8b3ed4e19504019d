package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.board.BoardHistory;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.ui.BoardPicture;
import org.ssmclassroom.scenario.Method;

/**
 * The board a scorer judges: as it stood at time-up, marked so, with what the table changed after it and the
 * board as it is now a tap away. Before time-up, the board now, live.
 */
class TimeUpBoard extends Div {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final BoardService boards;
    private final BoardService.AtTimeUp times;
    private final Locale locale;
    private final Paragraph marker = new Paragraph();
    private final Div picture = new Div();
    private boolean showingNow;

    TimeUpBoard(BoardService boards, BoardService.AtTimeUp times, Locale locale) {
        this.boards = boards;
        this.times = times;
        this.locale = locale;
        addClassName("time-up-board");
        marker.addClassName("time-up-marker");
        marker.getElement().setAttribute("role", "status");
        add(marker);
        if (times.timeUp() != null && !times.since().isEmpty()) {
            Button toggle = new Button(getTranslation("scoring.showNow"));
            toggle.addThemeVariants(ButtonVariant.TERTIARY);
            toggle.addClickListener(e -> {
                showingNow = !showingNow;
                toggle.setText(getTranslation(showingNow ? "scoring.showTimeUp" : "scoring.showNow"));
                show();
            });
            add(toggle, changes());
        }
        add(picture);
        show();
    }

    private void show() {
        picture.removeAll();
        String viewer = getTranslation("board.instructor");
        if (times.timeUp() == null) {
            marker.setText(getTranslation("scoring.notTimeUp"));
            picture.add(new BoardPicture(boards, times.now(), locale, viewer, true));
        } else if (showingNow) {
            marker.setText(getTranslation("scoring.boardNow", times.since().size()));
            picture.add(new BoardPicture(boards, times.now(), locale, viewer, true));
        } else {
            marker.setText(getTranslation(
                    "scoring.atTimeUp",
                    TIME.format(times.timeUp()),
                    times.since().size()));
            picture.add(new BoardPicture(boards, times.then(), locale, viewer, false));
        }
    }

    private Details changes() {
        UnorderedList list = new UnorderedList();
        for (BoardHistory.Change change : times.since()) {
            list.add(new ListItem(getTranslation(
                    change.field() == null ? "scoring.change.entry" : "scoring.change.field",
                    change.author(),
                    change.field() == null ? section(change.item()) : fieldLabel(change.item(), change.field()),
                    TIME.format(change.changedAt()))));
        }
        Details details =
                new Details(getTranslation("scoring.changesAfter", times.since().size()), list);
        details.addClassName("time-up-changes");
        return details;
    }

    private String section(String item) {
        String id = BoardItemId.parse(item).section();
        return times.now().template().sections().stream()
                .filter(s -> s.id().equals(id))
                .map(s -> s.title().in(locale))
                .findFirst()
                .orElse(id);
    }

    private String fieldLabel(String item, String field) {
        String id = BoardItemId.parse(item).section();
        return times.now().template().sections().stream()
                .filter(s -> s.id().equals(id))
                .flatMap(s -> s.fields().stream())
                .filter(f -> f.id().equals(field))
                .map(Method.Field::label)
                .map(label -> label.in(locale))
                .findFirst()
                .orElse(field);
    }
}
