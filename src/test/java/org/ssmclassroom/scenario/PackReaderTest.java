package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.scenario.PackFixtures.edited;
import static org.ssmclassroom.scenario.PackFixtures.files;
import static org.ssmclassroom.scenario.PackFixtures.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.testing.ChinesePunctuation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class PackReaderTest {

    private static List<String> problems(String pack, String file, String from, String to) {
        PackResult result = read(pack, edited(pack, file, text -> text.replace(from, to)));
        assertThat(result).isInstanceOf(PackResult.Invalid.class);
        return ((PackResult.Invalid) result)
                .problems().stream().map(PackProblem::toString).toList();
    }

    @Test
    void bundledPacksAreValidAndComplete() {
        ScenarioPack homebody = ((PackResult.Valid) read("homebody", files("homebody"))).pack();
        assertThat(homebody.method().exercises())
                .hasSize(13)
                .filteredOn(e -> e.number() <= 10)
                .hasSize(10);
        assertThat(homebody.caseFile().people())
                .extracting(CaseFile.Person::id)
                .contains("wolfgang", "boris", "yoshi", "sarah", "tony", "john", "lois");
        assertThat(homebody.caseFile().painChains())
                .extracting(CaseFile.PainChain::id)
                .containsExactly("chain-1", "chain-2", "potential-kdms");
        assertThat(homebody.caseFile().initiatives())
                .hasSize(6)
                .filteredOn(CaseFile.Initiative::critical)
                .singleElement()
                .extracting(CaseFile.Initiative::owner)
                .isEqualTo("sarah");
        assertThat(homebody.documentBody("handout").orElseThrow().zh()).contains("Wolfgang Overall");
        ScenarioPack freshway = ((PackResult.Valid) read("freshway", files("freshway"))).pack();
        assertThat(freshway.caseFile().people()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void chineseTextOfTheBundledPacksUsesFullWidthPunctuation() throws IOException {
        Map<String, List<String>> halfWidth = new TreeMap<>();
        try (Stream<Path> files = Files.walk(PackFixtures.SCENARIOS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".zh-CN.md")) {
                    List<String> found = ChinesePunctuation.halfWidthNextToChinese(Files.readString(file));
                    if (!found.isEmpty()) {
                        halfWidth.put(file.toString(), found);
                    }
                } else if (name.endsWith(".yaml")) {
                    chineseValues(new YAMLMapper().readTree(file.toFile()), file.toString(), halfWidth);
                }
            }
        }
        assertThat(halfWidth).isEmpty();
    }

    /** Every {@code zh-CN} text but keyword lists, whose ASCII commas separate the words a machine matches. */
    private static void chineseValues(JsonNode node, String path, Map<String, List<String>> halfWidth) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("keywords")) {
                    continue;
                }
                if (field.getKey().equals("zh-CN") && field.getValue().isString()) {
                    List<String> found = ChinesePunctuation.halfWidthNextToChinese(
                            field.getValue().asString());
                    if (!found.isEmpty()) {
                        halfWidth.put(path, found);
                    }
                } else {
                    chineseValues(field.getValue(), path + "/" + field.getKey(), halfWidth);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                chineseValues(node.get(i), path + "[" + i + "]", halfWidth);
            }
        }
    }

    @Test
    void exerciseLabelsAreWrittenAlikeAndChineseChoicesAreChineseOnly() {
        Method method =
                ((PackResult.Valid) read("homebody", files("homebody"))).pack().method();
        assertThat(method.exercises())
                .filteredOn(e -> e.number() <= 10)
                .allSatisfy(e -> assertThat(e.label().zh()).isEqualTo("团队练习" + e.number()));
        // The closing action plan's rows quote the deck, whose "使用Partner World Portal" names the portal in English.
        assertThat(method.vocabularies())
                .filteredOn(v -> !v.id().equals("action-plan-30"))
                .flatExtracting(Method.Vocabulary::terms)
                .extracting(t -> t.label().zh())
                .contains("政治圈", "核心圈")
                .noneMatch(label -> label.matches(".*[A-Za-z]{2,}[a-z].*"));
    }

    @Test
    void authoredItemsAreMarkedSoInstructorsCanTellThemFromTheDeck() {
        ScenarioPack homebody = ((PackResult.Valid) read("homebody", files("homebody"))).pack();
        assertThat(homebody.caseFile().initiatives())
                .filteredOn(i -> i.origin() == Origin.AUTHORED)
                .hasSize(5);
        assertThat(homebody.caseFile().person("tony").orElseThrow().origin()).isEqualTo(Origin.AUTHORED);
        assertThat(homebody.caseFile().person("wolfgang").orElseThrow().origin())
                .isNull();
    }

    @Test
    void unknownPersonInAReasonIsReportedWithFileLineAndField() {
        assertThat(problems("homebody", "case.yaml", "{leadsTo: boris, text:", "{leadsTo: borris, text:"))
                .containsExactly("homebody/case.yaml:64:14: painChains[1].links[0].reasons[0].leadsTo: "
                        + "unknown person 'borris' (not in people)");
    }

    @Test
    void reasonLeadingToSomeoneOutsideTheChainIsReported() {
        assertThat(problems(
                        "homebody",
                        "case.yaml",
                        "{leadsTo: sarah, text: {zh-CN: \"市场占有率逐步减少\"",
                        "{leadsTo: lois, text: {zh-CN: \"市场占有率逐步减少\""))
                .singleElement()
                .asString()
                .contains("'lois' has no pain in this chain");
    }

    @Test
    void twoMostCriticalInitiativesAreReported() {
        assertThat(problems(
                        "homebody",
                        "case.yaml",
                        "  - id: supplier-quality\n",
                        "  - id: supplier-quality\n    critical: true\n"))
                .singleElement()
                .asString()
                .endsWith("only one initiative is the most critical; marked critical: crm, supplier-quality");
    }

    @Test
    void anInitiativeOwnedByOneOfOurOwnPeopleIsReported() {
        assertThat(problems("homebody", "case.yaml", "    owner: sarah\n", "    owner: john\n"))
                .singleElement()
                .asString()
                .contains("'john' is on our side; a business initiative is the customer's");
    }

    @Test
    void aPersonaBriefWrittenForTheSalesSideIsReported() {
        assertThat(problems("homebody", "case.yaml", "  personaBrief: yoshi-brief", "  personaBrief: sales-brief"))
                .singleElement()
                .asString()
                .endsWith("document 'sales-brief' is for audience 'sales'; this brief needs a document for 'persona'");
    }

    @Test
    void anInterviewBoundToAnExerciseOnTheTeamsOwnOpportunityIsReported() {
        assertThat(problems("homebody", "case.yaml", "interview:\n  exercise: ex3", "interview:\n  exercise: ex2"))
                .singleElement()
                .asString()
                .contains("exercise 'ex2' works on the team's own opportunity, not on the case");
    }

    @Test
    void aFactThatUncoversAnUnknownTargetAndATargetNoFactUncoversAreReported() {
        assertThat(problems("homebody", "case.yaml", "reveals: [retailer]", "reveals: [retailers]"))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("homebody/case.yaml:")
                        .contains("interview.facts[7].reveals[0]: unknown target 'retailers'; the targets are budget,"))
                .anySatisfy(
                        p -> assertThat(p)
                                .contains(
                                        "interview.targets[7]: no fact uncovers target 'retailer': name it in a fact's reveals"));
    }

    @Test
    void theInterviewsRolesMustBeTheMethodsAndTwoPeople() {
        assertThat(problems("homebody", "case.yaml", "\n  playedBy: customer-executive", "\n  playedBy: yoshi-player"))
                .singleElement()
                .asString()
                .contains("interview.playedBy: unknown role 'yoshi-player'; the method's roles are captain,");
        assertThat(problems(
                        "homebody",
                        "case.yaml",
                        "\n  observedBy: devils-advocate",
                        "\n  observedBy: customer-executive"))
                .singleElement()
                .asString()
                .contains("the persona's player cannot also observe the interview");
    }

    @Test
    void aPainChainThatLoopsAndAReasonThatIsNotTheNextPersonsPainAreReported() {
        List<String> found = problems(
                "homebody",
                "case.yaml",
                "- {text: {zh-CN: \"客户忠诚度降低\"",
                "- {leadsTo: wolfgang, text: {zh-CN: \"客户忠诚度降低\"");
        assertThat(found)
                .filteredOn(p -> p.contains("loops"))
                .singleElement()
                .asString()
                .contains("the pain chain loops: wolfgang → boris → yoshi → sarah → wolfgang");
        assertThat(found).anyMatch(p -> p.contains("this reason leads to 'wolfgang', but their pain reads otherwise"));
    }

    @Test
    void anUnquotedChineseTextCutByAnAsciiCommaGetsAHintToQuoteIt() {
        assertThat(problems("homebody", "case.yaml", "timeframe: {zh-CN: \"12个月\",", "timeframe: {zh-CN: 12个月, 左右,"))
                .anyMatch(p -> p.contains("quote the text"));
    }

    @Test
    void aSchemaProblemDoesNotHideTheOtherProblems() {
        List<String> found = problems(
                "homebody",
                "case.yaml",
                "    owner: sarah\n    focus: revenue",
                "    owner: sarahh\n    focus: revenue\n    colour: blue");
        assertThat(found).anyMatch(p -> p.contains("colour"));
        assertThat(found).anyMatch(p -> p.contains("unknown person 'sarahh'"));
    }

    @Test
    void unknownManagerAndReportingLoopsAreReported() {
        assertThat(problems("homebody", "case.yaml", "{id: wolfgang, name:", "{id: wolfgang, reportsTo: sarah, name:"))
                .filteredOn(p -> p.contains("loops"))
                .as("a loop is reported once, with its members")
                .containsExactly("homebody/case.yaml:19:20: people[0].reportsTo: the reporting line loops:"
                        + " wolfgang → sarah → yoshi → wolfgang");
        assertThat(problems(
                        "homebody", "case.yaml", "{id: boris, reportsTo: wolfgang,", "{id: boris, reportsTo: nobody,"))
                .anyMatch(p -> p.endsWith("people[1].reportsTo: unknown person 'nobody' (not in people)"));
    }

    @Test
    void missingTranslationIsReportedAtTheText() {
        assertThat(problems("homebody", "case.yaml", ", en: \"Chief Executive Officer (CEO)\"}", "}"))
                .containsExactly("homebody/case.yaml:19:79: people[0].title: missing translation 'en'");
    }

    @Test
    void missingDocumentTranslationFileIsReported() {
        Map<String, byte[]> files = files("homebody");
        files.remove("docs/update.en.md");
        PackResult result = read("homebody", files);
        assertThat(((PackResult.Invalid) result).problems())
                .singleElement()
                .asString()
                .endsWith("documents[3].file: missing translation: docs/update.en.md does not exist");
    }

    @Test
    void rawHtmlInMarkdownIsRefusedWithItsLine() {
        Map<String, byte[]> files = files("homebody");
        files.put("docs/update.en.md", "# Update\n\nFine text\n\n<script>alert('x')</script>\n".getBytes());
        assertThat(((PackResult.Invalid) read("homebody", files)).problems())
                .singleElement()
                .asString()
                .isEqualTo("homebody/docs/update.en.md:5:1: raw HTML is not allowed in Markdown documents; "
                        + "use Markdown formatting");
    }

    @Test
    void misspelledPropertyIsASchemaErrorAtItsKey() {
        assertThat(problems("homebody", "case.yaml", "  headquarters:", "  headquarter:"))
                .singleElement()
                .asString()
                .startsWith("homebody/case.yaml:4:3: company")
                .contains("headquarter");
    }

    @Test
    void yamlSyntaxErrorNamesLineAndColumn() {
        assertThat(problems("homebody", "case.yaml", "people:\n", "people:\n  - [unclosed\n"))
                .singleElement()
                .asString()
                .startsWith("homebody/case.yaml:")
                .contains("YAML syntax");
    }

    @Test
    void everyProblemIsReportedAtOnceNotOnlyTheFirst() {
        Map<String, byte[]> files = edited(
                "homebody",
                "case.yaml",
                text -> text.replace("{id: boris, reportsTo: wolfgang,", "{id: boris, reportsTo: nobody,")
                        .replace("owner: vp-strategy", "owner: ghost"));
        files.remove("docs/handout.zh-CN.md");
        assertThat(((PackResult.Invalid) read("homebody", files)).problems()).hasSize(3);
    }

    @Test
    void unknownMethodPackAndWrongMajorVersionAreReported() {
        assertThat(problems("homebody", "pack.yaml", "id: ssm-method", "id: ssm-other"))
                .containsExactly("homebody/pack.yaml:14:3: method.id: unknown method pack 'ssm-other'");
        assertThat(problems("homebody", "pack.yaml", "major: 1", "major: 2"))
                .singleElement()
                .asString()
                .contains("method.major: method pack 'ssm-method' is version 1.0.0, this case needs major version 2");
    }

    @Test
    void exerciseNamingAnUnknownTemplateIsReported() {
        assertThat(methodProblems("exercises.yaml", "template: org-map", "template: org-chart"))
                .singleElement()
                .asString()
                .startsWith("ssm-method/exercises.yaml:"
                        + PackFixtures.lineOf("ssm-method", "exercises.yaml", "template: org-map")
                        + ":5: exercises[5].template: unknown template 'org-chart'; the pack has ")
                .contains("org-map");
    }

    @Test
    void carryForwardOfASectionTheEarlierBoardDoesNotHaveIsReported() {
        assertThat(methodProblems(
                        "exercises.yaml",
                        "{exercise: ex4, section: initiatives}",
                        "{exercise: ex4, section: initiative}"))
                .singleElement()
                .asString()
                .endsWith("the board of 'ex4' has no section 'initiative'");
    }

    @Test
    void copyToAFieldTheBoardDoesNotHaveNamesTheFieldsItHas() {
        assertThat(methodProblems("exercises.yaml", "{reason: reason1}", "{cause: reason1}"))
                .singleElement()
                .asString()
                .endsWith(
                        "copyTo[1].entries[0].cause: section 'reasons' has no field 'cause'; it has capability, reason");
    }

    @Test
    void fieldHintsAndCriterionDescriptionsTheSchemaAllowsLoad() {
        assertThat(editedMethod(
                        "templates.yaml",
                        "{id: salesperson, type: text, required: true,",
                        "{id: salesperson, type: text, hint: {zh-CN: \"化名\", en: \"A pseudonym\"}, required: true,"))
                .isInstanceOf(PackResult.Valid.class);
        assertThat(editedMethod(
                        "rubrics.yaml",
                        "      - id: three\n",
                        "      - id: three\n        description: {zh-CN: \"三个\", en: \"Three\"}\n"))
                .isInstanceOf(PackResult.Valid.class);
    }

    @Test
    void aTargetsSampleQuestionMustSitInACellOfTheNineBlockGrid() {
        assertThat(problems(
                        "homebody",
                        "case.yaml",
                        "sample: {row: R, column: open, question: {zh-CN: \"未来一到三年",
                        "sample: {row: X, column: open, question: {zh-CN: \"未来一到三年"))
                .singleElement()
                .asString()
                .contains("interview.targets[0].sample.row")
                .contains("'X' is not a term of vocabulary 'nine-block-rows'; its terms are C, I, R");
    }

    @Test
    void aWrongVocabularyTermNamesTheTermsThatExist() {
        assertThat(problems(
                        "homebody",
                        "case.yaml",
                        "quadrant: laggard\n  origin",
                        "quadrant: customer-intimate\n  origin"))
                .singleElement()
                .asString()
                .contains("'customer-intimate' is not a term of vocabulary 'sam-quadrants'; its terms are ")
                .contains("laggard");
    }

    @Test
    void aRenamedRoleKeepsWhatItMayDoBecauseThePackSaysSo() {
        PackResult renamed = new PackReader()
                .read(
                        PackFiles.of(
                                "ssm-method",
                                edited("ssm-method", "course.yaml", text -> text.replace("captain", "team-lead"))),
                        id -> Optional.empty());
        assertThat(renamed).isInstanceOf(PackResult.Valid.class);
        Method.Course course = ((PackResult.Valid) renamed).pack().method().course();
        assertThat(course.capabilitiesOf(List.of("team-lead"))).containsExactly(Method.Capability.MARKS_DONE);
        assertThat(course.tableRole()).map(Method.Role::id).hasValue("spokesperson");
    }

    @Test
    void aMethodWhereNoRoleMarksDoneOrTwoRolesDoNotRotateIsReported() {
        assertThat(methodProblems("course.yaml", "capabilities: [marksDone]", "capabilities: []"))
                .singleElement()
                .asString()
                .endsWith("no rotating role has the capability 'marksDone': no table could say it is done");
        assertThat(methodProblems(
                        "course.yaml",
                        "    rotates: true\n    capabilities: [bigClock]",
                        "    rotates: false\n    capabilities: [bigClock]"))
                .anyMatch(p -> p.contains("only one role may be without rotation"));
    }

    @Test
    void twoFieldsOfASectionWithOneLabelAreReported() {
        assertThat(methodProblems(
                        "templates.yaml",
                        "label: {zh-CN: \"因 2（可选）\", en: \"Reason 2 (optional)\"}",
                        "label: {zh-CN: \"因 1\", en: \"Reason 1\"}"))
                .singleElement()
                .asString()
                .endsWith("fields 'reason1' and 'reason2' have the same label; give each its own");
    }

    @Test
    void aQuadrantsLayoutWithoutFourTermsIsReported() {
        assertThat(methodProblems(
                        "vocabularies.yaml",
                        "  - id: initiative-focus\n",
                        "  - id: initiative-focus\n    layout: quadrants\n"))
                .singleElement()
                .asString()
                .contains("a quadrants layout needs exactly 4 terms; 'initiative-focus' has");
    }

    @Test
    void aDiagramNamingAFieldTheSectionDoesNotHaveIsReported() {
        assertThat(methodProblems("templates.yaml", "reasons: [reason1, reason2]}", "reasons: [reason1, reason3]}"))
                .singleElement()
                .asString()
                .contains("unknown field of this section 'reason3'; the pack has name, pain, reason1, reason2, title");
    }

    @Test
    void rubricCriterionWithNoPointsIsReported() {
        assertThat(methodProblems(
                        "rubrics.yaml",
                        "      - id: three\n        points: 4\n",
                        "      - id: three\n        points: 0\n"))
                .contains(
                        "ssm-method/rubrics.yaml:14:9: rubrics[0].criteria[0].points: must have a minimum value of 1");
    }

    @Test
    void rubricPointsThatDoNotAddUpAreReported() {
        assertThat(methodProblems(
                        "rubrics.yaml",
                        "    total: 10\n    criteria:\n      - id: three",
                        "    total: 12\n    criteria:\n      - id: three"))
                .containsExactly("ssm-method/rubrics.yaml:11:5: rubrics[0].total: "
                        + "rubric 'ex1' totals 12 but its criteria's points add up to 10");
        assertThat(methodProblems(
                        "rubrics.yaml", "{points: 4, label: {zh-CN: \"三个真实", "{points: 5, label: {zh-CN: \"三个真实"))
                .containsExactly("ssm-method/rubrics.yaml:21:14: rubrics[0].criteria[0].levels[3].points: "
                        + "criterion 'three''s top level is worth 5 but the criterion has 4 points");
        assertThat(methodProblems(
                        "rubrics.yaml", "{points: 2, label: {zh-CN: \"三个挑战", "{points: 1, label: {zh-CN: \"三个挑战"))
                .containsExactly("ssm-method/rubrics.yaml:20:14: rubrics[0].criteria[0].levels[2].points: "
                        + "criterion 'three''s levels must climb: 1 after 1");
        assertThat(methodProblems(
                        "rubrics.yaml", "{points: 0, label: {zh-CN: \"没有写出挑战", "{points: 1, label: {zh-CN: \"没有写出挑战"))
                .anyMatch(p -> p.endsWith("criterion 'three''s lowest level must be worth 0 points"));
    }

    @Test
    void aCriterionJudgesItsOwnBoardOrIsObserved() {
        assertThat(methodProblems("rubrics.yaml", "sections: [challenges]", "sections: [pain-chain]"))
                .singleElement()
                .asString()
                .contains("rubrics[0].criteria[0].sections[0]: unknown section of the exercise's board 'pain-chain'")
                .contains("challenges, team");
        assertThat(methodProblems("rubrics.yaml", "        sections: [challenges]\n", ""))
                .singleElement()
                .asString()
                .endsWith("criterion 'three' needs either the board sections it judges or observed: true, not neither");
        assertThat(methodProblems(
                        "rubrics.yaml",
                        "        sections: [challenges]\n",
                        "        sections: [challenges]\n        observed: true\n"))
                .singleElement()
                .asString()
                .endsWith("not both");
    }

    @Test
    void levelsWithoutDescriptorsAndBoardsWithoutRubricAreReported() {
        assertThat(methodProblems(
                        "rubrics.yaml",
                        "{points: 1, label: {zh-CN: \"挑战笼统或少于三个\", en: \"Vague, or fewer than three\"}}",
                        "{points: 1}"))
                .singleElement()
                .asString()
                .contains("rubrics[0].criteria[0].levels[1]")
                .contains("label");
        assertThat(methodProblems("exercises.yaml", "    rubric: assessment\n", ""))
                .singleElement()
                .asString()
                .endsWith("exercise 'assessment' produces a board but names no rubric to score it");
        assertThat(methodProblems("exercises.yaml", "    rubric: assessment\n", "    rubric: ex2\n"))
                .anyMatch(p -> p.endsWith("rubric 'ex2' scores exercise 'ex2', not 'assessment'"));
    }

    @Test
    void thePipelineBoardChoosesTheCoursesOwnStagesMilestonesAndOutcomesAndTheCloseRunsLast() {
        Method method =
                ((PackResult.Valid) read("homebody", files("homebody"))).pack().method();
        assertThat(method.vocabulary("stages").orElseThrow().terms())
                .extracting(t -> t.label().zh())
                .hasSize(7)
                .startsWith("SSM阶段1：建立关系");
        assertThat(method.vocabulary("milestones").orElseThrow().terms())
                .extracting(t -> t.label().zh())
                .containsExactly("发现", "确立", "确认", "有条件的一致", "赢");
        assertThat(method.vocabulary("outcomes").orElseThrow().terms())
                .extracting(Method.Term::id)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
        assertThat(method.agendaExercises())
                .extracting(Method.Exercise::id)
                .endsWith("ex10", "reference-case", "pipeline");
    }

    @Test
    void aVocabularyThatWritesItsTermsAndTakesThemFromTheCourseIsReported() {
        assertThat(methodProblems(
                        "vocabularies.yaml",
                        "    from: outcomes\n",
                        "    from: outcomes\n    terms:\n      - {id: x, label: {zh-CN: \"某\", en: \"X\"}}\n"))
                .anyMatch(p -> p.contains("vocabularies.yaml"));
    }

    @Test
    void choiceFieldWithUnknownVocabularyIsReported() {
        assertThat(methodProblems("templates.yaml", "vocabulary: buying-roles", "vocabulary: buying-rolez"))
                .singleElement()
                .asString()
                .contains("unknown vocabulary 'buying-rolez'; the pack has ")
                .contains("buying-roles");
    }

    @Test
    void decisionTreeThatLoopsOrLeadsNowhereIsReported() {
        assertThat(methodProblems("models.yaml", "{id: f7, yes: develop,", "{id: f7, yes: f1,"))
                .anyMatch(p -> p.contains("the tree loops back to node 'f1'"));
        assertThat(methodProblems("models.yaml", "\"no\": walk-away,", "\"no\": give-up,"))
                .singleElement()
                .asString()
                .contains("'give-up' is neither a node nor an outcome of vocabulary 'competitive-strategies'");
    }

    @Test
    void exerciseMissingFromTheAgendaIsReported() {
        assertThat(methodProblems("course.yaml", "exercises: [ex8, ex9]", "exercises: [ex8]"))
                .containsExactly(
                        "ssm-method/exercises.yaml:" + PackFixtures.lineOf("ssm-method", "exercises.yaml", "- id: ex9")
                                + ":5: exercises[9].id: exercise 'ex9' is not on the agenda of course.yaml");
    }

    @Test
    void seatingThatLeavesARoleOutIsReported() {
        assertThat(methodProblems("course.yaml", "[opportunity-owner, customer-executive]]}", "[opportunity-owner]]}"))
                .singleElement()
                .asString()
                .endsWith("a table of 3 leaves roles without a seat: customer-executive");
    }

    @Test
    void duplicateIdsAreReported() {
        assertThat(methodProblems("rubrics.yaml", "  - id: ex2\n", "  - id: ex1\n"))
                .anyMatch(p -> p.endsWith("rubrics[1].id: duplicate id 'ex1'"));
    }

    @Test
    void missingFileIsReported() {
        Map<String, byte[]> files = files("ssm-method");
        files.remove("rubrics.yaml");
        PackResult result = new PackReader().read(PackFiles.of("ssm-method", files), id -> Optional.empty());
        assertThat(((PackResult.Invalid) result).problems())
                .singleElement()
                .asString()
                .isEqualTo("ssm-method/rubrics.yaml:1:1: rubrics.yaml is missing");
    }

    private static List<String> methodProblems(String file, String from, String to) {
        PackResult result = editedMethod(file, from, to);
        assertThat(result).isInstanceOf(PackResult.Invalid.class);
        return ((PackResult.Invalid) result)
                .problems().stream().map(PackProblem::toString).toList();
    }

    private static PackResult editedMethod(String file, String from, String to) {
        return new PackReader()
                .read(
                        PackFiles.of("ssm-method", edited("ssm-method", file, text -> {
                            assertThat(text).contains(from);
                            return text.replace(from, to);
                        })),
                        id -> Optional.empty());
    }
}
