package org.ssmclassroom.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssmclassroom.base.LocalizedText;

/** Cross-references inside a method pack: every id that one item names must exist where it is looked up. */
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
        checkCourse();
        checkExercises();
        checkTemplates();
        checkVocabularies();
        checkModels();
        checkRubrics();
        checkCards();
    }

    /** A card is attached to exercises or stages of this method, and has something to show. */
    private void checkCards() {
        YamlTree tree = trees.get("concepts.yaml");
        problems.unique(tree, "/cards", method.cards(), Method.Card::id);
        Set<String> places = ids(method.exercises(), Method.Exercise::id);
        places.addAll(ids(method.course().stages(), Method.Stage::id));
        for (int i = 0; i < method.cards().size(); i++) {
            List<String> attach = method.cards().get(i).attach();
            for (int a = 0; a < attach.size(); a++) {
                refer(tree, "/cards/" + i + "/attach/" + a, attach.get(a), places, "exercise or stage");
            }
        }
    }

    private void checkCourse() {
        YamlTree tree = trees.get("course.yaml");
        Method.Course course = method.course();
        problems.unique(tree, "/stages", course.stages(), Method.Stage::id);
        problems.unique(tree, "/roles", course.roles(), Method.Role::id);
        Set<String> stages = ids(course.stages(), Method.Stage::id);
        Set<String> milestones = ids(course.milestones(), Method.Milestone::id);
        for (int i = 0; i < nullSafe(course.outcomes()).size(); i++) {
            refer(tree, "/outcomes/" + i + "/stage", course.outcomes().get(i).stage(), stages, "stage");
            refer(
                    tree,
                    "/outcomes/" + i + "/milestone",
                    course.outcomes().get(i).milestone(),
                    milestones,
                    "milestone");
        }
        checkSeating(tree, course);
        checkRoles(tree, course);
        Set<String> exercises = ids(method.exercises(), Method.Exercise::id);
        Set<String> scheduled = new HashSet<>();
        List<Method.Day> days = course.agenda().days();
        for (int d = 0; d < days.size(); d++) {
            List<Method.Unit> units = days.get(d).units();
            for (int u = 0; u < units.size(); u++) {
                String at = "/agenda/days/" + d + "/units/" + u;
                refer(tree, at + "/stage", units.get(u).stage(), stages, "stage");
                List<String> listed = units.get(u).exercises();
                for (int e = 0; e < listed.size(); e++) {
                    refer(tree, at + "/exercises/" + e, listed.get(e), exercises, "exercise");
                    if (!scheduled.add(listed.get(e))) {
                        problems.at(
                                tree, at + "/exercises/" + e, "exercise '" + listed.get(e) + "' is scheduled twice");
                    }
                }
            }
        }
        for (int i = 0; i < method.exercises().size(); i++) {
            if (!scheduled.contains(method.exercises().get(i).id())) {
                problems.at(
                        trees.get("exercises.yaml"),
                        "/exercises/" + i + "/id",
                        "exercise '" + method.exercises().get(i).id() + "' is not on the agenda of course.yaml");
            }
        }
    }

    /** One table role at most, and some rotating role must be able to mark a table done. */
    private void checkRoles(YamlTree tree, Method.Course course) {
        List<Method.Role> fixed =
                course.roles().stream().filter(r -> !r.rotates()).toList();
        if (fixed.size() > 1) {
            problems.at(
                    tree,
                    "/roles/" + course.roles().indexOf(fixed.get(1)) + "/rotates",
                    "only one role may be without rotation (the table's own choice); found "
                            + fixed.stream().map(Method.Role::id).toList());
        }
        boolean someoneMarksDone = course.roles().stream()
                .anyMatch(r -> r.rotates() && r.capabilities().contains(Method.Capability.MARKS_DONE));
        if (!someoneMarksDone) {
            problems.at(
                    tree, "/roles", "no rotating role has the capability 'marksDone': no table could say it is done");
        }
    }

    private void checkSeating(YamlTree tree, Method.Course course) {
        Set<String> rotating = course.roles().stream()
                .filter(Method.Role::rotates)
                .map(Method.Role::id)
                .collect(Collectors.toSet());
        List<Method.TableSeating> tables = course.seating().tables();
        for (int t = 0; t < tables.size(); t++) {
            Method.TableSeating table = tables.get(t);
            String at = "/seating/tables/" + t;
            if (table.seats().size() != table.size()) {
                problems.at(
                        tree,
                        at + "/seats",
                        "a table of " + table.size() + " needs " + table.size() + " seats, found "
                                + table.seats().size());
            }
            Set<String> seated = new HashSet<>();
            for (int s = 0; s < table.seats().size(); s++) {
                for (int r = 0; r < table.seats().get(s).size(); r++) {
                    String role = table.seats().get(s).get(r);
                    refer(tree, at + "/seats/" + s + "/" + r, role, rotating, "rotating role");
                    seated.add(role);
                }
            }
            Set<String> missing = new HashSet<>(rotating);
            missing.removeAll(seated);
            if (!missing.isEmpty()) {
                problems.at(
                        tree, at, "a table of " + table.size() + " leaves roles without a seat: " + sorted(missing));
            }
        }
    }

    private void checkExercises() {
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
        keyPoints(tree, at + "/keyPoints", exercise.keyPoints(), template.get(), problems);
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

    private void checkTemplates() {
        YamlTree tree = trees.get("templates.yaml");
        problems.unique(tree, "/templates", method.templates(), Method.Template::id);
        Set<String> vocabularies = ids(method.vocabularies(), Method.Vocabulary::id);
        Set<String> decisionTrees = ids(nullSafe(method.models().decisionTrees()), Method.DecisionTree::id);
        for (int t = 0; t < method.templates().size(); t++) {
            Method.Template template = method.templates().get(t);
            String at = "/templates/" + t;
            problems.unique(tree, at + "/sections", template.sections(), Method.Section::id);
            for (int s = 0; s < template.sections().size(); s++) {
                checkSection(tree, at + "/sections/" + s, template.sections().get(s), vocabularies, decisionTrees);
            }
            for (int c = 0; c < nullSafe(template.checks()).size(); c++) {
                checkCheck(tree, at + "/checks/" + c, template.checks().get(c), template, vocabularies);
            }
        }
    }

    /** Two fields of one section with one label cannot be told apart by a person or a screen reader. */
    private void sameLabels(YamlTree tree, String at, Method.Section section) {
        List<Method.Field> fields = nullSafe(section.fields());
        for (int f = 1; f < fields.size(); f++) {
            for (int g = 0; g < f; g++) {
                LocalizedText a = fields.get(f).label();
                LocalizedText b = fields.get(g).label();
                if (a != null && b != null && (a.zh().equals(b.zh()) || a.en().equals(b.en()))) {
                    problems.at(
                            tree,
                            at + "/fields/" + f + "/label",
                            "fields '" + fields.get(g).id() + "' and '"
                                    + fields.get(f).id() + "' have the same label; give each its own");
                }
            }
        }
    }

    private void checkSection(
            YamlTree tree, String at, Method.Section section, Set<String> vocabularies, Set<String> decisionTrees) {
        problems.unique(tree, at + "/fields", section.fields(), Method.Field::id);
        sameLabels(tree, at, section);
        Set<String> own = ids(section.fields(), Method.Field::id);
        if (section.diagram() != null) {
            section.diagram()
                    .fields()
                    .forEach(field -> refer(tree, at + "/diagram", field, own, "field of this section"));
        }
        if (section.seed() != null) {
            refer(tree, at + "/seed/field", section.seed().field(), own, "field of this section");
        }
        switch (section.kind()) {
            case GRID -> {
                required(tree, at + "/rows", section.rows(), "a grid section needs 'rows' (a vocabulary)");
                required(tree, at + "/columns", section.columns(), "a grid section needs 'columns' (a vocabulary)");
                refer(tree, at + "/rows", section.rows(), vocabularies, "vocabulary");
                refer(tree, at + "/columns", section.columns(), vocabularies, "vocabulary");
            }
            case DECISION -> {
                required(tree, at + "/tree", section.tree(), "a decision section needs 'tree'");
                refer(tree, at + "/tree", section.tree(), decisionTrees, "decision tree");
            }
            default -> {
                if (section.fields().isEmpty()) {
                    problems.at(tree, at, "a " + section.kind().name().toLowerCase() + " section needs fields");
                }
            }
        }
        if (section.min() != null && section.max() != null && section.min() > section.max()) {
            problems.at(tree, at + "/min", "min " + section.min() + " is greater than max " + section.max());
        }
        for (int f = 0; f < section.fields().size(); f++) {
            Method.Field field = section.fields().get(f);
            String fieldAt = at + "/fields/" + f;
            if (field.type() == Method.FieldType.CHOICE) {
                required(tree, fieldAt, field.vocabulary(), "a choice field needs a 'vocabulary'");
            }
            if (field.type() == Method.FieldType.SCALE && (field.min() == null || field.max() == null)) {
                problems.at(tree, fieldAt, "a scale field needs 'min' and 'max'");
            }
            refer(tree, fieldAt + "/vocabulary", field.vocabulary(), vocabularies, "vocabulary");
        }
    }

    private void checkCheck(
            YamlTree tree, String at, Method.Check check, Method.Template template, Set<String> vocabularies) {
        Method.Section section = template.sections().stream()
                .filter(s -> s.id().equals(check.section()))
                .findFirst()
                .orElse(null);
        if (section == null) {
            problems.at(
                    tree,
                    at + "/section",
                    "unknown section '" + check.section() + "' in template '" + template.id() + "'");
            return;
        }
        Set<String> fields = ids(section.fields(), Method.Field::id);
        if (section.kind() == Method.SectionKind.GRID) {
            fields.addAll(List.of("row", "column"));
        }
        for (int f = 0; f < nullSafe(check.fields()).size(); f++) {
            refer(tree, at + "/fields/" + f, check.fields().get(f), fields, "field of section '" + section.id() + "'");
        }
        switch (check.kind()) {
            case MIN_ITEMS -> required(tree, at, check.min(), "a minItems check needs 'min'");
            case FILLED -> required(tree, at, check.fields(), "a filled check needs 'fields'");
            case EVERY_ITEM -> required(tree, at, check.fields(), "an everyItem check needs 'fields'");
            case COVERS -> {
                required(tree, at, check.field(), "a covers check needs 'field'");
                required(tree, at, check.vocabulary(), "a covers check needs 'vocabulary'");
                refer(tree, at + "/field", check.field(), fields, "field of section '" + section.id() + "'");
                refer(tree, at + "/vocabulary", check.vocabulary(), vocabularies, "vocabulary");
            }
        }
    }

    private void checkVocabularies() {
        YamlTree tree = trees.get("vocabularies.yaml");
        problems.unique(tree, "/vocabularies", method.vocabularies(), Method.Vocabulary::id);
        for (int v = 0; v < method.vocabularies().size(); v++) {
            problems.unique(
                    tree,
                    "/vocabularies/" + v + "/terms",
                    method.vocabularies().get(v).terms(),
                    Method.Term::id);
            Method.Vocabulary vocabulary = method.vocabularies().get(v);
            if (vocabulary.layout() == Method.Layout.QUADRANTS
                    && vocabulary.terms().size() != 4) {
                problems.at(
                        tree,
                        "/vocabularies/" + v + "/layout",
                        "a quadrants layout needs exactly 4 terms; '" + vocabulary.id() + "' has "
                                + vocabulary.terms().size());
            }
        }
    }

    private void checkModels() {
        YamlTree tree = trees.get("models.yaml");
        Method.NineBlock grid = method.models().nineBlock();
        if (grid != null) {
            refer(tree, "/nineBlock/rows", grid.rows(), vocabularyIds(), "vocabulary");
            refer(tree, "/nineBlock/columns", grid.columns(), vocabularyIds(), "vocabulary");
            Set<String> rows = termIds(grid.rows());
            Set<String> columns = termIds(grid.columns());
            for (int c = 0; c < grid.cells().size(); c++) {
                refer(
                        tree,
                        "/nineBlock/cells/" + c + "/row",
                        grid.cells().get(c).row(),
                        rows,
                        "row");
                refer(
                        tree,
                        "/nineBlock/cells/" + c + "/column",
                        grid.cells().get(c).column(),
                        columns,
                        "column");
            }
        }
        List<Method.DecisionTree> decisionTrees = nullSafe(method.models().decisionTrees());
        for (int t = 0; t < decisionTrees.size(); t++) {
            new DecisionTreeCheck(
                            decisionTrees.get(t),
                            termIds(decisionTrees.get(t).outcomes()),
                            tree,
                            "/decisionTrees/" + t,
                            problems)
                    .run();
            refer(
                    tree,
                    "/decisionTrees/" + t + "/outcomes",
                    decisionTrees.get(t).outcomes(),
                    vocabularyIds(),
                    "vocabulary");
        }
    }

    private void checkRubrics() {
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

    /** Key points have unique ids and sit in a section of the exercise's board. */
    static void keyPoints(
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

    private Set<String> vocabularyIds() {
        return ids(method.vocabularies(), Method.Vocabulary::id);
    }

    private Set<String> termIds(String vocabulary) {
        return method.vocabulary(vocabulary)
                .map(v -> ids(v.terms(), Method.Term::id))
                .orElse(Set.of());
    }

    private void refer(YamlTree tree, String pointer, String id, Set<String> known, String what) {
        if (id != null && !known.contains(id)) {
            problems.at(tree, pointer, "unknown " + what + " '" + id + "'; the pack has " + sorted(known));
        }
    }

    private void required(YamlTree tree, String pointer, Object value, String message) {
        if (value == null) {
            problems.at(tree, pointer, message);
        }
    }

    static <T> Set<String> ids(List<T> items, java.util.function.Function<T, String> id) {
        return nullSafe(items).stream().map(id).collect(Collectors.toCollection(HashSet::new));
    }

    static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String sorted(Set<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(", "));
    }
}
