package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;

/** The instructor's first minutes in real Chromium: sign in, open Homebody in the case library, switch language. */
class InstructorJourneyBrowserTest extends BrowserTest {

    @Test
    void instructorSignsInOnATabletOpensHomebodyAndSwitchesToEnglish() {
        Page page = instructor(1024, 768, true);
        page.getByRole(AriaRole.LINK, named("案例库")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("案例库"))).isVisible();
        Browser.screenshot(page, "tablet-zh-library");

        page.getByRole(AriaRole.BUTTON, named("打开 Homebody 电器公司")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Homebody 电器公司").setLevel(1)))
                .isVisible();
        page.getByRole(AriaRole.TAB, named("人物")).click();
        assertThat(page.getByRole(AriaRole.TREEITEM, named("Yoshi Goto, 首席运营官（COO）")))
                .isVisible();
        Browser.screenshot(page, "tablet-zh-people");

        page.getByRole(AriaRole.BUTTON, named("English · 切换到英文")).click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, named("Homebody Electronics").setLevel(1)))
                .isVisible();
        Browser.screenshot(page, "tablet-en-pack");

        page.reload();
        assertThat(page.getByRole(
                        AriaRole.HEADING, named("Homebody Electronics").setLevel(1)))
                .isVisible();
    }

    @Test
    void projectorScreensReadInBothLanguages() {
        Page page = instructor(1920, 1080, false);
        page.getByRole(AriaRole.LINK, named("Case library")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Case library"))).isVisible();
        Browser.screenshot(page, "projector-en-library");
        page.getByRole(AriaRole.BUTTON, named("Open Homebody Electronics")).click();
        page.getByRole(AriaRole.TAB, named("People")).click();
        assertThat(page.getByRole(AriaRole.TREEITEM, named("Sarah Updown, VP Sales and Marketing")))
                .isVisible();
        Browser.screenshot(page, "projector-en-people");
        page.getByRole(AriaRole.TAB, named("Agenda and exercises")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Day 1"))).isVisible();
        Browser.screenshot(page, "projector-en-agenda");
        page.getByRole(AriaRole.BUTTON, named("中文 · Switch language to Chinese"))
                .click();
        page.getByRole(AriaRole.TAB, named("案例")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("关键数据"))).isVisible();
        Browser.screenshot(page, "projector-zh-case");
        page.getByRole(AriaRole.TAB, named("资料")).click();
        page.getByText("案例学生散页").click();
        assertThat(page.getByRole(AriaRole.HEADING, named("目前的处境"))).isVisible();
        Browser.screenshot(page, "projector-zh-documents");
    }

    /** A server restart loses every session; the remember-me cookie (kept in the database) brings the instructor back. */
    @Test
    void theInstructorStaysSignedInWhenTheSessionIsLostAsInARestart() {
        Page page = instructor(1024, 768, false);
        org.assertj.core.api.Assertions.assertThat(page.context().cookies())
                .anyMatch(c -> c.name.equals("remember-me"));
        page.context()
                .clearCookies(new com.microsoft.playwright.BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        page.navigate(url("/workshops"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Workshops").setLevel(1)))
                .isVisible();
    }

    @Test
    void aTabletWithoutConnectionSaysSoClearlyAndTheBannerGoesWhenItIsBack() {
        Page page = browser.newPage(1024, 768, "zh-CN");
        page.navigate(url("/join"));
        assertThat(page.getByRole(AriaRole.HEADING, named("加入工作坊"))).isVisible();
        com.microsoft.playwright.Locator banner = page.locator(".connection-banner");
        assertThat(banner).isHidden();
        page.context().setOffline(true);
        assertThat(banner).isVisible();
        assertThat(banner).containsText("与服务器的连接已断开");
        Browser.screenshot(page, "tablet-zh-offline");
        page.context().setOffline(false);
        assertThat(banner)
                .isHidden(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsHiddenOptions().setTimeout(10_000));
    }
}
