package org.ssmclassroom.scenario;

import java.util.Map;

/**
 * Cross-references inside a method pack: every id that one item names must exist where it is looked up. Runs the
 * checks of each part of the method, always in this order.
 */
final class MethodChecks {

    private final MethodUnderCheck pack;

    MethodChecks(Method method, Map<String, YamlTree> trees, Problems problems) {
        this.pack = new MethodUnderCheck(method, trees, problems);
    }

    void run() {
        new CourseChecks(pack).run();
        new ExerciseChecks(pack).run();
        new TemplateChecks(pack).run();
        new VocabularyChecks(pack).run();
        new ModelChecks(pack).run();
        new RubricChecks(pack).run();
        new CardChecks(pack).run();
    }
}
