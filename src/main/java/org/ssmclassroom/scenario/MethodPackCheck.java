package org.ssmclassroom.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One check of a method pack's cross-references, over one part of the method. Every such check sees the whole
 * method, its parsed files by name and the problems found so far, and reports a missing id or value the same way.
 */
interface MethodPackCheck {

    Method method();

    Map<String, YamlTree> trees();

    Problems problems();

    void run();

    /** Reports {@code id} when it is given but not one of the {@code known} ids of a {@code what}. */
    default void refer(YamlTree tree, String pointer, String id, Set<String> known, String what) {
        if (id != null && !known.contains(id)) {
            problems().at(tree, pointer, "unknown " + what + " '" + id + "'; the pack has " + sorted(known));
        }
    }

    default void required(YamlTree tree, String pointer, Object value, String message) {
        if (value == null) {
            problems().at(tree, pointer, message);
        }
    }

    static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return nullSafe(items).stream().map(id).collect(Collectors.toCollection(HashSet::new));
    }

    static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String sorted(Set<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(", "));
    }
}
