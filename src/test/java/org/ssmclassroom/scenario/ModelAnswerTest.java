package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.scenario.PackFixtures.edited;
import static org.ssmclassroom.scenario.PackFixtures.files;
import static org.ssmclassroom.scenario.PackFixtures.read;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.LocalizedText;

/** Key points and model boards: what the debrief compares tables with, checked like the rest of a pack. */
class ModelAnswerTest {

    private static final String NEGOTIATION_ISSUE = "customerPriority: 3, ourPriority: 3, customerPosition:";

    @Test
    void bothCasesGiveKeyPointsAndABoardForEveryExercisePlayedOnTheCase() {
        for (String pack : List.of("homebody", "freshway")) {
            ScenarioPack valid = ((PackResult.Valid) read(pack, files(pack))).pack();
            for (Method.Exercise exercise : valid.method().exercises()) {
                if (exercise.caseSource() == Method.CaseSource.CASE_PACK) {
                    CaseFile.ModelAnswer answer = valid.caseFile().modelAnswers().stream()
                            .filter(a -> a.exercise().equals(exercise.id()))
                            .findFirst()
                            .orElseThrow();
                    assertThat(answer.keyPoints())
                            .as(pack + " " + exercise.id())
                            .hasSizeGreaterThanOrEqualTo(4);
                    assertThat(answer.board()).as(pack + " " + exercise.id()).isNotEmpty();
                } else if (exercise.template() != null) {
                    assertThat(exercise.keyPoints()).as(exercise.id()).hasSizeGreaterThanOrEqualTo(3);
                }
            }
        }
    }

    @Test
    void aModelBoardReadsAsABoardInEitherLanguage() {
        ScenarioPack homebody = ((PackResult.Valid) read("homebody", files("homebody"))).pack();
        CaseFile.ModelAnswer negotiation = homebody.caseFile().modelAnswers().stream()
                .filter(a -> a.exercise().equals("ex10"))
                .findFirst()
                .orElseThrow();
        Method.Template template = homebody.method().template("negotiation").orElseThrow();

        List<ModelBoard.Entry> english = ModelBoard.entries(template, negotiation.board(), Locale.ENGLISH);
        List<ModelBoard.Entry> chinese = ModelBoard.entries(template, negotiation.board(), LocalizedText.CHINESE);

        assertThat(english)
                .extracting(ModelBoard.Entry::section)
                .containsExactly("issues", "issues", "issues", "alternatives");
        assertThat(english.getFirst().values())
                .containsEntry("issue", "Issue A: price too high compared with the competitors")
                .containsEntry("customerPriority", "3");
        assertThat(chinese.getFirst().values()).containsEntry("issue", "问题A：与竞争对手相比，价格太高");
        assertThat(english.getLast().position()).isZero();
        assertThat(english.get(2).position()).isEqualTo(2);
    }

    @Test
    void theModelPainChainNamesEachBoxByTheDecksRoleLabelNotByAPersonsName() {
        ScenarioPack homebody = ((PackResult.Valid) read("homebody", files("homebody"))).pack();
        Method.Template ex4 = homebody.method().template("initiatives").orElseThrow();

        List<ModelBoard.Entry> chain =
                ModelBoard.entries(ex4, homebody.modelBoard("ex4"), LocalizedText.CHINESE).stream()
                        .filter(e -> e.section().equals("pain-chain"))
                        .toList();

        assertThat(chain).extracting(e -> e.values().get("title")).startsWith("CEO", "CFO", "COO");
        assertThat(chain)
                .allSatisfy(e -> assertThat(e.values()).doesNotContainKey("name"))
                .extracting(e -> String.join(" ", e.values().values()))
                .noneMatch(text -> text.contains("Boris") || text.contains("Tony") || text.contains("Wolfgang"));
    }

    @Test
    void aSumOfMoneyKeepsItsCurrencyOnTheModelBoard() {
        ScenarioPack homebody = ((PackResult.Valid) read("homebody", files("homebody"))).pack();
        ScenarioPack freshway = ((PackResult.Valid) read("freshway", files("freshway"))).pack();
        Method.Template plan = homebody.method().template("evaluation-plan").orElseThrow();

        assertThat(ModelBoard.entries(
                        plan, homebody.modelAnswer("ex9").orElseThrow().board(), Locale.ENGLISH))
                .filteredOn(e -> e.section().equals("proposal"))
                .singleElement()
                .satisfies(proposal -> assertThat(proposal.values())
                        .containsEntry("hardware", "$600,000")
                        .containsEntry("services", "$2,000,000"));
        assertThat(ModelBoard.entries(
                        plan, freshway.modelAnswer("ex9").orElseThrow().board(), LocalizedText.CHINESE))
                .filteredOn(e -> e.section().equals("proposal"))
                .singleElement()
                .satisfies(proposal -> assertThat(proposal.values()).containsEntry("hardware", "¥4,200,000"));
        assertThat(problems("homebody", "hardware: {amount: 600000, currency: USD}", "hardware: 600000"))
                .singleElement()
                .asString()
                .endsWith("board.proposal.hardware: field 'hardware' takes an amount with its currency, as"
                        + " {amount: 600000, currency: USD}, not '600000'");
        assertThat(problems(
                        "homebody",
                        "hardware: {amount: 600000, currency: USD}",
                        "hardware: {amount: 600000, currency: US$}"))
                .singleElement()
                .asString()
                .endsWith("'US$' is not an ISO 4217 currency code (USD, CNY, EUR …)");
    }

    @Test
    void aModelBoardTheTemplateWouldNotAcceptNamesTheLineAndWhatItTakes() {
        assertThat(problems("homebody", NEGOTIATION_ISSUE, "customerPriority: 4, ourPriority: 3, customerPosition:"))
                .singleElement()
                .asString()
                .startsWith("homebody/case.yaml:")
                .endsWith("board.issues[0].customerPriority: field 'customerPriority' runs from 1 to 3, not 4");
        assertThat(problems("homebody", NEGOTIATION_ISSUE, "customerPriority: 3, ourPriority: high, customerPosition:"))
                .singleElement()
                .asString()
                .endsWith("ourPriority: field 'ourPriority' takes a number, not 'high'");
        assertThat(problems("homebody", NEGOTIATION_ISSUE, "customerPriority: 3, ourPriorty: 3, customerPosition:"))
                .singleElement()
                .asString()
                .contains("unknown field 'ourPriorty' of section 'issues'; it has criteria, customerInterests");
        assertThat(problems("homebody", "        quadrant: laggard\n", "        quadrant: leading\n"))
                .singleElement()
                .asString()
                .endsWith("board.direction.quadrant: 'leading' is not a term of vocabulary 'sam-quadrants'; "
                        + "its terms are laggard, leader, market-dominant, operationally-efficient");
        assertThat(problems(
                        "homebody",
                        "      alternatives:\n        customerBatna:",
                        "      options:\n        customerBatna:"))
                .singleElement()
                .asString()
                .endsWith("unknown section 'options' of board 'negotiation'; it has alternatives, issues");
        assertThat(problems(
                        "homebody",
                        text -> text.replace("\n        ourBatna:", "\n          ourBatna:")
                                .replace(
                                        "      alternatives:\n        customerBatna:",
                                        "      alternatives:\n        - customerBatna:")))
                .anyMatch(p -> p.endsWith("section 'alternatives' has fields: give one entry, not a list"));
    }

    @Test
    void keyPointsSitInTheExercisesBoardAndAreNotLeftOut() {
        assertThat(problems("homebody", "{id: lois, section: issues,", "{id: lois, section: concessions,"))
                .singleElement()
                .asString()
                .endsWith(
                        "keyPoints[2].section: unknown section of the exercise's board 'concessions'; the pack has alternatives, issues");
        assertThat(problems("homebody", "{id: lois, section: issues,", "{id: price-most, section: issues,"))
                .singleElement()
                .asString()
                .endsWith("duplicate id 'price-most'");
        String ex10 = "    document: negotiation\n    keyPoints:\n";
        assertThat(problems("homebody", ex10, "    document: negotiation\n    unusedKeyPoints:\n"))
                .anyMatch(
                        p -> p.endsWith(
                                "the model answer of 'ex10', an exercise played on the case, gives no key points for the debrief"));
    }

    @Test
    void anExerciseOnTheTeamsOwnOpportunitySaysWhatGoodLooksLike() {
        PackResult result = new PackReader()
                .read(
                        PackFiles.of(
                                "ssm-method",
                                edited(
                                        "ssm-method",
                                        "exercises.yaml",
                                        text -> text.replaceFirst(
                                                "    keyPoints:\n(      - \\{id: three.*\n)(      - .*\n){2}", ""))),
                        id -> java.util.Optional.empty());
        assertThat(((PackResult.Invalid) result).problems())
                .extracting(PackProblem::toString)
                .singleElement()
                .asString()
                .endsWith(
                        "exercise 'ex1' is played on the team's own opportunity but gives no key points of what good looks like");
    }

    private static List<String> problems(String pack, String from, String to) {
        return problems(pack, text -> {
            assertThat(text).contains(from);
            return text.replace(from, to);
        });
    }

    private static List<String> problems(String pack, java.util.function.UnaryOperator<String> edit) {
        PackResult result = read(pack, edited(pack, "case.yaml", edit));
        assertThat(result).isInstanceOf(PackResult.Invalid.class);
        return ((PackResult.Invalid) result)
                .problems().stream().map(PackProblem::toString).toList();
    }
}
