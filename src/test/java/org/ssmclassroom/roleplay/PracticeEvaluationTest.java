package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The repository's evaluation sets meet the goals in each language: run on demand with evaluate-practice too. */
class PracticeEvaluationTest {

    @ParameterizedTest
    @ValueSource(strings = {"homebody", "freshway"})
    void thePartnerUnderstandsTheSetInBothLanguages(String caseId) throws Exception {
        PracticeEvaluation.Set set;
        try (InputStream in = getClass().getResourceAsStream("/practice/" + caseId + ".yaml")) {
            set = PracticeEvaluation.read(in);
        }
        assertThat(set.questions().stream().filter(q -> q.lang().equals("en")))
                .hasSizeGreaterThanOrEqualTo(caseId.equals("homebody") ? 60 : 30);

        List<PracticeEvaluation.Outcome> outcomes =
                PracticeEvaluation.run(PracticeCommand.pack(caseId, "scenarios").orElseThrow(), set);

        outcomes.stream()
                .filter(o -> !o.understood())
                .forEach(o -> System.out.println("  missed [" + o.question().lang() + " "
                        + o.question().kind().id()
                        + " " + o.question().targets() + "] " + o.question().q() + "  ->  "
                        + o.reply().kind().id()
                        + " " + o.reply().line().id() + " " + o.reply().targets()));
        Map<String, PracticeEvaluation.Score> business = PracticeEvaluation.by(
                outcomes.stream()
                        .filter(o -> o.question().kind().asksAboutTheBusiness())
                        .toList(),
                o -> o.question().lang());
        Map<String, PracticeEvaluation.Score> notBusiness = PracticeEvaluation.by(
                outcomes.stream()
                        .filter(o -> !o.question().kind().asksAboutTheBusiness())
                        .toList(),
                o -> o.question().lang());
        System.out.println(caseId + " " + business + " "
                + PracticeEvaluation.by(
                        outcomes.stream()
                                .filter(o -> !o.question().kind().asksAboutTheBusiness())
                                .toList(),
                        o -> o.question().lang()));
        assertThat(business).containsOnlyKeys("en", "zh-CN");
        business.forEach((lang, score) -> assertThat(score.share())
                .as(caseId + " " + lang + " right target")
                .isGreaterThanOrEqualTo(0.90));
        notBusiness.forEach((lang, score) -> assertThat(score.share())
                .as(caseId + " " + lang + " pitch and off-topic")
                .isGreaterThanOrEqualTo(0.95));
    }
}
