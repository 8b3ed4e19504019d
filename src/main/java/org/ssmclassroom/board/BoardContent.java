package org.ssmclassroom.board;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.BoardItemId;

/**
 * What is written on a board: items (a list entry, a grid cell, or a section's one record), each with field
 * values that carry their own version. Items are keyed by their stored id, {@code section/suffix} (see
 * {@link BoardItemId}). Immutable.
 */
public record BoardContent(List<Item> items, Map<ValueKey, Value> values) {

    public record Item(String id, int position) {
        public BoardItemId itemId() {
            return BoardItemId.parse(id);
        }

        public String section() {
            return itemId().section();
        }
    }

    public record ValueKey(String item, String field) {}

    public record Value(String text, int version, String author, Instant at) {}

    public static final String MAIN = "main";

    public static String itemId(String section, String suffix) {
        return new BoardItemId(section, suffix).toString();
    }

    /** A case's model answer written as a board, in one language: list entries numbered, records as {@code main}. */
    public static BoardContent ofModel(
            org.ssmclassroom.scenario.Method.Template template, Map<String, Object> board, java.util.Locale locale) {
        List<Item> items = new java.util.ArrayList<>();
        Map<ValueKey, Value> values = new java.util.HashMap<>();
        for (org.ssmclassroom.scenario.ModelBoard.Entry entry :
                org.ssmclassroom.scenario.ModelBoard.entries(template, board, locale)) {
            boolean list = template.sections().stream()
                    .anyMatch(s -> s.id().equals(entry.section())
                            && s.kind() == org.ssmclassroom.scenario.Method.SectionKind.LIST);
            String item = itemId(entry.section(), list ? "model-" + entry.position() : MAIN);
            if (list) {
                items.add(new Item(item, entry.position()));
            }
            entry.values()
                    .forEach((field, text) -> values.put(new ValueKey(item, field), new Value(text, 1, "", null)));
        }
        return new BoardContent(List.copyOf(items), Map.copyOf(values));
    }

    /** The list entries of a section, in order. */
    public List<Item> itemsOf(String section) {
        return items.stream()
                .filter(i -> i.section().equals(section))
                .sorted(Comparator.comparingInt(Item::position))
                .toList();
    }

    /** A section's entries the board shows: its list entries in order, then its record or cells with something written. */
    public List<String> entriesOf(String section) {
        java.util.Set<String> entries = new java.util.LinkedHashSet<>();
        itemsOf(section).forEach(item -> entries.add(item.id()));
        values.keySet().stream()
                .map(ValueKey::item)
                .filter(item -> BoardItemId.inSection(item, section))
                .sorted()
                .forEach(entries::add);
        return List.copyOf(entries);
    }

    /** Whether the board shows this entry: a list entry, or a section's record or grid cell with something written. */
    public boolean shows(String item) {
        return items.stream().anyMatch(i -> i.id().equals(item))
                || values.keySet().stream().anyMatch(key -> key.item().equals(item));
    }

    public boolean shows(BoardItemId item) {
        return shows(item.toString());
    }

    public Optional<Value> value(BoardItemId item, String field) {
        return value(item.toString(), field);
    }

    public String text(BoardItemId item, String field) {
        return text(item.toString(), field);
    }

    public int version(BoardItemId item, String field) {
        return version(item.toString(), field);
    }

    public Optional<Value> value(String item, String field) {
        return Optional.ofNullable(values.get(new ValueKey(item, field)));
    }

    public String text(String item, String field) {
        return value(item, field).map(Value::text).orElse("");
    }

    public int version(String item, String field) {
        return value(item, field).map(Value::version).orElse(0);
    }

    public boolean filled(String item, String field) {
        return !text(item, field).isBlank();
    }
}
