package org.ssmclassroom.roleplay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.LocalizedText;
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

    private static final Map<String, float[]> SEEN = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > 4000;
        }
    });

    private BoardMentions() {}

    static Set<String> mentioned(CaseFile.Interview interview, List<String> notes) {
        Set<String> mentioned = new LinkedHashSet<>();
        for (String sentence : sentences(notes)) {
            Locale language =
                    sentence.codePoints().anyMatch(Character::isIdeographic) ? LocalizedText.CHINESE : Locale.ENGLISH;
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
                    .forEach(layer ->
                            signs.addAll(sentences(List.of(layer.answer().in(language)))));
        }
        return signs;
    }

    private static List<String> sentences(List<String> notes) {
        List<String> sentences = new ArrayList<>();
        for (String note : notes) {
            for (String part : note.split("[。；;！!？?\\n]|(?<=[a-z0-9])\\.\\s")) {
                if (part.strip().length() >= 2) {
                    sentences.add(part.strip());
                }
            }
        }
        return sentences;
    }

    private static float[] vector(String text, Locale language) {
        String key = (LocalizedText.isChinese(language) ? "zh:" : "en:") + text;
        float[] known = SEEN.get(key);
        if (known == null) {
            known = Meaning.shared().of(text, language);
            SEEN.put(key, known);
        }
        return known;
    }
}
