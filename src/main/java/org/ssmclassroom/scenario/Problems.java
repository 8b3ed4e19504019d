package org.ssmclassroom.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Collects the problems of one pack, each placed by a JSON pointer into a parsed file. */
final class Problems {

    private final List<PackProblem> list = new ArrayList<>();

    void add(PackProblem problem) {
        list.add(problem);
    }

    void addAll(Collection<PackProblem> problems) {
        list.addAll(problems);
    }

    /** Adds a problem at {@code pointer}, prefixed with the readable path of the field. */
    void at(YamlTree tree, String pointer, String message) {
        list.add(tree.problem(pointer, readable(pointer) + ": " + message));
    }

    /** Reports every id that occurs twice in {@code items}, at the second occurrence. */
    <T> void unique(YamlTree tree, String listPointer, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(id.apply(items.get(i)))) {
                at(tree, listPointer + "/" + i + "/id", "duplicate id '" + id.apply(items.get(i)) + "'");
            }
        }
    }

    boolean mentions(String file) {
        return list.stream().anyMatch(p -> p.file().equals(file));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems in reading order: by file, then line, then column. */
    List<PackProblem> list() {
        return list.stream()
                .distinct()
                .sorted(java.util.Comparator.comparing(PackProblem::file)
                        .thenComparingInt(PackProblem::line)
                        .thenComparingInt(PackProblem::column))
                .toList();
    }

    static String readable(String pointer) {
        StringBuilder readable = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                readable.append('[').append(name).append(']');
            } else {
                readable.append(readable.isEmpty() ? "" : ".").append(name);
            }
        }
        return readable.toString();
    }
}
