package org.ssmclassroom.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Warnings about a valid case pack's interview that do not make it invalid but make its practice partner weaker: a
 * fact without example questions is found by its answers and keywords only, and a target without a sample question
 * leaves the feedback card without a question to suggest when it is missed. Whether each sample question really
 * uncovers its target needs the partner itself: {@code practice --case <id> --check-samples} (roleplay) checks it.
 */
public final class InterviewNotes {

    private InterviewNotes() {}

    public static List<String> of(ScenarioPack pack) {
        List<String> notes = new ArrayList<>();
        CaseFile.Interview interview = pack.caseData().map(CaseFile::interview).orElse(null);
        if (interview == null) {
            return notes;
        }
        for (int f = 0; f < interview.facts().size(); f++) {
            CaseFile.PersonaFact fact = interview.facts().get(f);
            if (fact.asks().isEmpty()) {
                notes.add("  warning: case.yaml /interview/facts/" + f + " ('" + fact.id() + "') has no example"
                        + " questions (asks): trainees' questions are matched to its answers and keywords only, and"
                        + " paraphrases will often miss it; write three to five questions as trainees ask them");
            }
        }
        for (int t = 0; t < interview.targets().size(); t++) {
            CaseFile.Target target = interview.targets().get(t);
            if (target.sample() == null || target.sample().question() == null) {
                notes.add("  warning: case.yaml /interview/targets/" + t + " ('" + target.id() + "') has no sample"
                        + " question: the feedback card cannot suggest a question in its 9-block cell when it is"
                        + " missed");
            }
        }
        return notes;
    }
}
