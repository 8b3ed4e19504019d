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
 * Pictures of list sections that read at a glance: a pain chain (entries with a pain and reasons; a reason that
 * is another entry's pain leads to it) and an org map (entries with a name and who they report to, each box
 * showing buying role, attitude and influence).
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
        if (section.kind() != Method.SectionKind.LIST) {
            return Optional.empty();
        }
        List<String> fields = section.fields().stream().map(Method.Field::id).toList();
        List<BoardContent.Item> items = board.content().itemsOf(section.id());
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (fields.contains("pain") && fields.contains("reason1")) {
            return Optional.of(painChain(items, board.content()));
        }
        if (fields.contains("name") && fields.contains("reportsTo")) {
            return Optional.of(orgMap(items, board, locale));
        }
        return Optional.empty();
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

    private static Component painChain(List<BoardContent.Item> items, BoardContent content) {
        Div chain = new Div(new H4(translate("board.diagram.chain")));
        chain.addClassName("chain-diagram");
        chain.getElement().setAttribute("role", "img");
        StringBuilder description = new StringBuilder();
        for (BoardContent.Item item : items) {
            String who = firstFilled(content, item, "name", "title");
            Div card = new Div(new Span(who), new Span(content.text(item.id(), "pain")));
            card.addClassName("chain-card");
            for (String reasonField : List.of("reason1", "reason2")) {
                String reason = content.text(item.id(), reasonField);
                if (reason.isBlank()) {
                    continue;
                }
                Optional<BoardContent.Item> next = items.stream()
                        .filter(other -> other != item && same(content.text(other.id(), "pain"), reason))
                        .findFirst();
                Span line = new Span(reason
                        + next.map(n -> " → " + firstFilled(content, n, "name", "title"))
                                .orElse(""));
                line.addClassName(next.isPresent() ? "chain-link" : "chain-reason");
                card.add(line);
                next.ifPresent(n -> description
                        .append(who)
                        .append(" → ")
                        .append(firstFilled(content, n, "name", "title"))
                        .append("; "));
            }
            chain.add(card);
        }
        chain.getElement().setAttribute("aria-label", translate("board.diagram.chain") + ": " + description);
        return chain;
    }

    private static Component orgMap(List<BoardContent.Item> items, BoardSnapshot board, Locale locale) {
        BoardContent content = board.content();
        Div map = new Div(new H4(translate("board.diagram.map")));
        map.addClassName("org-map-diagram");
        UnorderedList roots = new UnorderedList();
        roots.getElement().setAttribute("role", "tree");
        roots.getElement().setAttribute("aria-label", translate("board.diagram.map"));
        for (BoardContent.Item item : items) {
            String boss = content.text(item.id(), "reportsTo");
            boolean root = boss.isBlank() || items.stream().noneMatch(o -> same(content.text(o.id(), "name"), boss));
            if (root) {
                roots.add(node(item, items, board, locale, 0));
            }
        }
        map.add(roots);
        return map;
    }

    private static ListItem node(
            BoardContent.Item item, List<BoardContent.Item> items, BoardSnapshot board, Locale locale, int depth) {
        BoardContent content = board.content();
        String name = content.text(item.id(), "name");
        Div box = new Div();
        box.addClassNames("map-node", "attitude-" + blankTo(content.text(item.id(), "attitude"), "unknown"));
        box.add(new Span(name.isBlank() ? "?" : name), new Span(content.text(item.id(), "title")));
        String facts = String.join(
                " · ",
                List.of(
                                term(board, "buying-roles", content.text(item.id(), "buyingRole"), locale),
                                term(board, "attitude", content.text(item.id(), "attitude"), locale),
                                influence(content.text(item.id(), "influence")))
                        .stream()
                        .filter(s -> !s.isBlank())
                        .toList());
        Span badge = new Span(facts);
        badge.addClassName("map-facts");
        box.add(badge);
        ListItem node = new ListItem(box);
        node.getElement().setAttribute("role", "treeitem");
        node.getElement().setAttribute("aria-label", name + (facts.isEmpty() ? "" : ", " + facts));
        List<BoardContent.Item> reports = items.stream()
                .filter(o -> o != item && !name.isBlank() && same(content.text(o.id(), "reportsTo"), name))
                .toList();
        if (!reports.isEmpty() && depth < 12) {
            UnorderedList children = new UnorderedList();
            children.getElement().setAttribute("role", "group");
            reports.forEach(r -> children.add(node(r, items, board, locale, depth + 1)));
            node.add(children);
        }
        return node;
    }

    private static String term(BoardSnapshot board, String vocabulary, String id, Locale locale) {
        if (id.isBlank()) {
            return "";
        }
        return board.pack()
                .method()
                .vocabulary(vocabulary)
                .flatMap(v -> v.terms().stream().filter(t -> t.id().equals(id)).findFirst())
                .map(t -> t.symbol() != null
                        ? t.symbol() + " " + t.label().in(locale)
                        : t.label().in(locale))
                .orElse(id);
    }

    private static String influence(String value) {
        return value.isBlank() ? "" : translate("board.influence", value);
    }

    private static String firstFilled(BoardContent content, BoardContent.Item item, String... fields) {
        for (String field : fields) {
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
