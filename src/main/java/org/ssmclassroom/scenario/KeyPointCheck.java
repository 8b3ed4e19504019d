package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.sorted;

import java.util.List;
import java.util.Set;

/** The key points of an exercise or of a case's model answer, against the exercise's board. */
final class KeyPointCheck {

    private KeyPointCheck() {}

    /** Key points have unique ids and sit in a section of the exercise's board. */
    static void check(
            YamlTree tree, String at, List<Method.KeyPoint> points, Method.Template template, Problems problems) {
        problems.unique(tree, at, points, Method.KeyPoint::id);
        Set<String> sections = ids(template.sections(), Method.Section::id);
        Set<String> checks = ids(template.checks() == null ? List.of() : template.checks(), Method.Check::id);
        for (int k = 0; k < points.size(); k++) {
            String section = points.get(k).section();
            if (!sections.contains(section)) {
                problems.at(
                        tree,
                        at + "/" + k + "/section",
                        "unknown section of the exercise's board '" + section + "'; the pack has " + sorted(sections));
            }
            String check = points.get(k).check();
            if (check != null && !checks.contains(check)) {
                problems.at(
                        tree,
                        at + "/" + k + "/check",
                        "unknown check of the exercise's board '" + check + "'; the pack has " + sorted(checks));
            }
        }
    }
}
