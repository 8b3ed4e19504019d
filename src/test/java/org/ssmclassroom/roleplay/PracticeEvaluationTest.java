package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The repository's single-question sets, each question in a fresh conversation: run on demand with
 * {@code evaluate-practice --set src/test/resources/practice/<case>.yaml} too. The goal is 95 % per language; the
 * partner stands at 95.7 % in each (66 of 69: three paraphrases per language land on a neighbouring fact, ADR 030),
 * so this guards the goal and each pack's 90 %.
 */
class PracticeEvaluationTest {

    @Test
    void thePartnerUnderstandsTheSingleQuestionsInBothLanguages() throws Exception {
        List<PracticeEvaluation.Outcome> all = new ArrayList<>();
        for (String caseId : List.of("homebody", "freshway")) {
            PracticeEvaluation.Set set;
            try (InputStream in = getClass().getResourceAsStream("/practice/" + caseId + ".yaml")) {
                set = PracticeEvaluation.read(in);
            }
            assertThat(set.questions().stream().filter(q -> q.lang().equals("en")))
                    .hasSizeGreaterThanOrEqualTo(caseId.equals("homebody") ? 60 : 30);
            List<PracticeEvaluation.Outcome> outcomes = PracticeEvaluation.run(
                    PracticeCommand.pack(caseId, "scenarios").orElseThrow(), set);
            business(outcomes, true)
                    .forEach((lang, score) -> assertThat(score.share())
                            .as(caseId + " " + lang + " right target")
                            .isGreaterThanOrEqualTo(0.90));
            business(outcomes, false)
                    .forEach((lang, score) -> assertThat(score.share())
                            .as(caseId + " " + lang + " pitch and off-topic")
                            .isGreaterThanOrEqualTo(0.95));
            all.addAll(outcomes);
        }
        Map<String, PracticeEvaluation.Score> perLanguage = business(all, true);
        assertThat(perLanguage).containsOnlyKeys("en", "zh-CN");
        perLanguage.forEach((lang, score) ->
                assertThat(score.share()).as(lang + " right target, both packs").isGreaterThanOrEqualTo(0.95));
    }

    /**
     * Single questions on three test-only cases nobody tuned the rules for, half of them paraphrases sharing no word
     * with the pack: first run en 80 %, 75 %, 87.5 %, zh-CN 80 %, 80 %, 87.5 % (ADR 030). Below the 95 % goal; this
     * keeps what they reach.
     */
    @Test
    void onCasesNobodyTunedForTheSingleQuestionsStayWhereTheyStand() throws Exception {
        for (String caseId : List.of("takasago", "vlietmond", "tumaini")) {
            PracticeEvaluation.Set set;
            try (InputStream in = getClass().getResourceAsStream("/practice/" + caseId + ".yaml")) {
                set = PracticeEvaluation.read(in);
            }
            List<PracticeEvaluation.Outcome> outcomes = PracticeEvaluation.run(
                    PracticeCommand.pack(caseId, "src/test/resources/practice/packs")
                            .orElseThrow(),
                    set);
            business(outcomes, true)
                    .forEach((lang, score) -> assertThat(score.share())
                            .as(caseId + " " + lang + " right target")
                            .isGreaterThanOrEqualTo(0.75));
        }
    }

    private static Map<String, PracticeEvaluation.Score> business(
            List<PracticeEvaluation.Outcome> outcomes, boolean business) {
        return PracticeEvaluation.by(
                outcomes.stream()
                        .filter(o -> o.question().kind().asksAboutTheBusiness() == business)
                        .toList(),
                o -> o.question().lang());
    }
}
