package org.ssmclassroom.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssmclassroom.testing.Browser;

/**
 * A class in real Chromium while the server is killed with kill -9 and started again: every edit a teammate's
 * tablet showed is there afterwards, the clock goes on to the second, every tablet is back at its table by
 * itself and the instructor's console is back without signing in, with no participant twice. In {@code ./mvnw
 * verify} one round with 2 tables of 2 tablets; on demand {@code ./mvnw test -Dtest=CrashRecoveryTest
 * -Dcrash.rounds=5 -Dcrash.tables=5}.
 */
class CrashRecoveryTest {

    private static final int ROUNDS = Integer.getInteger("crash.rounds", 1);
    private static final int TABLES = Integer.getInteger("crash.tables", 2);
    private static final Pattern TIME = Pattern.compile("(\\d+):(\\d\\d)");
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @TempDir
    Path data;

    private Browser browser;
    private ServerProcess server;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.launch();
        server = new ServerProcess(data).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    record Table(Page writer, Page reader) {}

    @Test
    void killNineLosesNoAcknowledgedEditAndEveryScreenComesBackByItself() throws Exception {
        Page console = signIn();
        String code = createWorkshop(console);
        List<Table> tables = new ArrayList<>();
        for (int t = 1; t <= TABLES; t++) {
            tables.add(new Table(join(code, "Writer " + t, t), join(code, "Reader " + t, t)));
        }
        startExercise(console, 30);
        for (Table table : tables) {
            table.writer().navigate(server.url("/board"));
            table.reader().navigate(server.url("/board"));
        }
        // When the clock ends, as the first tablet shows it before any crash (the click's own delay not counted).
        Instant ends = Instant.now().plusSeconds(secondsLeft(tables.getFirst().reader()));
        int[] acknowledged = new int[TABLES];
        for (int round = 0; round < ROUNDS; round++) {
            int edits = ThreadLocalRandom.current().nextInt(2, 6);
            for (int e = 0; e < edits; e++) {
                for (int t = 0; t < TABLES; t++) {
                    int next = acknowledged[t] + 1;
                    type(tables.get(t).writer(), "edit " + next);
                    assertThat(salesperson(tables.get(t).reader())).hasValue("edit " + next);
                    acknowledged[t] = next;
                }
            }
            List<Page> screens = new ArrayList<>(List.of(console));
            tables.forEach(table -> screens.addAll(List.of(table.writer(), table.reader())));
            screens.forEach(page -> page.evaluate("window.ssmBeforeRestart = true"));
            type(tables.getFirst().writer(), "edit " + (acknowledged[0] + 1)); // in flight at the kill
            server.kill();
            server.start();
            for (Page page : screens) {
                page.waitForFunction(
                        "() => window.ssmBeforeRestart === undefined",
                        null,
                        new Page.WaitForFunctionOptions().setTimeout(60_000));
            }
            for (int t = 0; t < TABLES; t++) {
                Locator field = salesperson(tables.get(t).reader());
                assertThat(field)
                        .hasValue(
                                Pattern.compile("edit \\d+"),
                                new com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions()
                                        .setTimeout(60_000));
                int shown = Integer.parseInt(field.inputValue().substring("edit ".length()));
                org.assertj.core.api.Assertions.assertThat(shown)
                        .as("round %d, table %d: acknowledged edits survive kill -9", round, t + 1)
                        .isGreaterThanOrEqualTo(acknowledged[t]);
                acknowledged[t] = shown;
                assertClockResumed(tables.get(t).reader(), ends);
            }
            Browser.screenshot(console, "crash-console-after-restart");
            assertThat(console.locator(".member-name"))
                    .hasCount(
                            2 * TABLES,
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                                    .setTimeout(60_000));
        }
        org.assertj.core.api.Assertions.assertThat(server.errors())
                .as("errors in the server log")
                .isEmpty();
    }

    private Page signIn() {
        Page page = browser.newPage(1280, 900, "en-GB");
        page.navigate(server.url("/"));
        page.getByLabel("Username", EXACT).first().fill(ServerProcess.INSTRUCTOR);
        page.getByLabel("Password", EXACT).first().fill(ServerProcess.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Workshops").setLevel(1)))
                .isVisible();
        return page;
    }

    private static String createWorkshop(Page console) {
        console.getByLabel("Name", EXACT).first().fill("Crash class");
        console.getByLabel("Number of tables", EXACT).first().fill(String.valueOf(TABLES));
        console.getByLabel("Language", EXACT).first().click();
        console.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English"))
                .click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workshop"))
                .click();
        Locator code = console.locator(".join-code-inline");
        assertThat(code).containsText("Join code");
        return code.textContent().replace("Join code ", "").strip();
    }

    private Page join(String code, String name, int table) {
        Page page = browser.newPage(1024, 768, "en-GB");
        page.navigate(server.url("/join/" + code));
        page.getByLabel("Your name", EXACT).first().fill(name);
        page.getByLabel("Your company", EXACT).first().fill("Acme");
        page.getByLabel("Your job title", EXACT).first().fill("Account manager");
        page.getByLabel("Years in sales", EXACT).first().fill("4");
        page.getByLabel("Your table", EXACT).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Table " + table + " ("))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Join").setExact(true))
                .click();
        assertThat(page.locator(".tablet-where")).containsText(name);
        return page;
    }

    private static void startExercise(Page console, int minutes) {
        console.getByLabel("Exercise", EXACT).first().click();
        console.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Team exercise 2 — "))
                .click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open for these tables"))
                .click();
        console.getByLabel("Minutes", EXACT).first().fill(String.valueOf(minutes));
        console.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Start clock").setExact(true))
                .click();
    }

    private static Locator salesperson(Page tablet) {
        return tablet.getByLabel("Salesperson", EXACT).first();
    }

    private static void type(Page tablet, String text) {
        Locator field = salesperson(tablet);
        field.fill(text);
        field.press("Tab");
    }

    /** The board's clock after the restart shows the same end as before it, to within the display's rounding. */
    private static void assertClockResumed(Page tablet, Instant ends) {
        long left = secondsLeft(tablet);
        long expected = Duration.between(Instant.now(), ends).toSeconds();
        org.assertj.core.api.Assertions.assertThat(left)
                .as("the clock after the restart")
                .isBetween(expected - 2, expected + 2);
    }

    private static long secondsLeft(Page tablet) {
        Locator timer = tablet.getByRole(AriaRole.TIMER).first();
        assertThat(timer).hasText(TIME);
        Matcher shown = TIME.matcher(timer.textContent());
        org.assertj.core.api.Assertions.assertThat(shown.find()).isTrue();
        return Long.parseLong(shown.group(1)) * 60 + Long.parseLong(shown.group(2));
    }
}
