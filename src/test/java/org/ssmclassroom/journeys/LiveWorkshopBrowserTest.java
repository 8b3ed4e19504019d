package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;

/** An instructor and two tablets in real Chromium: join by code, the instructor's clock on both tablets, reload. */
class LiveWorkshopBrowserTest extends BrowserTest {

    private static final Pattern COUNTDOWN = Pattern.compile("\\d{1,3}:\\d\\d");

    private static void choose(Page page, String label, String option) {
        page.getByLabel(label, EXACT).first().click();
        page.getByRole(AriaRole.OPTION, named(option)).click();
    }

    private Page tablet(String link, String name, String table) {
        Page page = browser.newPage(1024, 768, "en-GB");
        page.navigate(link);
        page.getByRole(AriaRole.BUTTON, named("Continue")).click();
        page.getByLabel("Your name", EXACT).first().fill(name);
        page.getByLabel("Your company", EXACT).first().fill("Acme");
        page.getByLabel("Your job title", EXACT).first().fill("Account manager");
        page.getByLabel("Years in sales", EXACT).first().fill("4");
        choose(page, "Your table", table);
        page.getByRole(AriaRole.BUTTON, named("Join")).click();
        assertThat(page.getByText(name + " at " + table.replaceAll(" \\(.*", ""))).isVisible();
        return page;
    }

    @Test
    void twoTabletsJoinByCodeSeeTheInstructorsClockAndResumeAfterReload() {
        Page console = instructor(1280, 900, false);
        console.getByLabel("Name", EXACT).first().fill("Live class");
        console.getByLabel("Number of tables", EXACT).first().fill("2");
        console.getByLabel("Language", EXACT).first().click();
        console.getByRole(AriaRole.OPTION, named("English")).click();
        console.getByRole(AriaRole.BUTTON, named("Create workshop")).click();
        Locator code = console.locator(".join-code-inline");
        assertThat(code).containsText("Join code");
        String joinCode = code.textContent().replace("Join code ", "").strip();

        Page first = tablet(url("/join/" + joinCode), "Mei", "Table 1 (0 seated)");
        Page second = tablet(url("/join/" + joinCode), "Hao", "Table 1 (1 seated)");
        assertThat(console.locator(".member-name").getByText("Hao")).isVisible();

        choose(console, "Exercise", "Team exercise 1 — Challenges you have met in selling");
        console.getByRole(AriaRole.BUTTON, named("Open for these tables")).click();
        console.getByRole(AriaRole.BUTTON, named("Start clock").setExact(true)).click();

        for (Page tablet : new Page[] {first, second}) {
            assertThat(tablet.getByRole(AriaRole.HEADING, named("Team exercise 1 — Challenges you have met in selling")))
                    .isVisible();
            assertThat(tablet.getByRole(AriaRole.TIMER)).hasText(COUNTDOWN);
        }
        Browser.screenshot(first, "tablet-en-exercise");

        first.reload();
        assertThat(first.getByText("Mei at Table 1")).isVisible();
        assertThat(first.getByRole(AriaRole.TIMER)).hasText(COUNTDOWN);

        Page projector = instructor(1920, 1080, true);
        projector.navigate(console.url() + "/projector");
        assertThat(projector.getByLabel("加入码 " + joinCode)).isVisible();
        assertThat(projector.getByRole(AriaRole.TIMER)).hasText(COUNTDOWN);
        Browser.screenshot(projector, "projector-zh-join");
        Browser.screenshot(console, "console-en");
    }
}
