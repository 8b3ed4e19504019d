package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.TestClock;

/** An instructor and two tablets in real Chromium: join by code, the clock on both tablets, reload, time-up. */
class LiveWorkshopBrowserTest extends BrowserTest {

    @Autowired
    TestClock clock;

    private static final Pattern COUNTDOWN = Pattern.compile("\\d{1,3}:\\d\\d");

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

        Page first = tablet(url("/join/" + joinCode), "Mei", "Table 1 (0 seated)", false);
        Page second = tablet(url("/join/" + joinCode), "Hao", "Table 1（已有 1 人）", true);
        assertThat(console.locator(".table-card-members summary").first()).containsText("Hao");

        choose(
                console,
                "Exercise",
                "Team exercise 1 — Challenges you have met in selling  (Day 1 · Course introduction)");
        console.getByRole(AriaRole.BUTTON, named("Open for these tables")).click();
        console.getByRole(AriaRole.BUTTON, named("Start clock").setExact(true)).click();

        assertThat(first.getByRole(AriaRole.HEADING, named("Team exercise 1 — Challenges you have met in selling")))
                .isVisible();
        assertThat(second.getByRole(AriaRole.HEADING, named("团队练习1 — 您曾在销售过程中遇到的挑战")))
                .isVisible();
        for (Page tablet : new Page[] {first, second}) {
            assertThat(tablet.getByRole(AriaRole.TIMER)).hasText(COUNTDOWN);
        }
        Browser.screenshot(first, "tablet-en-exercise");
        Browser.screenshot(second, "tablet-zh-exercise");

        first.reload();
        assertThat(first.locator(".tablet-where")).hasText("Mei at Table 1");
        assertThat(first.getByRole(AriaRole.TIMER)).hasText(COUNTDOWN);

        Page projector = instructor(1920, 1080, true);
        projector.navigate(console.url() + "/projector");
        assertThat(projector.getByLabel("加入码 " + joinCode)).isVisible();
        assertThat(projector.getByRole(AriaRole.TIMER)).hasText(COUNTDOWN);
        Browser.screenshot(projector, "projector-zh-join");
        Browser.screenshot(console, "console-en");
        console.setViewportSize(1024, 768);
        Browser.screenshot(console, "console-en-tablet");

        clock.advance(Duration.ofMinutes(21));
        assertThat(first.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Time is up")))
                .isVisible();
        assertThat(second.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("时间到")))
                .isVisible();
        assertThat(projector.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("时间到")))
                .isVisible();
        Browser.screenshot(second, "tablet-zh-time-up");
        Browser.screenshot(projector, "projector-zh-time-up");
    }
}
