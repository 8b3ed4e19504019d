package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.scenario.Method;

/**
 * A grid section: a cell per row and column of the pack's vocabularies, its fields inside, its sample questions; rows
 * grouped by card come under their card's heading (the assessment's four forms).
 */
class GridSection extends NativeTable {

    private final Method method;
    private final Locale locale;

    GridSection(
            Method.Section section,
            Method method,
            Locale locale,
            BiFunction<BoardItemId, Method.Field, Component> field) {
        this.method = method;
        this.locale = locale;
        List<Method.Term> rows =
                method.vocabulary(section.rows()).map(Method.Vocabulary::terms).orElse(List.of());
        List<Method.Term> columns = method.vocabulary(section.columns())
                .map(Method.Vocabulary::terms)
                .orElse(List.of());
        addClassName("board-grid");
        NativeTableBody body = new NativeTableBody();
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(""));
        columns.forEach(c -> head.add(new NativeTableHeaderCell(c.label().in(locale))));
        body.add(head);
        add(body);
        String group = null;
        for (Method.Term row : rows) {
            if (section.rowGroups() == Method.RowGroups.CARDS && !java.util.Objects.equals(row.group(), group)) {
                group = row.group();
                body = new NativeTableBody();
                body.addClassName("grid-group");
                method.card(group).ifPresent(card -> add(groupHeading(card, columns.size() + 1)));
                add(body);
            }
            NativeTableRow line =
                    new NativeTableRow(new NativeTableHeaderCell(row.label().in(locale)));
            for (Method.Term column : columns) {
                NativeTableCell cell = new NativeTableCell();
                BoardItemId item = BoardEditorModel.gridCell(section.id(), row.id(), column.id());
                section.fields().forEach(f -> {
                    Component input = field.apply(item, f);
                    input.getElement()
                            .setAttribute(
                                    "aria-label",
                                    row.label().in(locale) + " · "
                                            + column.label().in(locale) + " · "
                                            + f.label().in(locale));
                    cell.add(input);
                });
                sampleQuestions(row.id(), column.id()).ifPresent(cell::add);
                line.add(cell);
            }
            body.add(line);
        }
    }

    /**
     * The heading of a group of rows: the concept card that names the group (an assessment form: its title, headline
     * and sub-title), over the whole width of the grid.
     */
    private NativeTableBody groupHeading(Method.Card card, int width) {
        NativeTableHeaderCell heading = new NativeTableHeaderCell();
        heading.getElement().setAttribute("colspan", String.valueOf(width));
        heading.getElement().setAttribute("scope", "rowgroup");
        Span title = new Span(card.title().in(locale));
        title.addClassName("grid-group-title");
        heading.add(title);
        if (card.text() != null) {
            Span headline = new Span(card.text().in(locale));
            headline.addClassName("grid-group-headline");
            heading.add(headline);
        }
        card.items().forEach(item -> {
            Span line = new Span(item.in(locale));
            line.addClassName("grid-group-subtitle");
            heading.add(line);
        });
        NativeTableBody body = new NativeTableBody(new NativeTableRow(heading));
        body.addClassName("grid-group-heading");
        return body;
    }

    /** The pack's sample questions for a 9-block cell, as hints. */
    private java.util.Optional<Component> sampleQuestions(String row, String column) {
        Method.NineBlock nine = method.models().nineBlock();
        if (nine == null) {
            return java.util.Optional.empty();
        }
        return nine.cells().stream()
                .filter(c -> c.row().equals(row) && c.column().equals(column))
                .findFirst()
                .map(c -> {
                    Div hint = new Div(new Span(
                            c.questions().stream().map(q -> q.in(locale)).collect(Collectors.joining(" "))));
                    hint.addClassName("board-hint");
                    if (c.note() != null) {
                        Span note = new Span(getTranslation("origin.corrected") + ": "
                                + c.note().in(locale));
                        note.addClassName("board-hint-note");
                        hint.add(note);
                    }
                    return hint;
                });
    }
}
