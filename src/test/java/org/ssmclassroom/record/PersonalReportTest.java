package org.ssmclassroom.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.takeaway.PersonalPlan;
import org.ssmclassroom.takeaway.PersonalPlans;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.Workshops;

@AppTest
class PersonalReportTest {

    static final PersonalPlan.Key TOP_FIVE = new PersonalPlan.Key("next-30-days", "top-five-review");

    @Autowired
    WorkshopRecords records;

    @Autowired
    PersonalPlans plans;

    @Autowired
    WorkshopService workshops;

    @Autowired
    Trainees trainees;

    @Autowired
    ScoringService scoring;

    private WorkshopId workshop;
    private final DeviceToken mei = DeviceToken.random();
    private final DeviceToken hao = DeviceToken.random();

    @BeforeEach
    void twoTraineesOneScoredAndReleasedExercise() {
        Instructor.signIn();
        workshop = workshops.create(
                new NewWorkshop(
                        "上海班", LocalDate.of(2026, 12, 1), "homebody", Locale.SIMPLIFIED_CHINESE, List.of("第1桌", "第2桌")),
                AppTest.INSTRUCTOR);
        TableId one = workshops.snapshot(workshop).tables().get(0).id();
        Workshops.join(workshops, trainees, workshop, mei, "王美", 0);
        Workshops.join(workshops, trainees, workshop, hao, "李浩", 1);
        scoring.mark(one, "ex2", "complete", 4, "信息齐全，很清楚", 0);
        scoring.release(workshop, "ex2");
        scoring.mark(one, "ex3", "direction", 1, "尚未公布的评语", 0);
        SecurityContextHolder.clearContext();
        plans.write(mei, TOP_FIVE, "每周五与经理检查前五个商机", LocalDate.of(2027, 1, 8), "华东银行CRM", 0);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTraineesOwnPdfHoldsTheirPlanAndTheReleasedResultsInSearchableChinese() throws Exception {
        byte[] pdf = records.personalReport(mei).orElseThrow();
        String text = text(pdf);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(shots);
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
                    "png",
                    shots.resolve("personal-zh-page-1.png").toFile());
        }

        assertThat(text)
                .contains("王美", "千里之行始于足下", "课程第133页", "未来的30天内", "定时和你的销售经理对前五个关键商机做进度检查")
                .contains("“我的承诺”“日期”“商机”三栏由案例包作者补写")
                .contains("每周五与经理检查前五个商机", "2027-01-08", "华东银行CRM")
                .contains("第1桌", "信息齐全，很清楚")
                .doesNotContain("尚未公布的评语");
    }

    @Test
    void anAuthoredModelAnswerAndItsAuthoredKeyPointsAreMarkedInThePdfAsOnTheScreens() throws Exception {
        Instructor.signIn();
        TableId one = workshops.snapshot(workshop).tables().get(0).id();
        scoring.mark(one, "ex5", "facts", 4, "关键人物齐全", 0);
        scoring.release(workshop, "ex5");
        SecurityContextHolder.clearContext();

        String text = text(records.personalReport(mei).orElseThrow()).replaceAll("\\s+", "");

        // The Homebody org map of ex5 is the pack authors' (the deck's chart is lost); ex2's answer is the deck's.
        assertThat(text).contains("参考答案（补写）", "一种Homebody的组织关系地图");
        assertThat(text).contains("找出了最终批准者和决策者（补写）");
        assertThat(text).as("the deck has no rubrics: the scores are marked").contains("评分：4/10分（补写）");
        assertThat(text).contains("团队练习5—绘制一张组织关系地图").doesNotContain("团队练习5—绘制一张组织关系地图（补写）");
    }

    @Autowired
    org.ssmclassroom.negotiation.NegotiationService negotiations;

    @Autowired
    org.ssmclassroom.workshop.WorkshopSteering steering;

    @Test
    void theTraineesPdfEndsWithTheirNegotiationsEndCardAndTheInstructorsZipHasItToo() throws Exception {
        Instructor.signIn();
        steering.openExercise(workshop, "ex10", java.util.Set.of());
        SecurityContextHolder.clearContext();
        var mine = negotiations.start(mei, false);
        negotiations.propose(
                mei,
                mine.id(),
                List.of(
                        new org.ssmclassroom.negotiation.NegotiationService.Draft("A", "分期付款", null, null),
                        new org.ssmclassroom.negotiation.NegotiationService.Draft(
                                "B", "Lois Knight全职，加John的阶段性顾问时间", null, null),
                        new org.ssmclassroom.negotiation.NegotiationService.Draft("C", "全部责任", null, null)),
                "");
        negotiations.acceptOffer(mei, mine.id(), 1);

        String text = text(records.personalReport(mei).orElseThrow());

        assertThat(text)
                .contains("谈判结果", "双方达成了协议。", "协议：", "对我方的价值：", "谈判准备要点")
                .containsAnyOf("更好的交换：", "没有更好的交换：");
        assertThat(text(records.personalReport(hao).orElseThrow()))
                .as("a negotiation alone is the trainee's own")
                .doesNotContain("谈判结果");
        Instructor.signIn();
        assertThat(pdfs(records.personalReports(workshop)).get("王美.pdf")).contains("双方达成了协议。");
    }

    @Test
    void anotherTraineesDeviceGetsTheirOwnPdfNeverTheFirsts() throws Exception {
        String text = text(records.personalReport(hao).orElseThrow());

        assertThat(text).contains("李浩", "第2桌").doesNotContain("每周五与经理检查前五个商机", "王美", "信息齐全");
        assertThat(records.personalReport(DeviceToken.random())).isEmpty();
    }

    @Test
    void theInstructorsZipHasEveryTraineesPdfWithAPlanOnlyWhereShared() throws Exception {
        Instructor.signIn();
        Map<String, String> unshared = pdfs(records.personalReports(workshop));

        assertThat(unshared).containsOnlyKeys("王美.pdf", "李浩.pdf");
        assertThat(unshared.get("王美.pdf")).contains("已填写，未与讲师分享").doesNotContain("每周五与经理检查前五个商机");
        assertThat(unshared.get("李浩.pdf")).contains("尚未填写");

        SecurityContextHolder.clearContext();
        plans.share(mei, true);
        Instructor.signIn();
        assertThat(pdfs(records.personalReports(workshop)).get("王美.pdf")).contains("每周五与经理检查前五个商机");
    }

    @Test
    void aTraineeCannotDownloadTheZip() {
        assertThatThrownBy(() -> records.personalReports(workshop))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    /** The PDF's text without its line breaks and spaces: a table cell wraps Chinese anywhere. */
    static String text(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", "");
        }
    }

    private static Map<String, String> pdfs(byte[] zip) throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                texts.put(entry.getName(), text(in.readAllBytes()));
            }
        }
        return texts;
    }
}
