package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Browser;

/** The instructor's first minutes in real Chromium: sign in, open Homebody in the case library, switch language. */
@AppTest
class InstructorJourneyBrowserTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private Page signedIn(int width, int height, String locale, String username, String password, String submit) {
        Page page = browser.newPage(width, height, locale);
        page.navigate("http://localhost:" + port + "/");
        page.getByLabel(username).first().fill(AppTest.INSTRUCTOR);
        page.getByLabel(password).first().fill(AppTest.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(submit)).click();
        return page;
    }

    @Test
    void instructorSignsInOnATabletOpensHomebodyAndSwitchesToEnglish() {
        Page page = signedIn(1024, 768, "zh-CN", "用户名", "密码", "登录");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("案例库")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("案例库"))).isVisible();
        Browser.screenshot(page, "tablet-zh-library");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("打开 Homebody 电器公司")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Homebody 电器公司").setLevel(1)))
                .isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("人物")).click();
        assertThat(page.getByRole(AriaRole.TREEITEM, new Page.GetByRoleOptions().setName("Yoshi Goto, 首席运营官(COO)")))
                .isVisible();
        Browser.screenshot(page, "tablet-zh-people");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("切换到英文 (Switch language to English)"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Homebody Electronics").setLevel(1)))
                .isVisible();
        Browser.screenshot(page, "tablet-en-pack");

        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Homebody Electronics").setLevel(1)))
                .isVisible();
    }

    @Test
    void projectorScreensReadInBothLanguages() {
        Page page = signedIn(1920, 1080, "en-GB", "Username", "Password", "Sign in");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case library")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case library"))).isVisible();
        Browser.screenshot(page, "projector-en-library");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open Homebody Electronics")).click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("People")).click();
        assertThat(page.getByRole(AriaRole.TREEITEM, new Page.GetByRoleOptions().setName("Sarah Updown, VP Sales and Marketing")))
                .isVisible();
        Browser.screenshot(page, "projector-en-people");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Agenda and exercises")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Day 1"))).isVisible();
        Browser.screenshot(page, "projector-en-agenda");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch language to Chinese (切换到中文)")).click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("案例")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("关键数据"))).isVisible();
        Browser.screenshot(page, "projector-zh-case");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("资料")).click();
        page.getByText("案例学生散页").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("目前的处境"))).isVisible();
        Browser.screenshot(page, "projector-zh-documents");
    }
}
