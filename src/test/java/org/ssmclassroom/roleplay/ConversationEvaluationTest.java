package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.scenario.ScenarioPack;

/**
 * The repository's conversation sets, all halves together, on nine cases (seven written for testing only) and four
 * sets of natural trainee interviews: the goal is 95 % of the turns right in each language, and they stand at 96.9 %
 * en and 97.0 % zh-CN. Batches scored once before any rule was fixed on them did worse (ADR 030; the latest: batches
 * 13 and 14 on navdisha and serradourada, cases nobody had tuned for, en 87.8 % and 88.0 %, zh-CN 85.7 % and 88.0 %;
 * batch 15's natural interviews en 75.0 %, zh-CN 78.1 %): that is the better guess for unseen conversations.
 * {@code evaluate-practice --set src/test/resources/practice/conversations/<set>.yaml
 * [--packs src/test/resources/practice/packs]} prints the same, per kind of turn and per half.
 */
class ConversationEvaluationTest {

    @Test
    void thePartnerHoldsTheConversationsInBothLanguages() throws Exception {
        // Cases written for testing only (src/test/resources/practice/packs), each first scored as a pack nobody had
        // tuned for: jinhe, aerocondor, takasago, vlietmond, tumaini, navdisha, serradourada, dakvang.
        List<String> sets = new ArrayList<>(List.of(
                "homebody",
                "freshway",
                "jinhe",
                "aerocondor",
                "takasago",
                "vlietmond",
                "tumaini",
                "navdisha",
                "serradourada"));
        sets.addAll(NaturalSets.and("natural-17-dakvang", "natural-17-homebody", "natural-17-freshway"));
        List<ConversationEvaluation.Outcome> all = outcomes(sets);
        assertThat(all.stream().map(o -> o.conversation().id()).distinct().count())
                .isGreaterThanOrEqualTo(25);
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        perLanguageAtLeast(all, 0.95, 0.95);
    }

    /**
     * Batches 18 to 20 (natural interviews on lidya, tralca and sokol, test-only cases, and on the bundled cases),
     * each scored once before any rule was fixed on them: first run en 92 % (lidya), 73.3 % (tralca), 74 % (sokol),
     * zh-CN 98 %, 61.7 %, 80 %. After the rules they led to they stand at 86.2 % en and 90.0 % zh-CN, short of the
     * 95 % goal; these floors, a turn or two below, keep them there.
     */
    @Test
    void theLatestHeldOutInterviewsKeepTheirLevel() throws Exception {
        List<ConversationEvaluation.Outcome> all = outcomes(List.of(
                "natural-18-lidya",
                "natural-18-homebody",
                "natural-19-tralca",
                "natural-19-homebody",
                "natural-20-sokol",
                "natural-20-freshway"));
        assertThat(all).hasSize(420);
        perLanguageAtLeast(all, 0.85, 0.89);
    }

    private List<ConversationEvaluation.Outcome> outcomes(List<String> sets) throws Exception {
        List<String> bundled = List.of("homebody", "freshway");
        List<ConversationEvaluation.Outcome> all = new ArrayList<>();
        for (String setName : sets) {
            ConversationEvaluation.Set set;
            try (InputStream in = getClass().getResourceAsStream("/practice/conversations/" + setName + ".yaml")) {
                set = ConversationEvaluation.read(in);
            }
            String folder = bundled.contains(set.caseId()) ? "scenarios" : "src/test/resources/practice/packs";
            ScenarioPack pack = PracticeCommand.pack(set.caseId(), folder).orElseThrow();
            List<ConversationEvaluation.Outcome> outcomes = ConversationEvaluation.run(pack, set);
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            ConversationEvaluation.print(outcomes, set, true, new PrintStream(report, true, StandardCharsets.UTF_8));
            System.out.println(report.toString(StandardCharsets.UTF_8));
            all.addAll(outcomes);
        }
        return all;
    }

    private static void perLanguageAtLeast(List<ConversationEvaluation.Outcome> all, double en, double zh) {
        Map<String, PracticeEvaluation.Score> perLanguage =
                ConversationEvaluation.by(all, o -> o.conversation().lang());
        assertThat(perLanguage).containsOnlyKeys("en", "zh-CN");
        assertThat(perLanguage.get("en").share())
                .as("en conversation turns right")
                .isGreaterThanOrEqualTo(en);
        assertThat(perLanguage.get("zh-CN").share())
                .as("zh-CN conversation turns right")
                .isGreaterThanOrEqualTo(zh);
    }

    @Test
    void evaluatePracticeRunsAConversationSetAndPrintsPerLanguageKindOfTurnAndHalf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = PracticeEvaluation.command(
                new String[] {"evaluate-practice", "--set", "src/test/resources/practice/conversations/freshway.yaml"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("Practice partner on freshway: \\d+ conversations")
                .contains("turns right, per language")
                .contains("held-out en")
                .contains("tuned zh-CN")
                .contains("per kind of turn")
                .contains("nothing-more")
                .contains("guarded-refused");
    }
}
