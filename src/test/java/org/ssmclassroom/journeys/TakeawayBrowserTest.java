package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.WorkshopService;

/**
 * A trainee writes their own action plan on a tablet in Chinese (1024x768), downloads their personal PDF and
 * finds their plan in it, Chinese as text; a second trainee's tablet shows its own empty plan and cannot fetch
 * the first's PDF by its address.
 */
class TakeawayBrowserTest extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTraineeWritesThePlanAndDownloadsTheirPersonalPdfAndAnotherTraineeCannotReachIt() throws Exception {
        Instructor.signIn();
        WorkshopId workshop = workshops.create(
                new NewWorkshop(
                        "上海班", LocalDate.of(2026, 12, 5), "homebody", LocalizedText.CHINESE, List.of("第1桌", "第2桌")),
                "lee");
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        Page mei = tablet(url("/join/" + code), "王美", "第1桌（已有 0 人）", true);

        Locator way = mei.getByRole(AriaRole.LINK, named("我的行动计划"));
        assertThat(way).isInViewport();
        assertThat(mei.getByRole(AriaRole.LINK, named("下载我的个人PDF"))).isInViewport();
        Browser.screenshot(mei, "tablet-zh-takeaway-links");
        way.click();
        assertThat(mei.getByRole(AriaRole.HEADING, named("千里之行始于足下 开始行动"))).isVisible();
        Locator topFive = mei.getByRole(AriaRole.GROUP, named("定时和你的销售经理对前五个关键商机做进度检查"));
        Locator commitment = topFive.getByLabel("我的承诺", new Locator.GetByLabelOptions().setExact(true));
        commitment.fill("每周五与经理检查前五个商机");
        commitment.blur();
        Locator opportunity = topFive.getByLabel("商机", new Locator.GetByLabelOptions().setExact(true));
        opportunity.fill("华东银行CRM");
        opportunity.blur();
        Browser.screenshot(mei, "tablet-zh-personal-plan");

        mei.getByRole(AriaRole.LINK, named("返回我的小组")).click();
        Locator pdfLink = mei.getByRole(AriaRole.LINK, named("下载我的个人PDF"));
        Download download = mei.waitForDownload(pdfLink::click);
        byte[] pdf = Files.readAllBytes(download.path());
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", "");
        }
        assertThat(text).contains("王美", "千里之行始于足下", "每周五与经理检查前五个商机", "华东银行CRM", "第1桌");

        Page hao = tablet(url("/join/" + code), "李浩", "第2桌（已有 0 人）", true);
        hao.navigate(url("/plan"));
        Locator hisTopFive = hao.getByRole(AriaRole.GROUP, named("定时和你的销售经理对前五个关键商机做进度检查"));
        assertThat(hisTopFive.getByLabel("我的承诺", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue("");
        String href = pdfLink.getAttribute("href");
        APIResponse stolen = hao.request().get(url(href.startsWith("/") ? href : "/" + href));
        assertThat(new String(stolen.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotStartWith("%PDF");
        Page console = instructor(1920, 1080, true);
        console.navigate(url("/workshops/" + workshop.value()));
        Locator plans = console.getByRole(AriaRole.REGION, named("行动计划"));
        assertThat(plans).containsText("行动计划：已填写1/2");
        assertThat(plans).not().containsText("每周五与经理检查前五个商机");
        plans.scrollIntoViewIfNeeded();
        Browser.screenshot(console, "console-zh-takeaway-who-has-written");

        Download his = hao.waitForDownload(() -> {
            hao.navigate(url("/table"));
            hao.getByRole(AriaRole.LINK, named("下载我的个人PDF")).click();
        });
        try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(his.path()))) {
            String histext = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", "");
            assertThat(histext).contains("李浩").doesNotContain("每周五与经理检查前五个商机", "王美");
        }
    }
}
