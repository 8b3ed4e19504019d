package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.List;
import java.util.Set;

/** Model answers: each for a known exercise, its board and key points against the exercise's template. */
record ModelAnswerChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements CasePackCheck {

    @Override
    public void run() {
        Set<String> chains = ids(caseFile.painChains(), CaseFile.PainChain::id);
        List<CaseFile.ModelAnswer> answers = nullSafe(caseFile.modelAnswers());
        for (int i = 0; i < answers.size(); i++) {
            String at = "/modelAnswers/" + i;
            CaseFile.ModelAnswer answer = answers.get(i);
            exercise(tree, at + "/exercise", answer.exercise());
            document(tree, at + "/document", answer.document());
            String chain = answer.painChain();
            if (chain != null && !chains.contains(chain)) {
                problems.at(tree, at + "/painChain", "unknown pain chain '" + chain + "'");
            }
            method.exercise(answer.exercise())
                    .flatMap(exercise -> method.template(exercise.template()))
                    .ifPresent(template -> {
                        KeyPointCheck.check(tree, at + "/keyPoints", answer.keyPoints(), template, problems);
                        ModelBoard.check(
                                method,
                                template,
                                answer.board(),
                                (pointer, message) -> problems.at(tree, at + "/board" + pointer, message));
                    });
        }
        // The debrief's coverage map compares tables with the key points of the case's model answer.
        for (int i = 0; i < answers.size(); i++) {
            CaseFile.ModelAnswer answer = answers.get(i);
            boolean onTheCase = method.exercise(answer.exercise())
                    .filter(e -> e.caseSource() == Method.CaseSource.CASE_PACK)
                    .isPresent();
            if (onTheCase && answer.keyPoints().isEmpty()) {
                problems.at(
                        tree,
                        "/modelAnswers/" + i,
                        "the model answer of '" + answer.exercise()
                                + "', an exercise played on the case, gives no key points for the debrief");
            }
        }
    }
}
