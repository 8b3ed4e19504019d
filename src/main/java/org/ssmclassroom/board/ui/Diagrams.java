package org.ssmclassroom.board.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardDrawing;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;

/**
 * Pictures of sections that read at a glance, as the method pack declares them: a pain chain (a reason that is
 * another entry's pain leads to it), an org map (by reporting line, each box with its key facts) and the 2x2 of a
 * vocabulary laid out as quadrants.
 */
final class Diagrams {

    private Diagrams() {}

    /**
     * @param choose sets a field of the section's record to a term, when the board may be written; else null
     */
    static Optional<Component> of(
            Method.Section section, BoardSnapshot board, Locale locale, BiConsumer<Method.Field, String> choose) {
        if (section.kind() == Method.SectionKind.FIELDS) {
            return section.fields().stream()
                    .filter(f -> quadrantsOf(board, f))
                    .findFirst()
                    .map(f -> quadrants(section, f, board, locale, choose));
        }
        Method.Diagram diagram = section.diagram();
        List<BoardContent.Item> items = board.content().itemsOf(section.id());
        if (section.kind() != Method.SectionKind.LIST || diagram == null || items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                switch (diagram.kind()) {
                    case PAIN_CHAIN -> painChain(diagram, items, board.content());
                    case ORG_MAP -> orgMap(section, diagram, items, board, locale);
                });
    }

    /** A choice field whose vocabulary the pack lays out as quadrants. */
    static boolean quadrantsOf(BoardSnapshot board, Method.Field field) {
        return field.type() == Method.FieldType.CHOICE
                && board.pack()
                        .method()
                        .vocabulary(field.vocabulary())
                        .filter(v -> v.layout() == Method.Layout.QUADRANTS)
                        .isPresent();
    }

    /**
     * A 2x2 to tap: the field's four terms, in vocabulary order, fill low/low, high second axis, high first axis
     * and high/high (the strategic alignment model's order in the method pack); the chosen one is marked.
     */
    private static Component quadrants(
            Method.Section section,
            Method.Field field,
            BoardSnapshot board,
            Locale locale,
            BiConsumer<Method.Field, String> choose) {
        List<Method.Term> terms = board.pack()
                .method()
                .vocabulary(field.vocabulary())
                .map(Method.Vocabulary::terms)
                .orElse(List.of());
        String chosen = board.content().text(BoardContent.itemId(section.id(), BoardContent.MAIN), field.id());
        Div grid = new Div();
        grid.addClassName("quadrant-grid");
        grid.getElement().setAttribute("role", "radiogroup");
        grid.getElement().setAttribute("aria-label", field.label().in(locale));
        if (terms.size() != 4) {
            return grid;
        }
        for (int index : new int[] {1, 3, 0, 2}) {
            Method.Term term = terms.get(index);
            Button cell = new Button(term.label().in(locale));
            cell.addClassName("quadrant");
            cell.getElement().setAttribute("role", "radio");
            cell.getElement()
                    .setAttribute("aria-checked", String.valueOf(term.id().equals(chosen)));
            if (term.id().equals(chosen)) {
                cell.addClassName("quadrant-chosen");
            }
            cell.addClassName("board-action");
            cell.setEnabled(choose != null && !board.locked());
            cell.addClickListener(e -> choose.accept(field, term.id()));
            grid.add(cell);
        }
        Method.Models models = board.pack().method().models();
        return models == null
                ? grid
                : models.axesOf(field.vocabulary())
                        .<Component>map(axes -> withAxes(grid, axes, locale))
                        .orElse(grid);
    }

    /** The 2x2 inside its axes as the deck draws them: one up the side (high at the top), one along the bottom. */
    private static Component withAxes(Div grid, Method.QuadrantAxes axes, Locale locale) {
        Div model = new Div();
        model.addClassName("quadrant-model");
        Span upTitle = axisText(axes.up().title(), locale, "quadrant-axis-title", "quadrant-axis-up");
        Div upEnds = new Div(
                axisText(axes.up().high(), locale, "quadrant-axis-end"),
                axisText(axes.up().low(), locale, "quadrant-axis-end"));
        upEnds.addClassNames("quadrant-axis-ends", "quadrant-axis-ends-up");
        Div acrossEnds = new Div(
                axisText(axes.across().low(), locale, "quadrant-axis-end"),
                axisText(axes.across().high(), locale, "quadrant-axis-end"));
        acrossEnds.addClassNames("quadrant-axis-ends", "quadrant-axis-ends-across");
        Span acrossTitle = axisText(axes.across().title(), locale, "quadrant-axis-title", "quadrant-axis-across");
        // Screen readers hear the axes once, in the radio group's name, instead of loose words around the radios.
        for (Component part : new Component[] {upTitle, upEnds, acrossEnds, acrossTitle}) {
            part.getElement().setAttribute("aria-hidden", "true");
        }
        grid.getElement()
                .setAttribute(
                        "aria-label",
                        grid.getElement().getAttribute("aria-label") + " (" + axis(axes.up(), locale) + "; "
                                + axis(axes.across(), locale) + ")");
        model.add(upTitle, upEnds, grid, acrossEnds, acrossTitle);
        if (axes.origin() == org.ssmclassroom.scenario.Origin.AUTHORED) {
            Span mark = new Span(translate(locale, "origin.authored"));
            mark.addClassNames("badge", "badge-authored", "quadrant-axes-origin");
            mark.setTitle(translate(locale, "board.quadrants.axesAuthored"));
            model.add(mark);
        }
        return model;
    }

    private static Span axisText(org.ssmclassroom.base.LocalizedText text, Locale locale, String... classes) {
        Span span = new Span(text.in(locale));
        span.addClassNames(classes);
        return span;
    }

    private static String axis(Method.Axis axis, Locale locale) {
        return axis.title().in(locale) + ": " + axis.low().in(locale) + " → "
                + axis.high().in(locale);
    }

    private static Component painChain(Method.Diagram diagram, List<BoardContent.Item> items, BoardContent content) {
        Div chain = new Div(new H4(translate("board.diagram.chain")));
        chain.addClassName("chain-diagram");
        chain.getElement().setAttribute("role", "img");
        StringBuilder description = new StringBuilder();
        for (BoardDrawing.ChainCard card : BoardDrawing.painChain(diagram, items, content)) {
            Div box = new Div(new Span(card.who()), new Span(card.pain()));
            box.addClassName("chain-card");
            for (BoardDrawing.Reason reason : card.reasons()) {
                Span line = new Span(
                        reason.text() + reason.leadsTo().map(n -> " → " + n).orElse(""));
                line.addClassName(reason.leadsTo().isPresent() ? "chain-link" : "chain-reason");
                box.add(line);
                reason.leadsTo()
                        .ifPresent(n -> description
                                .append(card.who())
                                .append(" → ")
                                .append(n)
                                .append("; "));
            }
            chain.add(box);
        }
        chain.getElement().setAttribute("aria-label", translate("board.diagram.chain") + ": " + description);
        return chain;
    }

    private static Component orgMap(
            Method.Section section,
            Method.Diagram diagram,
            List<BoardContent.Item> items,
            BoardSnapshot board,
            Locale locale) {
        Div map = new Div(new H4(translate("board.diagram.map")));
        map.addClassName("org-map-diagram");
        UnorderedList roots = new UnorderedList();
        roots.getElement().setAttribute("role", "tree");
        roots.getElement().setAttribute("aria-label", translate("board.diagram.map"));
        BoardDrawing.orgMap(board.pack().method(), section, items, board.content(), locale)
                .forEach(root -> roots.add(node(root)));
        map.add(roots);
        return map;
    }

    private static ListItem node(BoardDrawing.MapNode person) {
        Div box = new Div();
        box.addClassNames("map-node", "attitude-" + (person.attitude().isBlank() ? "unknown" : person.attitude()));
        String facts = String.join(" · ", person.facts());
        Span badge = new Span(facts);
        badge.addClassName("map-facts");
        box.add(new Span(person.name().isBlank() ? "?" : person.name()), new Span(person.title()), badge);
        ListItem node = new ListItem(box);
        node.getElement().setAttribute("role", "treeitem");
        node.getElement().setAttribute("aria-label", person.name() + (facts.isEmpty() ? "" : ", " + facts));
        if (!person.reports().isEmpty()) {
            UnorderedList children = new UnorderedList();
            children.getElement().setAttribute("role", "group");
            person.reports().forEach(r -> children.add(node(r)));
            node.add(children);
        }
        return node;
    }
}
