package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.List;
import java.util.Set;

/** The persona interview: an exercise on the case, the persona, its briefs and roles, facts uncovering every target. */
record InterviewChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements CasePackCheck {

    @Override
    public void run() {
        CaseFile.Interview interview = caseFile.interview();
        if (interview == null) {
            return;
        }
        exercise(tree, "/interview/exercise", interview.exercise());
        method.exercise(interview.exercise() == null ? "" : interview.exercise())
                .filter(e -> e.caseSource() != Method.CaseSource.CASE_PACK)
                .ifPresent(e -> problems.at(
                        tree,
                        "/interview/exercise",
                        "exercise '" + e.id() + "' works on the team's own opportunity, not on the case;"
                                + " the interview belongs to an exercise with case: case"));
        person(tree, "/interview/persona", interview.persona());
        document(tree, "/interview/salesBrief", interview.salesBrief());
        document(tree, "/interview/personaBrief", interview.personaBrief());
        audience(tree, "/interview/salesBrief", interview.salesBrief(), CaseFile.Audience.SALES);
        audience(tree, "/interview/personaBrief", interview.personaBrief(), CaseFile.Audience.PERSONA);
        document(tree, "/interview/update", interview.update());
        document(tree, "/interview/handout", interview.handout());
        problems.unique(tree, "/interview/facts", interview.facts(), CaseFile.PersonaFact::id);
        role(interview.playedBy(), "/interview/playedBy");
        role(interview.observedBy(), "/interview/observedBy");
        if (interview.playedBy() != null && interview.playedBy().equals(interview.observedBy())) {
            problems.at(tree, "/interview/observedBy", "the persona's player cannot also observe the interview");
        }
        if (!interview.facts().isEmpty() && interview.style() == null) {
            problems.at(
                    tree,
                    "/interview",
                    "a persona with facts needs a style: what it says to a pitch, to"
                            + " off-topic talk, to a repeat, to a question its facts do not answer, and when it has no more");
        }
        checkTargets(interview);
    }

    /** Every fact uncovers known targets, and every target is uncovered by some fact. */
    private void checkTargets(CaseFile.Interview interview) {
        problems.unique(tree, "/interview/targets", interview.targets(), CaseFile.Target::id);
        Set<String> targets = ids(interview.targets(), CaseFile.Target::id);
        Set<String> uncovered = new java.util.LinkedHashSet<>(targets);
        for (int f = 0; f < interview.facts().size(); f++) {
            List<CaseFile.Layer> layers = interview.facts().get(f).layers();
            for (int l = 0; l < layers.size(); l++) {
                String at = "/interview/facts/" + f + (l == 0 ? "" : "/more/" + (l - 1)) + "/reveals";
                List<String> reveals = nullSafe(layers.get(l).reveals());
                for (int r = 0; r < reveals.size(); r++) {
                    uncovered.remove(reveals.get(r));
                    if (!targets.contains(reveals.get(r))) {
                        problems.at(
                                tree,
                                at + "/" + r,
                                "unknown target '" + reveals.get(r) + "'; the targets are "
                                        + String.join(", ", new java.util.TreeSet<>(targets)));
                    }
                }
            }
        }
        uncovered.forEach(id -> problems.at(
                tree,
                "/interview/targets/" + indexOf(interview.targets(), id),
                "no fact uncovers target '" + id + "': name it in a fact's reveals"));
        checkSamples(interview.targets());
    }

    /** A target's sample question sits in a cell of the method's 9-block grid. */
    private void checkSamples(List<CaseFile.Target> targets) {
        Method.NineBlock grid = method.models().nineBlock();
        for (int i = 0; i < targets.size(); i++) {
            CaseFile.Sample sample = targets.get(i).sample();
            if (sample == null || grid == null) {
                continue;
            }
            String at = "/interview/targets/" + i + "/sample";
            term(tree, at + "/row", sample.row(), terms(grid.rows()), grid.rows());
            term(tree, at + "/column", sample.column(), terms(grid.columns()), grid.columns());
        }
    }

    private static int indexOf(List<CaseFile.Target> targets, String id) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).id().equals(id)) {
                return i;
            }
        }
        return 0;
    }

    private void role(String role, String pointer) {
        if (role != null && method.course().role(role).isEmpty()) {
            problems.at(
                    tree,
                    pointer,
                    "unknown role '" + role + "'; the method's roles are "
                            + String.join(
                                    ", ",
                                    method.course().roles().stream()
                                            .map(Method.Role::id)
                                            .sorted()
                                            .toList()));
        }
    }

    /** A brief must be written for the side that reads it, or the wrong people would see it. */
    private void audience(YamlTree tree, String pointer, String id, CaseFile.Audience expected) {
        if (id == null) {
            return;
        }
        caseFile.document(id)
                .filter(d -> d.audience() != expected)
                .ifPresent(d -> problems.at(
                        tree,
                        pointer,
                        "document '" + id + "' is for audience '"
                                + String.valueOf(d.audience()).toLowerCase() + "'; this brief needs a document for '"
                                + expected.name().toLowerCase() + "'"));
    }
}
