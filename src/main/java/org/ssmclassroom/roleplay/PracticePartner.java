package org.ssmclassroom.roleplay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.Meaning;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.ScenarioPack;

/**
 * The computer plays the case's interview persona, in one language, from the pack's facts only. A question is
 * understood by meaning (a small embedding model) and by its words, and answered as the brief says: the
 * matching fact, its next layer on a follow-up, a short answer to a yes/no question, "as I said…" on a repeat;
 * a pitch is turned back and off-topic talk steered back. It never says what no fact says.
 */
public final class PracticePartner {

    /** What the persona answered, how the question was put, and the targets the answer uncovers or repeats. */
    public record Reply(QuestionKind kind, List<String> targets, String answer) {}

    /** Below this likeness no fact answers the question; a guarded fact asks for more. Calibrated on the set. */
    private static final double ANSWERS_ZH = 0.50;

    private static final double ANSWERS_EN = 0.62;
    private static final double GUARDED_EXTRA = 0.05;
    private static final double KEYWORD_BONUS = 0.04;

    private final CaseFile.Persona interview;
    private final Locale locale;
    private final QuestionForms forms;
    private final Meaning meaning = Meaning.shared();
    private final List<Indexed> facts = new ArrayList<>();
    private final List<float[]> pitch = new ArrayList<>();
    private final List<float[]> offTopic = new ArrayList<>();
    private final double answers;

    private record Indexed(CaseFile.PersonaFact fact, List<float[]> examples, List<Set<String>> keywords) {}

    private record Match(Indexed fact, double score) {}

    private PracticePartner(CaseFile.Interview interview, Locale locale) {
        this(CaseFile.Persona.of(interview), locale);
    }

    private PracticePartner(CaseFile.Persona interview, Locale locale) {
        this.interview = interview;
        this.locale = locale;
        this.forms = QuestionForms.of(locale);
        this.answers = LocalizedText.isChinese(locale) ? ANSWERS_ZH : ANSWERS_EN;
        for (CaseFile.PersonaFact fact : interview.facts()) {
            List<float[]> examples = new ArrayList<>();
            fact.asks().forEach(ask -> examples.add(meaning.of(ask.in(locale), locale)));
            fact.layers()
                    .forEach(layer -> examples.add(meaning.of(layer.answer().in(locale), locale)));
            if (fact.shortAnswer() != null) {
                examples.add(meaning.of(fact.shortAnswer().in(locale), locale));
            }
            List<Set<String>> keywords = fact.keywordsIn(locale).stream()
                    .map(k -> Words.of(k, locale))
                    .filter(k -> !k.isEmpty())
                    .toList();
            facts.add(new Indexed(fact, examples, keywords));
        }
        forms.pitch().forEach(p -> pitch.add(meaning.of(p, locale)));
        forms.offTopic().forEach(o -> offTopic.add(meaning.of(o, locale)));
    }

    /** The partner for the pack's interview, or empty when the case has no persona facts. */
    public static java.util.Optional<PracticePartner> of(ScenarioPack pack, Locale locale) {
        return pack.caseData()
                .map(CaseFile::interview)
                .filter(i -> !i.facts().isEmpty() && i.style() != null)
                .map(i -> new PracticePartner(i, locale));
    }

    /** The partner playing one persona of the case, which must be {@link CaseFile.Persona#playable() playable}. */
    public static PracticePartner of(CaseFile.Persona persona, Locale locale) {
        return new PracticePartner(persona, locale);
    }

    public Conversation start() {
        return new Conversation();
    }

    /** One interview: what the persona has told so far, so it can go deeper, answer short or repeat. */
    public final class Conversation {

        private final Map<String, Integer> told = new HashMap<>();
        private Indexed last;

        public Reply ask(String question) {
            String text = question == null ? "" : question.strip();
            QuestionKind form = forms.form(text);
            if (text.isEmpty()) {
                return new Reply(form, List.of(), say(interview.style().unknown()));
            }
            float[] asked = meaning.of(text, locale);
            Set<String> words = Words.of(text, locale);
            Match best = best(asked, words);
            double pitchLike = closest(asked, pitch);
            double offLike = closest(asked, offTopic);
            boolean followUp = forms.isFollowUp(text) && last != null;
            if (forms.hasPitchCue(text)
                    || forms.praisesOurs(text)
                    || (pitchLike > Math.max(best.score(), offLike) && pitchLike > answers)) {
                return new Reply(
                        QuestionKind.PITCH, List.of(), say(interview.style().pitch()));
            }
            if (followUp && (best.score() < answers + 0.1 || best.fact() == last)) {
                return deeper(last, QuestionKind.OPEN);
            }
            if (offLike > best.score() && offLike > answers - 0.05 && keywordHits(best.fact(), words) == 0) {
                return new Reply(
                        QuestionKind.OFFTOPIC, List.of(), say(interview.style().offTopic()));
            }
            double needed = answers + (best.fact().fact().guarded() ? GUARDED_EXTRA : 0);
            if (best.score() < needed) {
                // Nothing in the facts answers it: small talk is steered back, a business question gets "I can't say".
                return offLike > best.score() && offLike > answers
                        ? new Reply(
                                QuestionKind.OFFTOPIC,
                                List.of(),
                                say(interview.style().offTopic()))
                        : new Reply(form, List.of(), say(interview.style().unknown()));
            }
            return tell(best.fact(), form);
        }

        private Reply tell(Indexed fact, QuestionKind form) {
            CaseFile.PersonaFact about = fact.fact();
            if (told.getOrDefault(about.id(), 0) == 0 && form != QuestionKind.OPEN && about.shortAnswer() != null) {
                last = fact;
                return new Reply(form, about.layers().getFirst().reveals(), say(about.shortAnswer()));
            }
            return next(fact, form);
        }

        /** The fact's next layer, or "as I said…" when all are told. */
        private Reply next(Indexed fact, QuestionKind form) {
            last = fact;
            CaseFile.PersonaFact about = fact.fact();
            int layer = told.getOrDefault(about.id(), 0);
            List<CaseFile.Layer> layers = about.layers();
            if (layer < layers.size()) {
                told.put(about.id(), layer + 1);
                return new Reply(
                        form, layers.get(layer).reveals(), say(layers.get(layer).answer()));
            }
            return repeat(fact, form);
        }

        private Reply deeper(Indexed fact, QuestionKind form) {
            CaseFile.PersonaFact about = fact.fact();
            int layer = told.getOrDefault(about.id(), 0);
            if (layer < about.layers().size()) {
                return next(fact, form);
            }
            return new Reply(form, List.of(), say(interview.style().nothingMore()));
        }

        private Reply repeat(Indexed fact, QuestionKind form) {
            Set<String> all = new LinkedHashSet<>();
            fact.fact().layers().forEach(l -> all.addAll(l.reveals()));
            String again =
                    say(interview.style().repeat()) + " " + say(fact.fact().answer());
            return new Reply(form, List.copyOf(all), again);
        }
    }

    private Match best(float[] asked, Set<String> words) {
        Match best = null;
        for (Indexed fact : facts) {
            double likeness = closest(asked, fact.examples());
            double score = likeness + KEYWORD_BONUS * Math.min(2, keywordHits(fact, words));
            if (best == null || score > best.score()) {
                best = new Match(fact, score);
            }
        }
        return best;
    }

    private static int keywordHits(Indexed fact, Set<String> words) {
        return (int) fact.keywords().stream().filter(words::containsAll).count();
    }

    private static double closest(float[] asked, List<float[]> examples) {
        double best = -1;
        for (float[] example : examples) {
            best = Math.max(best, Meaning.similarity(asked, example));
        }
        return best;
    }

    private String say(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }
}
