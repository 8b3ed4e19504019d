package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One check of a case pack's cross-references, inside the case and from the case into its method. Every such check
 * sees the case, its method, the parsed case file, the problems found so far and the ids of the case's people, and
 * reports an unknown person, exercise, document or term the same way.
 */
interface CasePackCheck {

    CaseFile caseFile();

    Method method();

    YamlTree tree();

    Problems problems();

    Set<String> people();

    void run();

    /**
     * The loop that leads from {@code start} back to it along {@code next}, as the ids from start on; empty
     * when there is none. One loop is reported once, at its first member in the file.
     */
    static List<String> loopFrom(String start, java.util.function.Function<String, List<String>> next) {
        java.util.Deque<List<String>> paths = new java.util.ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            for (String to : next.apply(path.getLast())) {
                if (to == null) {
                    continue;
                }
                if (to.equals(start)) {
                    return path;
                }
                if (seen.add(to)) {
                    List<String> longer = new java.util.ArrayList<>(path);
                    longer.add(to);
                    paths.add(longer);
                }
            }
        }
        return List.of();
    }

    /** Reports an unknown person; true when {@code id} names someone. */
    default boolean person(YamlTree tree, String pointer, String id) {
        if (id == null) {
            return false;
        }
        if (!people().contains(id)) {
            problems().at(tree, pointer, "unknown person '" + id + "' (not in people)");
            return false;
        }
        return true;
    }

    default void exercise(YamlTree tree, String pointer, String id) {
        if (id != null && method().exercise(id).isEmpty()) {
            problems().at(tree, pointer, "unknown exercise '" + id + "' (not in the method pack)");
        }
    }

    default void document(YamlTree tree, String pointer, String id) {
        if (id != null && caseFile().document(id).isEmpty()) {
            problems().at(tree, pointer, "unknown document '" + id + "' (not in documents)");
        }
    }

    default Set<String> terms(String vocabulary) {
        return method().vocabulary(vocabulary)
                .map(v -> ids(v.terms(), Method.Term::id))
                .orElse(Set.of());
    }

    default void term(YamlTree tree, String pointer, String id, Set<String> known, String vocabulary) {
        if (id != null && !known.contains(id)) {
            problems()
                    .at(
                            tree,
                            pointer,
                            "'" + id + "' is not a term of vocabulary '" + vocabulary + "'; its terms are "
                                    + String.join(", ", new java.util.TreeSet<>(known)));
        }
    }
}
