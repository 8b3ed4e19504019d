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
}
