package org.ssmclassroom.roleplay.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.board.ui.BoardParts;
import org.ssmclassroom.roleplay.InterviewService;

/** Below the interview's board: each target, whether the table uncovered it, and whether the notes say it. */
@org.springframework.stereotype.Component
class InterviewBoardPart implements BoardParts {

    private final InterviewService interviews;

    InterviewBoardPart(InterviewService interviews) {
        this.interviews = interviews;
    }

    @Override
    public Optional<Component> below(BoardSnapshot board, Locale locale) {
        return interviews.onTheBoard(board).map(targets -> checks(targets, locale));
    }

    private static Component checks(List<InterviewService.OnTheBoard> targets, Locale locale) {
        Div box = new Div();
        box.addClassNames("board-checks", "interview-board-checks");
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", box.getTranslation("interview.board.title"));
        for (InterviewService.OnTheBoard target : targets) {
            String state = target.state().name().toLowerCase(Locale.ROOT);
            ListItem item = new ListItem(box.getTranslation(
                    "interview.board." + state, target.target().label().in(locale)));
            item.addClassName("interview-" + state.replace('_', '-'));
            list.add(item);
        }
        box.add(new H3(box.getTranslation("interview.board.title")), list);
        return box;
    }
}
