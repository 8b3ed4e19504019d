package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;
import static org.ssmclassroom.scenario.MethodPackCheck.sorted;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The course: stages and their card's headings, roles, outcomes, the seating of each table size, and an agenda with every exercise once. */
record CourseChecks(Method method, Map<String, YamlTree> trees, Problems problems) implements MethodPackCheck {

    @Override
    public void run() {
        YamlTree tree = trees.get("course.yaml");
        Method.Course course = method.course();
        problems.unique(tree, "/stages", course.stages(), Method.Stage::id);
        problems.unique(tree, "/roles", course.roles(), Method.Role::id);
        checkStageHeadings(tree, course);
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
        refer(tree, "/takeaway", course.takeaway(), ids(method.templates(), Method.Template::id), "template");
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

    /** Each heading of a stage's card once, and each part of the stage under one heading at most. */
    private void checkStageHeadings(YamlTree tree, Method.Course course) {
        if (course.stageHeadings() == null) {
            return;
        }
        List<Method.StageHeading> headings = course.stageHeadings().headings();
        problems.unique(tree, "/stageHeadings/headings", headings, Method.StageHeading::id);
        Set<Method.StageFill> filled = new HashSet<>();
        for (int h = 0; h < headings.size(); h++) {
            Method.StageFill fill = headings.get(h).fill();
            if (fill != null && !filled.add(fill)) {
                problems.at(
                        tree,
                        "/stageHeadings/headings/" + h + "/fill",
                        "'" + fill.name().toLowerCase(java.util.Locale.ROOT)
                                + "' already fills another heading; each part of a stage is shown once");
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
}
