package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.scenario.PackFixtures.edited;
import static org.ssmclassroom.scenario.PackFixtures.files;
import static org.ssmclassroom.scenario.PackFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The computer customer's side of a case's negotiation, as the pack validator checks it. */
class NegotiationChecksTest {

    private static List<String> problems(String pack, String from, String to) {
        PackResult result = read(pack, edited(pack, "case.yaml", text -> {
            assertThat(text).contains(from);
            return text.replace(from, to);
        }));
        assertThat(result).isInstanceOf(PackResult.Invalid.class);
        return ((PackResult.Invalid) result)
                .problems().stream().map(PackProblem::toString).toList();
    }

    @Test
    void bothBundledCasesDeclareACounterpartForEveryIssue() {
        for (String pack : List.of("homebody", "freshway")) {
            CaseFile.Counterpart counterpart = ((PackResult.Valid) read(pack, files(pack)))
                    .pack()
                    .caseFile()
                    .negotiation()
                    .counterpart();
            assertThat(counterpart.issues())
                    .extracting(CaseFile.CounterpartIssue::issue)
                    .containsExactlyInAnyOrder("A", "B", "C");
            assertThat(counterpart.origin()).isEqualTo(Origin.AUTHORED);
        }
    }

    @Test
    void homebodysPrioritiesFollowTheModelAnswer() {
        var issues = ((PackResult.Valid) read("homebody", files("homebody")))
                .pack()
                .caseFile()
                .negotiation()
                .counterpart()
                .issues();
        assertThat(issues).extracting(CaseFile.CounterpartIssue::priority).containsExactly(3, 2, 1);
    }

    @Test
    void aDuplicateOptionIdIsReportedWithFileLineAndField() {
        assertThat(problems("homebody", "{id: cut-15-scope,", "{id: cut-35,"))
                .anyMatch(p -> p.matches("homebody/case\\.yaml:\\d+:\\d+: negotiation\\.counterpart\\.issues\\[0]"
                        + "\\.options\\[1]\\.id: duplicate id 'cut-35'"));
    }

    @Test
    void aValueThatIsNotANumberIsReported() {
        assertThat(problems("homebody", "{id: cut-35, customer: 10,", "{id: cut-35, customer: ten,"))
                .anyMatch(p -> p.startsWith("homebody/case.yaml:") && p.contains("customer"));
    }

    @Test
    void aBestAlternativeNoAgreementReachesIsReported() {
        assertThat(problems("homebody", "    batna:\n      value: 11\n", "    batna:\n      value: 40\n"))
                .anyMatch(p -> p.matches("homebody/case\\.yaml:\\d+:\\d+: negotiation\\.counterpart\\.batna\\.value:"
                        + " no agreement reaches the customer's best alternative \\(40\\).*19"));
    }

    @Test
    void noRoomBetweenBothAlternativesIsReported() {
        assertThat(problems("homebody", "    ourBatna:\n      value: 10\n", "    ourBatna:\n      value: 24\n"))
                .anyMatch(p -> p.contains("negotiation.counterpart.batna.value: no agreement worth at least our best"));
    }

    @Test
    void aLineMissingItsPlaceholderInOneLanguageIsReported() {
        assertThat(problems("homebody", "在{issue}上，我需要的是：{option}。", "在{issue}上，我需要的是你们让步。"))
                .anyMatch(p -> p.matches("homebody/case\\.yaml:\\d+:\\d+: negotiation\\.counterpart\\.lines\\.counter"
                        + "\\.zh-CN: the zh-CN line does not say \\{option}"));
    }

    @Test
    void aLineInOnlyOneLanguageIsReported() {
        assertThat(problems(
                        "homebody",
                        "accept: {zh-CN: \"好，这个我可以接受。\", en: \"Good, I can accept that.\"}",
                        "accept: {zh-CN: \"好，这个我可以接受。\"}"))
                .anyMatch(p -> p.startsWith("homebody/case.yaml:") && p.contains("lines.accept"));
    }

    @Test
    void anUnknownIssueAndAPriorityAgainstTheScoringTableAreReported() {
        assertThat(problems("homebody", "      - issue: C\n", "      - issue: D\n"))
                .anyMatch(p -> p.contains("negotiation.counterpart.issues[2].issue: unknown issue 'D'"))
                .anyMatch(p -> p.contains("issue 'C' has no priority and options for the counterpart"));
        assertThat(
                        problems(
                                "freshway",
                                "      - issue: C\n        name: {zh-CN: \"数据存放\", en: \"where the data is kept\"}\n        priority: 1\n",
                                "      - issue: C\n        name: {zh-CN: \"数据存放\", en: \"where the data is kept\"}\n        priority: 3\n"))
                .anyMatch(p -> p.contains("issue 'C' has priority 3 but its options span 3 in value to the customer"));
    }

    @Test
    void ourOwnPersonCannotPlayTheCustomer() {
        assertThat(problems("homebody", "    persona: yoshi\n    batna:", "    persona: john\n    batna:"))
                .anyMatch(p -> p.contains("negotiation.counterpart.persona: 'john' is on our side"));
    }

    @Test
    void whatATableReadsOfTheNegotiationNeverHoldsTheCounterpart() {
        ScenarioPack homebody = ((PackResult.Valid) read("homebody", files("homebody"))).pack();
        assertThat(homebody.caseFile().negotiation().withoutCounterpart().counterpart())
                .isNull();
    }
}
