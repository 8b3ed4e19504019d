package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;

/** What earlier boards carry onto this one, read only, with a button per place an entry can be copied to. */
class CarriedPanel extends Div {

    private final BoardActions actions;
    private final Locale locale;

    /** @param actions null on a read-only board: nothing to copy */
    CarriedPanel(BoardActions actions, Locale locale) {
        this.actions = actions;
        this.locale = locale;
        addClassName("board-carried");
    }

    void show(BoardSnapshot board) {
        removeAll();
        for (BoardSnapshot.Carried carry : board.carried()) {
            Div panel = new Div(new H3(getTranslation(
                    "board.carried",
                    carry.from().label().in(locale),
                    carry.section().title().in(locale))));
            panel.addClassName("carried-panel");
            List<BoardContent.Item> items = carry.section().kind() == Method.SectionKind.FIELDS
                    ? List.of(new BoardContent.Item(
                            BoardEditorModel.mainItem(carry.section().id()).toString(), 0))
                    : carry.content().itemsOf(carry.section().id());
            if (items.stream()
                    .noneMatch(i -> carry.section().fields().stream()
                            .anyMatch(f -> carry.content().filled(i.id(), f.id())))) {
                panel.add(new Paragraph(getTranslation("board.carried.empty")));
            }
            for (BoardContent.Item item : items) {
                String line = carry.section().fields().stream()
                        .filter(f -> carry.content().filled(item.id(), f.id()))
                        .map(f -> f.label().in(locale) + ": " + carry.content().text(item.id(), f.id()))
                        .collect(Collectors.joining(" · "));
                if (!line.isEmpty()) {
                    Div row = new Div(new Span(line));
                    row.addClassName("carried-row");
                    copyButtons(board, carry, item, line).forEach(row::add);
                    panel.add(row);
                }
            }
            add(panel);
        }
    }

    /** The pack says where an entry of an earlier list can be copied on this board: one button per place. */
    private List<Button> copyButtons(
            BoardSnapshot board, BoardSnapshot.Carried carry, BoardContent.Item item, String line) {
        if (actions == null || carry.section().kind() != Method.SectionKind.LIST) {
            return List.of();
        }
        List<Button> buttons = new ArrayList<>();
        for (Method.CopyTo copy : carry.copyTo()) {
            String target = board.template().sections().stream()
                    .filter(s -> s.id().equals(copy.section()))
                    .findFirst()
                    .map(s -> s.title().in(locale))
                    .orElse(copy.section());
            Button button = new Button(
                    getTranslation("board.copyTo", target),
                    e -> actions.copy(carry.from().id(), item.itemId(), copy.section()));
            button.getElement().setAttribute("aria-label", getTranslation("board.copyEntryTo", line, target));
            // A second tap would duplicate the person: a copy that stands says so until it is undone or removed.
            if (carry.isCopied(item.itemId(), copy.section())) {
                button.setText(getTranslation("board.copied", target));
                button.getElement().setAttribute("aria-label", getTranslation("board.copiedEntryTo", line, target));
                button.setEnabled(false);
                button.addClassName("board-copied");
            } else {
                button.addClassName("board-action"); // enabled with the board, unlike a copy already made
            }
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            buttons.add(button);
        }
        return buttons;
    }
}
