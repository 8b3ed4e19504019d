package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rubrics: each scores one exercise on the sections of its board, with criteria whose points add up. */
record RubricChecks(Method method, Map<String, YamlTree> trees, Problems problems) implements MethodPackCheck {

    @Override
    public void run() {
        YamlTree tree = trees.get("rubrics.yaml");
        problems.unique(tree, "/rubrics", method.rubrics(), Method.Rubric::id);
        Set<String> exercises = ids(method.exercises(), Method.Exercise::id);
        for (int r = 0; r < method.rubrics().size(); r++) {
            Method.Rubric rubric = method.rubrics().get(r);
            String at = "/rubrics/" + r;
            refer(tree, at + "/exercise", rubric.exercise(), exercises, "exercise");
            problems.unique(tree, at + "/criteria", rubric.criteria(), Method.Criterion::id);
            // An unknown exercise or template is reported where it is named, not again for every section.
            Optional<Set<String>> sections = method.exercise(rubric.exercise())
                    .flatMap(exercise -> method.template(exercise.template()))
                    .map(template -> ids(template.sections(), Method.Section::id));
            for (int c = 0; c < rubric.criteria().size(); c++) {
                checkCriterion(tree, at + "/criteria/" + c, rubric.criteria().get(c), sections);
            }
            if (rubric.totalPoints() != rubric.total()) {
                problems.at(
                        tree,
                        at + "/total",
                        "rubric '" + rubric.id() + "' totals " + rubric.total()
                                + " but its criteria's points add up to " + rubric.totalPoints());
            }
        }
        for (int e = 0; e < method.exercises().size(); e++) {
            Method.Exercise exercise = method.exercises().get(e);
            if (exercise.template() != null && exercise.rubric() == null) {
                problems.at(
                        trees.get("exercises.yaml"),
                        "/exercises/" + e,
                        "exercise '" + exercise.id() + "' produces a board but names no rubric to score it");
            }
            Optional<Method.Rubric> rubric = method.rubric(exercise.rubric());
            if (rubric.isPresent() && !rubric.get().exercise().equals(exercise.id())) {
                problems.at(
                        trees.get("exercises.yaml"),
                        "/exercises/" + e + "/rubric",
                        "rubric '" + rubric.get().id() + "' scores exercise '"
                                + rubric.get().exercise() + "', not '" + exercise.id() + "'");
            }
        }
    }

    /** Judges sections of its exercise's board or is observed; levels climb from 0 to its points. */
    private void checkCriterion(YamlTree tree, String at, Method.Criterion criterion, Optional<Set<String>> sections) {
        String name = "criterion '" + criterion.id() + "'";
        if (criterion.observed() == !criterion.sections().isEmpty()) {
            problems.at(
                    tree,
                    at,
                    name + " needs either the board sections it judges or observed: true, not "
                            + (criterion.observed() ? "both" : "neither"));
        }
        for (int s = 0; s < criterion.sections().size() && sections.isPresent(); s++) {
            refer(
                    tree,
                    at + "/sections/" + s,
                    criterion.sections().get(s),
                    sections.get(),
                    "section of the exercise's board");
        }
        List<Method.Level> levels = criterion.levels();
        if (levels.isEmpty()) {
            return;
        }
        if (levels.getFirst().points() != 0) {
            problems.at(tree, at + "/levels/0/points", name + "'s lowest level must be worth 0 points");
        }
        for (int l = 1; l < levels.size(); l++) {
            if (levels.get(l).points() <= levels.get(l - 1).points()) {
                problems.at(
                        tree,
                        at + "/levels/" + l + "/points",
                        name + "'s levels must climb: " + levels.get(l).points() + " after "
                                + levels.get(l - 1).points());
            }
        }
        if (levels.getLast().points() != criterion.points()) {
            problems.at(
                    tree,
                    at + "/levels/" + (levels.size() - 1) + "/points",
                    name + "'s top level is worth " + levels.getLast().points() + " but the criterion has "
                            + criterion.points() + " points");
        }
    }
}
