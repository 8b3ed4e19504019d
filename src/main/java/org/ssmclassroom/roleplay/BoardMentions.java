package org.ssmclassroom.roleplay;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.Meaning;
import org.ssmclassroom.scenario.CaseFile;

/**
 * Which interview targets a table's notes mention, by meaning: each sentence written is compared with what the
 * persona says of the target (its label and every answer that uncovers it), in the language it is written in.
 * A suggestion for the board's checks, as the debrief's coverage suggestions are.
 */
final class BoardMentions {

    /** Calibrated on notes written as trainees write them (BoardMentionsTest), per model. */
    private static final double ZH = 0.70;

    private static final double EN = 0.72;

    private BoardMentions() {}

    static Set<String> mentioned(CaseFile.Interview interview, List<String> notes) {
        Set<String> mentioned = new LinkedHashSet<>();
        for (String sentence : Meaning.sentences(notes)) {
            Locale language = Meaning.languageOf(sentence);
            float[] written = vector(sentence, language);
            double needed = LocalizedText.isChinese(language) ? ZH : EN;
            for (CaseFile.Target target : interview.targets()) {
                if (!mentioned.contains(target.id())
                        && signs(interview, target, language).stream()
                                .anyMatch(sign -> Meaning.similarity(written, vector(sign, language)) >= needed)) {
                    mentioned.add(target.id());
                }
            }
        }
        return mentioned;
    }

    /** What the persona says of the target: its label and every answer layer that uncovers it. */
    private static List<String> signs(CaseFile.Interview interview, CaseFile.Target target, Locale language) {
        List<String> signs = new ArrayList<>();
        signs.add(target.label().in(language));
        for (CaseFile.PersonaFact fact : interview.facts()) {
            fact.layers().stream()
                    .filter(layer -> layer.reveals().contains(target.id()))
                    .forEach(layer -> signs.addAll(
                            Meaning.sentences(List.of(layer.answer().in(language)))));
        }
        return signs;
    }

    private static float[] vector(String text, Locale language) {
        return Meaning.shared().remembered(text, language);
    }
}
