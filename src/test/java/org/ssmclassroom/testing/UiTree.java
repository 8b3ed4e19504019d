package org.ssmclassroom.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The browser's copy of a Vaadin UI's element tree, kept up to date from the {@code changes} of each UIDL
 * message as Flow's own client keeps it. Only what a test needs to find an element by its label or text and
 * read its value: tags, properties, attributes, text and children.
 */
final class UiTree {

    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;

    record Node(int id, Map<Integer, Map<String, JsonNode>> maps, Map<Integer, List<Integer>> lists) {

        String tag() {
            return string(ELEMENT_DATA, "tag");
        }

        String property(String name) {
            return string(PROPERTIES, name);
        }

        String attribute(String name) {
            return string(ATTRIBUTES, name);
        }

        private String string(int feature, String key) {
            JsonNode value = maps.getOrDefault(feature, Map.of()).get(key);
            return value == null || value.isNull() ? null : value.asString();
        }

        Stream<Integer> children() {
            return lists.values().stream().flatMap(List::stream);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            Node node = nodes.computeIfAbsent(id, n -> new Node(n, new HashMap<>(), new HashMap<>()));
            switch (change.get("type").asString()) {
                case "detach" -> nodes.remove(id);
                case "put" ->
                    node.maps()
                            .computeIfAbsent(change.get("feat").asInt(), f -> new LinkedHashMap<>())
                            .put(
                                    change.get("key").asString(),
                                    change.has("nodeValue") ? change.get("nodeValue") : change.get("value"));
                case "remove" ->
                    node.maps()
                            .getOrDefault(change.get("feat").asInt(), new HashMap<>())
                            .remove(change.get("key").asString());
                case "clear" -> node.lists().remove(change.get("feat").asInt());
                case "splice" -> splice(node, change);
                default -> {} // attach, empty: nothing to keep
            }
        }
    }

    private static void splice(Node node, JsonNode change) {
        List<Integer> list = node.lists().computeIfAbsent(change.get("feat").asInt(), f -> new ArrayList<>());
        int index = change.get("index").asInt();
        int remove = change.has("remove") ? change.get("remove").asInt() : 0;
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        if (change.has("addNodes")) {
            List<Integer> added = new ArrayList<>();
            change.get("addNodes").forEach(n -> added.add(n.asInt()));
            list.addAll(Math.min(index, list.size()), added);
        }
    }

    /** The text a person reads in this element: its own text node, or its children's text. */
    String text(Node node) {
        JsonNode own = node.maps().getOrDefault(TEXT, Map.of()).get("text");
        if (own != null) {
            return own.asString();
        }
        StringBuilder text = new StringBuilder();
        node.children().map(nodes::get).filter(java.util.Objects::nonNull).forEach(child -> {
            String part = text(child);
            if (!part.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(part);
            }
        });
        return text.toString();
    }

    /** The element a field's label or aria-label names, as {@code getByLabel} finds it. */
    Optional<Node> labelled(String label) {
        return nodes.values().stream()
                .filter(node -> label.equals(node.property("label")) || label.equals(node.attribute("aria-label")))
                .min(java.util.Comparator.comparingInt(Node::id));
    }

    /** The element with this tag whose text is exactly the given text (a button by its caption). */
    Optional<Node> withText(String tag, String text) {
        return nodes.values().stream()
                .filter(node -> tag.equals(node.tag()) && text.equals(text(node).strip()))
                .min(java.util.Comparator.comparingInt(Node::id));
    }

    /** Elements with this tag under the given one, in document order. */
    List<Node> descendants(Node root, String tag) {
        List<Node> found = new ArrayList<>();
        root.children().map(nodes::get).filter(java.util.Objects::nonNull).forEach(child -> {
            if (tag.equals(child.tag())) {
                found.add(child);
            }
            found.addAll(descendants(child, tag));
        });
        return found;
    }

    /** Every text of the page, for asserting what a person would read on it. */
    String allText() {
        return nodes.values().stream()
                .map(node -> node.maps().getOrDefault(TEXT, Map.of()).get("text"))
                .filter(java.util.Objects::nonNull)
                .map(JsonNode::asString)
                .reduce("", (a, b) -> a + "\n" + b);
    }
}
