package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/**
 * The instructor scores two tables walking the room with a 1024x768 tablet, in Chinese; releases; each table's
 * tablet shows its own result and not the other's; the projector shows the leaderboard once it is switched on.
 */
class ScoringBrowserTest extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anInstructorScoresTwoTablesReleasesAndEachTableSeesItsOwnResult() throws Exception {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, 2);
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        Page mei = tablet(url("/join/" + code), "Mei", "Table 1（已有 0 人）", true);
        Page hao = tablet(url("/join/" + code), "Hao", "Table 2 (0 seated)", false);
        steering.openExercise(workshop, "ex2", Set.of());
        TableId one = workshops.snapshot(workshop).tables().get(0).id();
        mei.navigate(url("/board"));
        mei.getByLabel("销售人员的姓名", EXACT).first().fill("张伟");
        mei.getByLabel("销售人员的姓名", EXACT).first().press("Tab");

        Page instructor = instructor(1024, 768, true);
        instructor.navigate(url("/workshops/" + workshop.value() + "/score/" + one.value() + "/ex2"));
        assertThat(instructor.getByRole(AriaRole.HEADING, named("评分 Table 1 · 团队练习2")))
                .isVisible();
        assertThat(instructor.getByLabel("销售人员的姓名", EXACT).first()).hasValue("张伟");
        level(instructor, "商机信息完整（化名、金额、时间）", "2 — 齐全但描述单薄，或用了真实姓名").click();
        Locator comment =
                instructor.getByRole(AriaRole.GROUP, named("商机信息完整（化名、金额、时间）")).getByLabel("评语");
        comment.fill("缺少金额和时间");
        comment.press("Tab");
        level(instructor, "商机符合建议的四项标准", "4 — 四项全部符合").click();
        assertThat(instructor.locator(".scoring-summary")).hasText("已评 2/3 项 · 6/10 分");
        Browser.screenshot(instructor, "tablet-zh-scoring");

        instructor.getByRole(AriaRole.BUTTON, named("下一组：Table 2")).click();
        assertThat(instructor.getByRole(AriaRole.HEADING, named("评分 Table 2 · 团队练习2")))
                .isVisible();
        level(instructor, "商机信息完整（化名、金额、时间）", "1 — 缺少金额或时间").click();
        assertThat(instructor.locator(".scoring-summary")).hasText("已评 1/3 项 · 1/10 分");

        instructor.getByRole(AriaRole.LINK, named("各小组得分")).click();
        instructor.getByRole(AriaRole.BUTTON, named("向各小组公布")).click();
        assertThat(instructor.getByRole(AriaRole.BUTTON, named("撤回公布"))).isVisible();
        Browser.screenshot(instructor, "tablet-zh-scores");

        mei.navigate(url("/table"));
        mei.getByRole(AriaRole.TAB, named("消息")).click();
        assertThat(mei.getByRole(AriaRole.HEADING, named("我们的结果"))).isVisible();
        assertThat(mei.getByText("评语：缺少金额和时间")).isVisible();
        Browser.screenshot(mei, "tablet-zh-results");
        assertThat(hao.getByRole(AriaRole.TAB, named("News (1) • new"))).isVisible();
        hao.getByRole(AriaRole.TAB, named("News")).click();
        assertThat(hao.getByText("1 of 4 points — Amount or date missing")).isVisible();
        assertThat(hao.getByText("缺少金额和时间")).hasCount(0);
        Browser.screenshot(hao, "tablet-en-results");

        instructor.navigate(url("/workshops/" + workshop.value()));
        com.microsoft.playwright.Download csv = instructor.waitForDownload(
                () -> instructor.getByRole(AriaRole.LINK, named("评分（CSV）")).click());
        byte[] bytes = java.nio.file.Files.readAllBytes(csv.path());
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).endsWith("-scores.csv");
        org.assertj.core.api.Assertions.assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFF")
                .contains("缺少金额和时间");

        com.microsoft.playwright.Download archive = instructor.waitForDownload(
                () -> instructor.getByRole(AriaRole.LINK, named("存档（JSON）")).click());
        instructor.navigate(url("/workshops"));
        java.nio.file.Path saved =
                java.nio.file.Files.createTempDirectory("archive").resolve(archive.suggestedFilename());
        archive.saveAs(saved);
        instructor.locator("vaadin-upload input[type=file]").setInputFiles(saved);
        assertThat(instructor.getByText("存档（只读）")).isVisible();
        Browser.screenshot(instructor, "tablet-zh-archived-console");

        Page projector = instructor(1920, 1080, false);
        projector.navigate(url("/workshops/" + workshop.value() + "/projector"));
        assertThat(projector.getByRole(AriaRole.TABLE, named("Leaderboard"))).hasCount(0);
        instructor.navigate(url("/workshops/" + workshop.value() + "/scores/ex2"));
        instructor.getByLabel("在投影上显示排行榜").check();
        assertThat(projector.getByRole(AriaRole.TABLE, named("Leaderboard"))).isVisible();
        assertThat(projector.getByRole(AriaRole.ROW).nth(1)).containsText("Table 1");
        Browser.screenshot(projector, "projector-en-leaderboard");

        projector.navigate(url("/workshops/" + workshop.value() + "/debrief/ex2"));
        assertThat(projector.getByRole(AriaRole.TABLE, named("Key points"))).isVisible();
        assertThat(projector.getByRole(AriaRole.HEADING, named("Model answer"))).isVisible();
        Browser.screenshot(projector, "projector-en-debrief");
        Page chinese = instructor(1920, 1080, true);
        chinese.navigate(url("/workshops/" + workshop.value() + "/projector"));
        assertThat(chinese.getByRole(AriaRole.TABLE, named("排行榜"))).isVisible();
        Browser.screenshot(chinese, "projector-zh-leaderboard");
        chinese.navigate(url("/workshops/" + workshop.value() + "/debrief/ex2"));
        assertThat(chinese.getByRole(AriaRole.TABLE, named("要点"))).isVisible();
        Browser.screenshot(chinese, "projector-zh-debrief");
    }

    private static Locator level(Page page, String criterion, String level) {
        return page.getByRole(AriaRole.GROUP, named(criterion))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(level));
    }
}
