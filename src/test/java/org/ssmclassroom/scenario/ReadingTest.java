package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.scenario.PackFixtures.edited;
import static org.ssmclassroom.scenario.PackFixtures.files;
import static org.ssmclassroom.scenario.PackFixtures.read;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadingTest {

    private static ScenarioPack pack(String id, Map<String, byte[]> files) {
        PackResult result = read(id, files);
        assertThat(result).isInstanceOf(PackResult.Valid.class);
        return ((PackResult.Valid) result).pack();
    }

    /** What one reading list holds, as short words a test can compare. */
    private static List<String> shown(List<Reading> reading) {
        return reading.stream()
                .map(r -> switch (r) {
                    case Reading.Document d -> "document:" + d.document().id();
                    case Reading.Negotiation n -> n.ourPosition() ? "negotiation+ours" : "negotiation";
                    case Reading.Concept c -> "card:" + c.card().id();
                    case Reading.StageCard c -> "stage:" + c.place().stage().id();
                    case Reading.StageOverview o -> "stages:" + o.places().size();
                })
                .toList();
    }

    private static List<String> problems(String file, String from, String to) {
        PackResult result = read("homebody", edited("homebody", file, text -> text.replace(from, to)));
        assertThat(result).isInstanceOf(PackResult.Invalid.class);
        return ((PackResult.Invalid) result)
                .problems().stream().map(PackProblem::toString).toList();
    }

    @Test
    void inTheNegotiationTheSalesSideReadsTheIssuesWithOurPositionAndTheCustomerItsOwnBrief() {
        ScenarioPack homebody = pack("homebody", files("homebody"));
        assertThat(shown(Reading.forMember(homebody, "ex10", List.of("recorder"))))
                .containsExactly(
                        "stage:stage-6",
                        "negotiation+ours",
                        "card:negotiation-preparation",
                        "card:position-vs-interest");
        assertThat(shown(Reading.forMember(homebody, "ex10", List.of("customer-executive"))))
                .containsExactly(
                        "stage:stage-6",
                        "negotiation",
                        "document:negotiation-customer",
                        "card:negotiation-preparation",
                        "card:position-vs-interest")
                .as("never a brief of another exercise")
                .doesNotContain("document:yoshi-brief");
    }

    @Test
    void aCaseTheAuthorsWroteMarksEveryReadingOfItAndTheDecksCaseOnlyWhatIsMarked() {
        ScenarioPack freshway = pack("freshway", files("freshway"));
        ScenarioPack homebody = pack("homebody", files("homebody"));

        List<Reading> read = Reading.forMember(freshway, "ex10", List.of("recorder", "customer-executive"));
        assertThat(read)
                .filteredOn(Reading.Document.class::isInstance)
                .map(reading -> ((Reading.Document) reading).origin())
                .isNotEmpty()
                .containsOnly(Origin.AUTHORED);
        assertThat(read)
                .filteredOn(Reading.Negotiation.class::isInstance)
                .map(reading -> (Reading.Negotiation) reading)
                .isNotEmpty()
                .allSatisfy(negotiation -> assertThat(negotiation.negotiation().issues())
                        .extracting(negotiation::originOf)
                        .containsOnly(Origin.AUTHORED));
        assertThat(Reading.forMember(homebody, "ex10", List.of("recorder")))
                .filteredOn(Reading.Negotiation.class::isInstance)
                .map(reading -> (Reading.Negotiation) reading)
                .singleElement()
                .satisfies(negotiation -> assertThat(negotiation.negotiation().issues())
                        .extracting(negotiation::originOf)
                        .containsOnly(Origin.DECK));
    }

    @Test
    void anotherCaseGivesItsOwnCustomerSideItsOwnBriefInTheNegotiation() {
        ScenarioPack freshway = pack("freshway", files("freshway"));
        assertThat(shown(Reading.forMember(freshway, "ex10", List.of("customer-executive"))))
                .contains("negotiation", "document:negotiation-customer")
                .doesNotContain("negotiation+ours", "document:chen-brief");
        assertThat(shown(Reading.forMember(freshway, "ex10", List.of("recorder"))))
                .contains("negotiation+ours")
                .doesNotContain("document:negotiation-customer");
        assertThat(shown(Reading.forMember(freshway, "ex3", List.of("customer-executive"))))
                .contains("document:chen-brief");
    }

    @Test
    void eachIssueComesWithItsBackgroundOurPositionAndThePeopleInvolved() {
        ScenarioPack homebody = pack("homebody", files("homebody"));
        Reading.Negotiation negotiation = Reading.forMember(homebody, "ex10", List.of("captain")).stream()
                .filter(Reading.Negotiation.class::isInstance)
                .map(Reading.Negotiation.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(negotiation.negotiation().issues()).hasSize(3).allSatisfy(issue -> {
            assertThat(issue.background()).isNotNull();
            assertThat(issue.ourPosition()).isNotNull();
        });
        assertThat(negotiation.people())
                .extracting(CaseFile.Person::id)
                .contains("boris", "yoshi", "tony", "sarah", "legal");
    }

    @Test
    void inTheInterviewThePlayerReadsThePersonaBriefAndTheOthersTheSalesBriefAndHandout() {
        ScenarioPack homebody = pack("homebody", files("homebody"));
        assertThat(shown(Reading.forMember(homebody, "ex3", List.of("opportunity-owner", "customer-executive"))))
                .containsExactly("stage:stage-1", "document:yoshi-brief", "card:compelling-reason");
        assertThat(shown(Reading.forMember(homebody, "ex3", List.of("devils-advocate"))))
                .containsExactly("stage:stage-1", "document:sales-brief", "document:handout", "card:compelling-reason");
    }

    @Test
    void aCaseWithoutMaterialsGivesEveryoneTheNegotiationWithoutABriefOfAnotherExercise() {
        ScenarioPack bare = pack(
                "homebody",
                edited("homebody", "case.yaml", text -> text.replace("""
                          - {exercise: ex10, audience: sales, facts: negotiation}
                          - {exercise: ex10, audience: customer, facts: negotiationIssues}
                          - {exercise: ex10, audience: customer, document: negotiation-customer}
                        """, "").replace("materials:\n", "")));
        assertThat(shown(Reading.forMember(bare, "ex10", List.of("customer-executive"))))
                .containsExactly(
                        "stage:stage-6",
                        "negotiation+ours",
                        "card:negotiation-preparation",
                        "card:position-vs-interest");
    }

    @Test
    void anExerciseReadsItsStagesCardFirstThePipelineEveryStageAndTheOpeningNone() {
        ScenarioPack homebody = pack("homebody", files("homebody"));
        assertThat(shown(Reading.forMember(homebody, "reference-case", List.of("recorder"))))
                .first()
                .isEqualTo("stage:stage-7");
        assertThat(shown(Reading.forMember(homebody, "pipeline", List.of("recorder"))))
                .first()
                .isEqualTo("stages:7");
        assertThat(shown(Reading.forMember(homebody, "ex1", List.of("recorder"))))
                .noneMatch(r -> r.startsWith("stage"))
                .contains("card:course-goals");
    }

    @Test
    void aStagesCardIsShownBesideEveryExerciseOfTheStage() {
        ScenarioPack homebody = pack("homebody", files("homebody"));
        Method method = homebody.method();
        Method withStageCard = new Method(
                method.course(),
                method.exercises(),
                method.templates(),
                method.vocabularies(),
                method.models(),
                method.rubrics(),
                List.of(new Method.Card(
                        "stage-six",
                        List.of("stage-6"),
                        new org.ssmclassroom.base.LocalizedText("完成交易", "Closing"),
                        new org.ssmclassroom.base.LocalizedText("文字", "Text"),
                        null,
                        null,
                        null,
                        null,
                        Origin.AUTHORED)));
        assertThat(withStageCard.cardsFor(method.exercise("ex10").orElseThrow()))
                .extracting(Method.Card::id)
                .containsExactly("stage-six");
        assertThat(withStageCard.cardsFor(method.exercise("ex3").orElseThrow())).isEmpty();
    }

    @Test
    void aCaseWithoutANegotiationIsValidButSaysTheNegotiationCannotBePlayedOnIt() {
        ScenarioPack noNegotiation = pack(
                "homebody",
                edited(
                        "homebody",
                        "case.yaml",
                        text -> (text.substring(0, text.indexOf("\nnegotiation:\n"))
                                        + text.substring(text.indexOf("\nmodelAnswers:\n")))
                                .replace("  - {exercise: ex10, audience: sales, facts: negotiation}\n", "")
                                .replace("  - {exercise: ex10, audience: customer, facts: negotiationIssues}\n", "")));
        Method.Exercise negotiation = noNegotiation.method().exercise("ex10").orElseThrow();
        assertThat(noNegotiation.lacksFor(negotiation)).containsExactly(Method.CaseNeed.NEGOTIATION);
        assertThat(ValidatePackCommand.notPlayable(noNegotiation))
                .singleElement()
                .asString()
                .contains("exercise ex10 (Negotiation exercise 1/2) cannot be played on this case")
                .contains("it needs a negotiation (negotiation: its scenario and issues");
        assertThat(noNegotiation.lacksFor(noNegotiation.method().exercise("ex3").orElseThrow()))
                .isEmpty();
    }

    @Test
    void aMaterialForAnUnknownAudienceOrAnInstructorsDocumentIsReportedWithItsLine() {
        assertThat(problems(
                        "case.yaml",
                        "{exercise: ex10, audience: sales, facts: negotiation}",
                        "{exercise: ex10, audience: salespeople, document: update}"))
                .containsExactlyInAnyOrder(
                        "homebody/case.yaml:"
                                + PackFixtures.lineOf(
                                        "homebody",
                                        "case.yaml",
                                        "{exercise: ex10, audience: sales, facts: negotiation}")
                                + ":22: materials[0].audience: unknown audience 'salespeople'; use"
                                + " everyone, sales, customer or one of the roles [captain, customer-executive,"
                                + " devils-advocate, opportunity-owner, recorder, spokesperson, timekeeper]",
                        "homebody/case.yaml:"
                                + PackFixtures.lineOf(
                                        "homebody",
                                        "case.yaml",
                                        "{exercise: ex10, audience: sales, facts: negotiation}")
                                + ":45: materials[0].document: document 'update' is for the"
                                + " instructor; trainees cannot read it");
    }

    @Test
    void aCardAttachedToNothingTheMethodHasIsReported() {
        PackResult result = new PackReader()
                .read(
                        PackFiles.of(
                                "ssm-method",
                                edited(
                                        "ssm-method",
                                        "concepts.yaml",
                                        t -> t.replace("attach: [ex10]", "attach: [ex11]"))),
                        id -> java.util.Optional.empty());
        assertThat(((PackResult.Invalid) result).problems())
                .extracting(PackProblem::toString)
                .allSatisfy(p -> assertThat(p).contains("concepts.yaml").contains("unknown exercise or stage 'ex11'"))
                .hasSize(2);
    }
}
