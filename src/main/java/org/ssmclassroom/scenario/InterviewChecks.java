package org.ssmclassroom.scenario;

import java.util.Set;

/** The persona interview: an exercise on the case, the persona, its briefs and roles, facts uncovering every target. */
record InterviewChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements PersonaPartCheck {

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
        players(interview.playedBy(), interview.observedBy(), "/interview", "interview");
        if (!interview.facts().isEmpty() && interview.style() == null) {
            problems.at(
                    tree,
                    "/interview",
                    "a persona with facts needs a style: what it says to a pitch, to"
                            + " off-topic talk, to a repeat, to a question its facts do not answer, and when it has no more");
        }
        checkTargets(interview);
    }

    private void checkTargets(CaseFile.Interview interview) {
        problems.unique(tree, "/interview/targets", interview.targets(), CaseFile.Target::id);
        uncovered(interview.targets(), interview.facts(), "/interview", "the targets");
        samples(interview.targets(), "/interview");
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
