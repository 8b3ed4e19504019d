package org.ssmclassroom.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every check of a method pack's cross-references shares: the method, its parsed files by name, and the
 * problems found so far, with the two ways an id or a value can be missing.
 */
record MethodUnderCheck(Method method, Map<String, YamlTree> trees, Problems problems) {

    YamlTree tree(String file) {
        return trees.get(file);
    }

    /** Reports {@code id} when it is given but not one of the {@code known} ids of a {@code what}. */
    void refer(YamlTree tree, String pointer, String id, Set<String> known, String what) {
        if (id != null && !known.contains(id)) {
            problems.at(tree, pointer, "unknown " + what + " '" + id + "'; the pack has " + sorted(known));
        }
    }

    void required(YamlTree tree, String pointer, Object value, String message) {
        if (value == null) {
            problems.at(tree, pointer, message);
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
