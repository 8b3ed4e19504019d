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
        return grid;
    }

    private static Component painChain(Method.Diagram diagram, List<BoardContent.Item> items, BoardContent content) {
        Div chain = new Div(new H4(translate("board.diagram.chain")));
        chain.addClassName("chain-diagram");
        chain.getElement().setAttribute("role", "img");
        StringBuilder description = new StringBuilder();
        for (BoardContent.Item item : items) {
            String who = who(diagram, content, item);
            Div card = new Div(new Span(who), new Span(content.text(item.id(), diagram.pain())));
            card.addClassName("chain-card");
            for (String reasonField : diagram.reasons()) {
                String reason = content.text(item.id(), reasonField);
                if (reason.isBlank()) {
                    continue;
                }
                Optional<BoardContent.Item> next = items.stream()
                        .filter(other -> other != item && same(content.text(other.id(), diagram.pain()), reason))
                        .findFirst();
                Span line = new Span(
                        reason + next.map(n -> " → " + who(diagram, content, n)).orElse(""));
                line.addClassName(next.isPresent() ? "chain-link" : "chain-reason");
                card.add(line);
                next.ifPresent(n -> description
                        .append(who)
                        .append(" → ")
                        .append(who(diagram, content, n))
                        .append("; "));
            }
            chain.add(card);
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
        BoardContent content = board.content();
        Div map = new Div(new H4(translate("board.diagram.map")));
        map.addClassName("org-map-diagram");
        UnorderedList roots = new UnorderedList();
        roots.getElement().setAttribute("role", "tree");
        roots.getElement().setAttribute("aria-label", translate("board.diagram.map"));
        String name = diagram.who().getFirst();
        for (BoardContent.Item item : items) {
            String boss = content.text(item.id(), diagram.reportsTo());
            boolean root = boss.isBlank() || items.stream().noneMatch(o -> same(content.text(o.id(), name), boss));
            if (root) {
                roots.add(node(new MapContext(section, diagram, items, board, locale), item, 0));
            }
        }
        map.add(roots);
        return map;
    }

    private record MapContext(
            Method.Section section,
            Method.Diagram diagram,
            List<BoardContent.Item> items,
            BoardSnapshot board,
            Locale locale) {}

    private static ListItem node(MapContext map, BoardContent.Item item, int depth) {
        BoardContent content = map.board().content();
        Method.Diagram diagram = map.diagram();
        String name = content.text(item.id(), diagram.who().getFirst());
        Div box = new Div();
        String attitude = diagram.attitude() == null ? "" : content.text(item.id(), diagram.attitude());
        box.addClassNames("map-node", "attitude-" + blankTo(attitude, "unknown"));
        box.add(
                new Span(name.isBlank() ? "?" : name),
                new Span(
                        diagram.who().size() > 1
                                ? content.text(item.id(), diagram.who().get(1))
                                : ""));
        String facts = String.join(
                " · ",
                diagram.facts().stream()
                        .map(fact -> fact(map, fact, content.text(item.id(), fact)))
                        .filter(s -> !s.isBlank())
                        .toList());
        Span badge = new Span(facts);
        badge.addClassName("map-facts");
        box.add(badge);
        ListItem node = new ListItem(box);
        node.getElement().setAttribute("role", "treeitem");
        node.getElement().setAttribute("aria-label", name + (facts.isEmpty() ? "" : ", " + facts));
        List<BoardContent.Item> reports = map.items().stream()
                .filter(o -> o != item && !name.isBlank() && same(content.text(o.id(), diagram.reportsTo()), name))
                .toList();
        if (!reports.isEmpty() && depth < 12) {
            UnorderedList children = new UnorderedList();
            children.getElement().setAttribute("role", "group");
            reports.forEach(r -> children.add(node(map, r, depth + 1)));
            node.add(children);
        }
        return node;
    }

    /** A key fact as the board reads it: a term with its symbol, or the field's label and value. */
    private static String fact(MapContext map, String fieldId, String value) {
        if (value.isBlank()) {
            return "";
        }
        Optional<Method.Field> field = map.section().fields().stream()
                .filter(f -> f.id().equals(fieldId))
                .findFirst();
        Optional<Method.Term> term = field.map(Method.Field::vocabulary)
                .flatMap(vocabulary -> map.board().pack().method().vocabulary(vocabulary))
                .flatMap(v ->
                        v.terms().stream().filter(t -> t.id().equals(value)).findFirst());
        if (term.isPresent()) {
            return term.get().symbol() != null
                    ? term.get().symbol() + " " + term.get().label().in(map.locale())
                    : term.get().label().in(map.locale());
        }
        return field.map(f -> f.label().in(map.locale()) + " " + value).orElse(value);
    }

    private static String who(Method.Diagram diagram, BoardContent content, BoardContent.Item item) {
        for (String field : diagram.who()) {
            if (content.filled(item.id(), field)) {
                return content.text(item.id(), field);
            }
        }
        return "?";
    }

    private static boolean same(String a, String b) {
        return !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }

    private static String blankTo(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }
}
