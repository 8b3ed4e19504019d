package org.ssmclassroom.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ssmclassroom.scenario.Method;

/**
 * What a section's diagram shows, as the method pack declares it, without saying how: the pain chain's cards
 * (a reason that is another entry's pain leads to it) and the org map's tree (by reporting line, each box with
 * its key facts). The board's screen and the PDF report draw the same pictures from this.
 */
public final class BoardDrawing {

    private static final int DEEPEST = 12;

    public record ChainCard(String who, String pain, List<Reason> reasons) {}

    /** A reason, and whom it leads to when it is another entry's pain. */
    public record Reason(String text, Optional<String> leadsTo) {}

    public record MapNode(String name, String title, String attitude, List<String> facts, List<MapNode> reports) {}

    private BoardDrawing() {}

    public static List<ChainCard> painChain(
            Method.Diagram diagram, List<BoardContent.Item> items, BoardContent content) {
        List<ChainCard> cards = new ArrayList<>();
        for (BoardContent.Item item : items) {
            List<Reason> reasons = new ArrayList<>();
            // A reason field may hold several reasons, a line each: each is matched to another entry's pain.
            for (String reason : diagram.reasons().stream()
                    .flatMap(field -> content.text(item.id(), field).lines())
                    .map(String::strip)
                    .toList()) {
                if (!reason.isBlank()) {
                    Optional<String> next = items.stream()
                            .filter(other -> other != item && same(content.text(other.id(), diagram.pain()), reason))
                            .findFirst()
                            .map(other -> who(diagram, content, other));
                    reasons.add(new Reason(reason, next));
                }
            }
            cards.add(new ChainCard(who(diagram, content, item), content.text(item.id(), diagram.pain()), reasons));
        }
        return cards;
    }

    /** The people nobody on the map is boss of come first; each has those who report to them. */
    public static List<MapNode> orgMap(
            Method method, Method.Section section, List<BoardContent.Item> items, BoardContent content, Locale locale) {
        Method.Diagram diagram = section.diagram();
        String name = diagram.who().getFirst();
        List<MapNode> roots = new ArrayList<>();
        for (BoardContent.Item item : items) {
            String boss = content.text(item.id(), diagram.reportsTo());
            boolean root = boss.isBlank() || items.stream().noneMatch(o -> same(content.text(o.id(), name), boss));
            if (root) {
                roots.add(node(method, section, items, content, locale, item, 0));
            }
        }
        return roots;
    }

    private static MapNode node(
            Method method,
            Method.Section section,
            List<BoardContent.Item> items,
            BoardContent content,
            Locale locale,
            BoardContent.Item item,
            int depth) {
        Method.Diagram diagram = section.diagram();
        String name = content.text(item.id(), diagram.who().getFirst());
        String title =
                diagram.who().size() > 1 ? content.text(item.id(), diagram.who().get(1)) : "";
        String attitude = diagram.attitude() == null ? "" : content.text(item.id(), diagram.attitude());
        List<String> facts = diagram.facts().stream()
                .map(fact -> fact(method, section, fact, content.text(item.id(), fact), locale))
                .filter(s -> !s.isBlank())
                .toList();
        List<MapNode> reports = depth >= DEEPEST
                ? List.of()
                : items.stream()
                        .filter(o ->
                                o != item && !name.isBlank() && same(content.text(o.id(), diagram.reportsTo()), name))
                        .map(o -> node(method, section, items, content, locale, o, depth + 1))
                        .toList();
        return new MapNode(name, title, attitude, facts, reports);
    }

    /** A key fact as the board reads it: a term with its symbol, or the field's label and value. */
    public static String fact(Method method, Method.Section section, String fieldId, String value, Locale locale) {
        if (value.isBlank()) {
            return "";
        }
        Optional<Method.Field> field =
                section.fields().stream().filter(f -> f.id().equals(fieldId)).findFirst();
        Optional<Method.Term> term = field.map(Method.Field::vocabulary)
                .flatMap(method::vocabulary)
                .flatMap(v ->
                        v.terms().stream().filter(t -> t.id().equals(value)).findFirst());
        if (term.isPresent()) {
            return term.get().symbol() != null
                    ? term.get().symbol() + " " + term.get().label().in(locale)
                    : term.get().label().in(locale);
        }
        return field.map(f -> f.label().in(locale) + " " + value).orElse(value);
    }

    public static String who(Method.Diagram diagram, BoardContent content, BoardContent.Item item) {
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
}
