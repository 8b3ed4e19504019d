package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exercises: each names a stage, template and rubric that exist, says what good looks like on the team's own
 * opportunity, and carries forward only sections and fields that both boards have.
 */
record ExerciseChecks(Method method, Map<String, YamlTree> trees, Problems problems) implements MethodPackCheck {

    @Override
    public void run() {
        YamlTree tree = trees.get("exercises.yaml");
        problems.unique(tree, "/exercises", method.exercises(), Method.Exercise::id);
        Set<String> stages = ids(method.course().stages(), Method.Stage::id);
        Set<String> templates = ids(method.templates(), Method.Template::id);
        Set<String> rubrics = ids(method.rubrics(), Method.Rubric::id);
        for (int i = 0; i < method.exercises().size(); i++) {
            Method.Exercise exercise = method.exercises().get(i);
            String at = "/exercises/" + i;
            refer(tree, at + "/stage", exercise.stage(), stages, "stage");
            refer(tree, at + "/template", exercise.template(), templates, "template");
            refer(tree, at + "/rubric", exercise.rubric(), rubrics, "rubric");
            for (int c = 0; c < exercise.carryForward().size(); c++) {
                checkCarryForward(
                        tree,
                        at + "/carryForward/" + c,
                        exercise,
                        exercise.carryForward().get(c));
            }
            checkExerciseKeyPoints(tree, at, exercise);
        }
    }

    /** An exercise on the team's own opportunity says what good looks like; the case says it for the others. */
    private void checkExerciseKeyPoints(YamlTree tree, String at, Method.Exercise exercise) {
        Optional<Method.Template> template = method.template(exercise.template());
        if (template.isEmpty()) {
            return;
        }
        KeyPointCheck.check(tree, at + "/keyPoints", exercise.keyPoints(), template.get(), problems);
        if (exercise.caseSource() == Method.CaseSource.OWN_OPPORTUNITY
                && exercise.keyPoints().isEmpty()) {
            problems.at(
                    tree,
                    at,
                    "exercise '" + exercise.id()
                            + "' is played on the team's own opportunity but gives no key points of what good looks like");
        }
    }

    private void checkCarryForward(YamlTree tree, String at, Method.Exercise exercise, Method.CarryForward carry) {
        var source = method.exercise(carry.exercise());
        if (source.isEmpty()) {
            problems.at(tree, at + "/exercise", "unknown exercise '" + carry.exercise() + "'");
            return;
        }
        Optional<Method.Section> from = sectionOf(source.get(), carry.section());
        if (from.isEmpty()) {
            problems.at(
                    tree,
                    at + "/section",
                    "the board of '" + carry.exercise() + "' has no section '" + carry.section() + "'");
            return;
        }
        for (int i = 0; i < carry.copyTo().size(); i++) {
            checkCopyTo(
                    tree,
                    at + "/copyTo/" + i,
                    exercise,
                    from.get(),
                    carry.copyTo().get(i));
        }
    }

    private void checkCopyTo(
            YamlTree tree, String at, Method.Exercise exercise, Method.Section from, Method.CopyTo copy) {
        Optional<Method.Section> target = sectionOf(exercise, copy.section());
        if (method.template(exercise.template()).isEmpty()) {
            return; // the unknown template is reported already
        }
        if (target.isEmpty()) {
            problems.at(
                    tree,
                    at + "/section",
                    "the board of '" + exercise.id() + "' has no section '" + copy.section() + "'; it has "
                            + sectionIds(exercise));
            return;
        }
        Method.SectionKind kind = target.get().kind();
        if (kind != Method.SectionKind.LIST && kind != Method.SectionKind.FIELDS) {
            problems.at(tree, at + "/section", "entries are copied into list or fields sections only");
        }
        if (kind == Method.SectionKind.FIELDS && copy.entries().size() != 1) {
            problems.at(tree, at + "/entries", "a fields section is filled from exactly one map");
        }
        Set<String> targetFields = ids(target.get().fields(), Method.Field::id);
        Set<String> sourceFields = ids(from.fields(), Method.Field::id);
        for (int e = 0; e < copy.entries().size(); e++) {
            for (var pair : copy.entries().get(e).entrySet()) {
                String entry = at + "/entries/" + e + "/" + pair.getKey();
                if (!targetFields.contains(pair.getKey())) {
                    problems.at(
                            tree,
                            entry,
                            "section '" + copy.section() + "' has no field '" + pair.getKey() + "'; it has "
                                    + String.join(", ", new java.util.TreeSet<>(targetFields)));
                } else if (!sourceFields.contains(pair.getValue())) {
                    problems.at(
                            tree,
                            entry,
                            "the carried section '" + from.id() + "' has no field '" + pair.getValue() + "'; it has "
                                    + String.join(", ", new java.util.TreeSet<>(sourceFields)));
                }
            }
        }
    }

    private Optional<Method.Section> sectionOf(Method.Exercise exercise, String section) {
        return method.template(exercise.template()).stream()
                .flatMap(t -> t.sections().stream())
                .filter(s -> s.id().equals(section))
                .findFirst();
    }

    private String sectionIds(Method.Exercise exercise) {
        return method.template(exercise.template()).stream()
                .flatMap(t -> t.sections().stream())
                .map(Method.Section::id)
                .collect(Collectors.joining(", "));
    }
}
