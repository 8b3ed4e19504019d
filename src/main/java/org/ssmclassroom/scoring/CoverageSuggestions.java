package org.ssmclassroom.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.Meaning;
import org.ssmclassroom.base.TextMatch;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.scenario.Method;

/**
 * Whether a table's board says a key point, until an instructor marks it: the point's section has much of its
 * words, or one of its sentences says the point in other words, or, for a structural point, the board's check
 * passes. Tables paraphrase and write in either language, whatever the workshop's: each sentence is read by the
 * model of its own language and compared with the point's text in that language. A suggestion, never a decision.
 */
final class CoverageSuggestions {

    /**
     * The least likeness of a sentence and a point that suggests the point, per model: calibrated for precision on
     * {@code src/test/resources/coverage/tuning.yaml} (CoverageEvaluationTest), checked on the held-out set.
     */
    static final double MEANS_ZH = 0.72;

    static final double MEANS_EN = 0.72;

    /** How far below the threshold a likeness still shows as a partial match rather than none. */
    private static final double SHOWN_BELOW = 0.25;

    /** How much of a point a piece of evidence has (0 to 1), and the entry it is in. */
    record Evidence(double match, Optional<String> entry) {

        static final Evidence NONE = new Evidence(0, Optional.empty());

        Evidence atLeast(Evidence other) {
            return other.match > match ? other : this;
        }
    }

    private CoverageSuggestions() {}

    static Coverage.Cell cell(Method.KeyPoint point, BoardContent content, Set<String> passedChecks, Boolean marked) {
        Map<String, List<String>> entries = entries(point, content);
        Evidence best = byWords(point, entries);
        if (point.check() != null && passedChecks.contains(point.check())) {
            best = new Evidence(
                    1, best.entry().or(() -> entries.keySet().stream().findFirst()));
        } else {
            best = best.atLeast(byMeaning(point, entries));
        }
        Coverage.State state = marked != null
                ? (marked ? Coverage.State.COVERED : Coverage.State.MISSING)
                : best.match() >= Coverage.SUGGEST_FROM ? Coverage.State.SUGGESTED : Coverage.State.UNMARKED;
        return new Coverage.Cell(state, best.match(), best.entry());
    }

    /** The texts written in the point's section, by entry, field by field. */
    static Map<String, List<String>> entries(Method.KeyPoint point, BoardContent content) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        content.values().forEach((key, value) -> {
            if (BoardItemId.inSection(key.item(), point.section())
                    && value.text() != null
                    && !value.text().isBlank()) {
                entries.computeIfAbsent(key.item(), item -> new ArrayList<>()).add(value.text());
            }
        });
        return entries;
    }

    /** The share of the point's words in the best entry, or in the section as a whole, in either language. */
    static Evidence byWords(Method.KeyPoint point, Map<String, List<String>> entries) {
        Evidence best = Evidence.NONE;
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : entries.entrySet()) {
            String text = String.join(" ", entry.getValue());
            all.add(text);
            best = best.atLeast(new Evidence(words(point, text), Optional.of(entry.getKey())));
        }
        double whole = words(point, String.join(" ", all));
        return whole > best.match() ? new Evidence(whole, best.entry()) : best;
    }

    /**
     * The likeness of the point and the sentence of the section closest to it in meaning, rescaled so that the
     * threshold of the sentence's language lands on {@link Coverage#SUGGEST_FROM}.
     */
    static Evidence byMeaning(Method.KeyPoint point, Map<String, List<String>> entries) {
        return closest(point, entries)
                .map(c -> new Evidence(rescaled(c.likeness(), c.language()), Optional.of(c.entry())))
                .orElse(Evidence.NONE);
    }

    /** The sentence of the section closest in meaning to the point: its likeness, language and entry. */
    record Closest(double likeness, Locale language, String entry) {}

    static Optional<Closest> closest(Method.KeyPoint point, Map<String, List<String>> entries) {
        Closest best = null;
        for (Map.Entry<String, List<String>> entry : entries.entrySet()) {
            for (String sentence : Meaning.sentences(entry.getValue())) {
                if (sentence.codePoints().noneMatch(Character::isLetter)) {
                    continue;
                }
                Locale language = Meaning.languageOf(sentence);
                double likeness = Meaning.similarity(
                        Meaning.shared().remembered(sentence, language),
                        Meaning.shared().remembered(point.text().in(language), language));
                if (best == null || rescaled(likeness, language) > rescaled(best.likeness(), best.language())) {
                    best = new Closest(likeness, language, entry.getKey());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static double threshold(Locale language) {
        return LocalizedText.isChinese(language) ? MEANS_ZH : MEANS_EN;
    }

    private static double rescaled(double likeness, Locale language) {
        double needed = threshold(language);
        if (likeness >= needed) {
            return Coverage.SUGGEST_FROM + (1 - Coverage.SUGGEST_FROM) * (likeness - needed) / (1 - needed);
        }
        return Math.max(0, Coverage.SUGGEST_FROM * (likeness - (needed - SHOWN_BELOW)) / SHOWN_BELOW);
    }

    private static double words(Method.KeyPoint point, String text) {
        return Math.max(
                TextMatch.covered(point.text().zh(), text),
                TextMatch.covered(point.text().en(), text));
    }
}
