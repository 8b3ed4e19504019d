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
     * Fresh single questions nobody tuned the rules for: on five test-only cases and, written later, on the two bundled
     * ones. Half of them are paraphrases sharing no word with the pack, written to be hard. The other half, worded
     * with some word of the pack as trainees mostly ask, meet the 95 % goal (first runs 100 %, ADR 030); the
     * paraphrases do not (en 51.6 %, zh-CN 62.5 %): this keeps what they reach.
     */
    @Test
    void onQuestionsNobodyTunedForTheSingleQuestionsStayWhereTheyStand() throws Exception {
        String tests = "src/test/resources/practice/packs";
        Map<String, String> sets = new java.util.LinkedHashMap<>();
        List.of("takasago", "vlietmond", "tumaini", "navdisha", "serradourada").forEach(c -> sets.put(c, tests));
        sets.put("homebody-13", "scenarios");
        sets.put("freshway-14", "scenarios");
        List<PracticeEvaluation.Outcome> all = new ArrayList<>();
        for (Map.Entry<String, String> entry : sets.entrySet()) {
            PracticeEvaluation.Set set;
            try (InputStream in = getClass().getResourceAsStream("/practice/" + entry.getKey() + ".yaml")) {
                set = PracticeEvaluation.read(in);
            }
            all.addAll(PracticeEvaluation.run(
                    PracticeCommand.pack(set.caseId(), entry.getValue()).orElseThrow(), set));
        }
        Map<String, PracticeEvaluation.Score> worded =
                business(all.stream().filter(o -> !o.question().paraphrase()).toList(), true);
        worded.forEach((lang, score) -> assertThat(score.share())
                .as(lang + " right target, worded with the pack")
                .isGreaterThanOrEqualTo(0.95));
        Map<String, PracticeEvaluation.Score> paraphrased =
                business(all.stream().filter(o -> o.question().paraphrase()).toList(), true);
        assertThat(paraphrased.get("en").share()).as("en paraphrases").isGreaterThanOrEqualTo(0.5);
        assertThat(paraphrased.get("zh-CN").share()).as("zh-CN paraphrases").isGreaterThanOrEqualTo(0.6);
        pitchAndOffTopicAtLeast(all, 0.9);
    }

    /**
     * Single questions as trainees of the course word them, neither seeking nor avoiding the pack's words (batches 15
     * to 17, written by sessions that saw neither the rules nor earlier questions), on two bundled and five test-only
     * cases: first run 95.8 % per language (batch 15), 92.5 % en and 95 % zh-CN (batch 16), 92.9 % en and 78.6 %
     * zh-CN (batch 17, dakvang). The goal is 95 %; pooled they stand at 95 of 100 (en) and 94 of 100 (zh-CN), and
     * this floor keeps them there.
     */
    @Test
    void naturallyWordedSingleQuestionsMeetTheGoal() throws Exception {
        List<PracticeEvaluation.Outcome> all = natural(NaturalSets.and("natural-17-dakvang"));
        Map<String, PracticeEvaluation.Score> perLanguage = business(all, true);
        assertThat(perLanguage).containsOnlyKeys("en", "zh-CN");
        perLanguage.forEach((lang, score) ->
                assertThat(score.share()).as(lang + " right target").isGreaterThanOrEqualTo(0.94));
        pitchAndOffTopicAtLeast(all, 0.95);
    }

    /**
     * Batches 18 to 20 (single questions on lidya, tralca and sokol), each scored once before any rule was fixed on
     * them: first run en 10/10, 8/12, 9/10 and zh-CN 9/10, 11/12, 8/10 business questions right. After the rules
     * they stand at en 30/32 and zh-CN 28/32, pitch and off-topic en 5/6, zh-CN 6/6, short of the 95 % goal; these
     * floors keep them there.
     */
    @Test
    void theLatestHeldOutSingleQuestionsKeepTheirLevel() throws Exception {
        List<PracticeEvaluation.Outcome> all =
                natural(List.of("natural-18-lidya", "natural-19-tralca", "natural-20-sokol"));
        Map<String, PracticeEvaluation.Score> perLanguage = business(all, true);
        assertThat(perLanguage).containsOnlyKeys("en", "zh-CN");
        assertThat(business(all, false)).containsOnlyKeys("en", "zh-CN");
        assertThat(perLanguage.get("en").share()).as("en right target").isGreaterThanOrEqualTo(0.93);
        assertThat(perLanguage.get("zh-CN").share()).as("zh-CN right target").isGreaterThanOrEqualTo(0.87);
        pitchAndOffTopicAtLeast(all, 0.8);
    }

    private List<PracticeEvaluation.Outcome> natural(List<String> sets) throws Exception {
        List<PracticeEvaluation.Outcome> all = new ArrayList<>();
        for (String setName : sets) {
            PracticeEvaluation.Set set;
            try (InputStream in = getClass().getResourceAsStream("/practice/" + setName + ".yaml")) {
                set = PracticeEvaluation.read(in);
            }
            String caseId = set.caseId();
            String folder = List.of("homebody", "freshway").contains(caseId)
                    ? "scenarios"
                    : "src/test/resources/practice/packs";
            all.addAll(
                    PracticeEvaluation.run(PracticeCommand.pack(caseId, folder).orElseThrow(), set));
        }
        return all;
    }

    private static void pitchAndOffTopicAtLeast(List<PracticeEvaluation.Outcome> all, double floor) {
        business(all, false)
                .forEach((lang, score) -> assertThat(score.share())
                        .as(lang + " pitch and off-topic")
                        .isGreaterThanOrEqualTo(floor));
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
