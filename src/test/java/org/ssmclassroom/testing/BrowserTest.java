package org.ssmclassroom.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey in real Chromium against the running application; skipped, saying why, without Chromium. */
@AppTest
public abstract class BrowserTest {

    protected static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    protected static Browser browser;

    @LocalServerPort
    protected int port;

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

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** A new browser signed in as the instructor, in English or Chinese, landing on the workshops page. */
    protected Page instructor(int width, int height, boolean chinese) {
        Page page = browser.newPage(width, height, chinese ? "zh-CN" : "en-GB");
        page.navigate(url("/"));
        page.getByLabel(chinese ? "用户名" : "Username", EXACT).first().fill(AppTest.INSTRUCTOR);
        page.getByLabel(chinese ? "密码" : "Password", EXACT).first().fill(AppTest.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named(chinese ? "登录" : "Sign in")).click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, named(chinese ? "工作坊" : "Workshops").setLevel(1)))
                .isVisible();
        return page;
    }

    protected static void choose(Page page, String label, String option) {
        page.getByLabel(label, EXACT).first().click();
        page.getByRole(AriaRole.OPTION, named(option)).click();
    }

    /** A tablet joining through the QR link, which goes straight to the introduction; Chinese tablets in Chinese. */
    protected Page tablet(String link, String name, String table, boolean chinese) {
        Page page = browser.newPage(1024, 768, chinese ? "zh-CN" : "en-GB");
        page.navigate(link);
        page.getByLabel(chinese ? "您的姓名" : "Your name", EXACT).first().fill(name);
        page.getByLabel(chinese ? "您的公司" : "Your company", EXACT).first().fill("Acme");
        page.getByLabel(chinese ? "您的职务" : "Your job title", EXACT).first().fill("Account manager");
        page.getByLabel(chinese ? "从事销售的年限" : "Years in sales", EXACT).first().fill("4");
        choose(page, chinese ? "您的桌" : "Your table", table);
        page.getByRole(AriaRole.BUTTON, named(chinese ? "加入" : "Join").setExact(true))
                .click();
        assertThat(page.locator(".tablet-where")).containsText(name);
        return page;
    }
}
