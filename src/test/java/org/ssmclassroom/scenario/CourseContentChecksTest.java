package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.scenario.PackFixtures.edited;
import static org.ssmclassroom.scenario.PackFixtures.files;
import static org.ssmclassroom.scenario.PackFixtures.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.LocalizedText;

/** The stage headings, the 2x2's axes and the assessment's groups: as the pack states them, checked, and quoted. */
class CourseContentChecksTest {

    private static Method method() {
        PackResult result = read("ssm-method", files("ssm-method"));
        assertThat(result).isInstanceOf(PackResult.Valid.class);
        return ((PackResult.Valid) result).pack().method();
    }

    private static List<String> problems(String file, String from, String to) {
        PackResult result = new PackReader()
                .read(
                        PackFiles.of("ssm-method", edited("ssm-method", file, text -> {
                            assertThat(text).contains(from);
                            return text.replace(from, to);
                        })),
                        id -> Optional.empty());
        assertThat(result).isInstanceOf(PackResult.Invalid.class);
        return ((PackResult.Invalid) result)
                .problems().stream().map(PackProblem::toString).toList();
    }

    @Test
    void everyStageCardHasTheDecksFiveHeadingsTheMilestoneAndTheOutcomesUnderTwoOfThem() {
        Method.StageHeadings headings = method().course().stageHeadings();
        assertThat(headings.headings())
                .extracting(h -> h.title().zh())
                .containsExactly("当客户：", "客户经理的工作：", "完成标志：", "可验证的结果：", "内部管理工作：（经理或系统）");
        assertThat(headings.headings())
                .extracting(Method.StageHeading::fill)
                .containsExactly(null, null, Method.StageFill.MILESTONE, Method.StageFill.OUTCOMES, null);
    }

    @Test
    void theHeadingsAndTheAxesAreTheDecksWordForWord() {
        Method method = method();
        List<LocalizedText> quoted = new ArrayList<>();
        method.course().stageHeadings().headings().forEach(h -> quoted.add(h.title()));
        Method.QuadrantAxes sam = method.models().axesOf("sam-quadrants").orElseThrow();
        for (Method.Axis axis : List.of(sam.across(), sam.up())) {
            quoted.addAll(List.of(axis.title(), axis.low(), axis.high()));
        }
        assertThat(quoted)
                .extracting(LocalizedText::zh)
                .allSatisfy(zh -> assertThat(DeckQuotesTest.quoted(zh))
                        .as(zh + " is in deck-quotes.txt")
                        .isTrue());
        assertThat(sam.across().title().zh()).isEqualTo("关注成本");
        assertThat(sam.up().title().zh()).isEqualTo("关注收入");
    }

    @Test
    void aPartOfTheStageShownUnderTwoHeadingsIsReported() {
        assertThat(problems("course.yaml", "{id: work, title:", "{id: work, fill: outcomes, title:"))
                .singleElement()
                .asString()
                .contains("stageHeadings.headings[3].fill")
                .contains("'outcomes' already fills another heading; each part of a stage is shown once");
    }

    @Test
    void axesOnAVocabularyWithoutA2x2AreReported() {
        assertThat(problems("models.yaml", "  - vocabulary: sam-quadrants", "  - vocabulary: initiative-focus"))
                .singleElement()
                .asString()
                .contains("vocabulary 'initiative-focus' is not laid out as quadrants");
    }

    @Test
    void anAssessmentItemWhoseGroupNamesNoCardIsReported() {
        assertThat(problems(
                        "vocabularies.yaml", "{id: f2-fit, group: assessment-form-2,", "{id: f2-fit, group: form-2,"))
                .singleElement()
                .asString()
                .contains("row 'f2-fit' of 'assessment-items' names no concept card in 'group'");
    }

    @Test
    void aCardWithTheIdOfAStageIsReported() {
        assertThat(problems("concepts.yaml", "  - id: sales-aids\n", "  - id: stage-2\n"))
                .singleElement()
                .asString()
                .contains("card 'stage-2' has the id of a stage of course.yaml");
    }

    @Test
    void theAssessmentsItemsComeInTheFourFormsOrder() {
        Method method = method();
        assertThat(method.template("assessment")
                        .orElseThrow()
                        .sections()
                        .getFirst()
                        .rowGroups())
                .isEqualTo(Method.RowGroups.CARDS);
        assertThat(method.vocabulary("assessment-items").orElseThrow().terms())
                .extracting(Method.Term::group)
                .containsExactly(
                        "assessment-form-1",
                        "assessment-form-1",
                        "assessment-form-1",
                        "assessment-form-1",
                        "assessment-form-2",
                        "assessment-form-2",
                        "assessment-form-2",
                        "assessment-form-2",
                        "assessment-form-3",
                        "assessment-form-3",
                        "assessment-form-3",
                        "assessment-form-3",
                        "assessment-form-4",
                        "assessment-form-4",
                        "assessment-form-4",
                        "assessment-form-4");
    }
}
