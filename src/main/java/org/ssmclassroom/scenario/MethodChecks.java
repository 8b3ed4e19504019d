package org.ssmclassroom.scenario;

import java.util.Map;

/**
 * Cross-references inside a method pack: every id that one item names must exist where it is looked up. Runs the
 * check of each part of the method, always in this order.
 */
final class MethodChecks {

    private final Method method;
    private final Map<String, YamlTree> trees;
    private final Problems problems;

    MethodChecks(Method method, Map<String, YamlTree> trees, Problems problems) {
        this.method = method;
        this.trees = trees;
        this.problems = problems;
    }

    void run() {
        new CourseChecks(method, trees, problems).run();
        new ExerciseChecks(method, trees, problems).run();
        new TemplateChecks(method, trees, problems).run();
        new VocabularyChecks(method, trees, problems).run();
        new ModelChecks(method, trees, problems).run();
        new RubricChecks(method, trees, problems).run();
        new CardChecks(method, trees, problems).run();
    }
}
