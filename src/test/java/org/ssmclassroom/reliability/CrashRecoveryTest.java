package org.ssmclassroom.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.ClassroomPages;
import org.ssmclassroom.testing.LightTablet;

/**
 * A class editing while the server is killed with kill -9 at a random moment and started again: every edit a
 * tablet was shown as saved is there afterwards, the clock goes on to the second, every tablet is back at its
 * table by itself and the instructor's console is back without signing in, with no participant twice.
 *
 * <p>Each table has four tablets, each writing its own field. At the first tables two of them are real
 * Chromium pages (one writes, its teammate's screen confirms); every other tablet is a {@link LightTablet},
 * which sends the messages Vaadin's client sends, so its edits go through the same views and listeners. In
 * {@code ./mvnw verify} one round with 3 tables; on demand {@code ./mvnw test -Dtest=CrashRecoveryTest
 * -Dcrash.rounds=5 -Dcrash.tables=10}.
 */
class CrashRecoveryTest {

    private static final int ROUNDS = Integer.getInteger("crash.rounds", 1);
    private static final int TABLES = Integer.getInteger("crash.tables", 3);
    private static final int BROWSER_TABLES = Integer.getInteger("crash.browserTables", 1);
    /** The four tablets of a table each write one field of the opportunity board. */
    private static final List<String> FIELDS =
            List.of("Salesperson", "Product or service", "Competitors", "Customer description (pseudonyms)");

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

    record BrowserTable(int number, Page writer, Page reader) {}

    @Test
    void killNineLosesNoAcknowledgedEditAndEveryScreenComesBackByItself() throws Exception {
        Page console = signIn();
        String code = createWorkshop(console);
        List<BrowserTable> tables = new ArrayList<>();
        List<LightWriter> lights = new ArrayList<>();
        for (int t = 1; t <= TABLES; t++) {
            int firstLight = 0;
            if (t <= BROWSER_TABLES) {
                tables.add(new BrowserTable(t, join(code, "Writer " + t, t), join(code, "Reader " + t, t)));
                firstLight = 2;
            }
            for (int slot = firstLight; slot < FIELDS.size(); slot++) {
                lights.add(LightWriter.join(server.url(""), code, t, FIELDS.get(slot)));
            }
        }
        startExercise(console, 30);
        for (BrowserTable table : tables) {
            table.writer().navigate(server.url("/board"));
            table.reader().navigate(server.url("/board"));
        }
        for (LightWriter light : lights) {
            light.tablet().open("/board");
        }
        // When the clock ends, as the first tablet shows it before any crash (the click's own delay not counted).
        Instant ends = Instant.now().plusSeconds(secondsLeft(tables.getFirst().reader()));
        int[] acknowledged = new int[tables.size()];
        for (int round = 0; round < ROUNDS; round++) {
            List<Thread> writing =
                    lights.stream().map(Thread::startVirtualThread).toList();
            editUntilRandomMoment(tables, acknowledged);
            List<Page> screens = new ArrayList<>(List.of(console));
            tables.forEach(table -> screens.addAll(List.of(table.writer(), table.reader())));
            screens.forEach(page -> page.evaluate("window.ssmBeforeRestart = true"));
            type(tables.getFirst().writer(), "edit " + (acknowledged[0] + 1)); // in flight at the kill
            server.kill();
            for (Thread writer : writing) {
                writer.join(Duration.ofSeconds(60));
            }
            server.start();
            awaitScreensBack(screens);
            assertBrowserTablesKept(tables, acknowledged, ends, round);
            for (LightWriter light : lights) {
                light.assertBackAtItsTable(round, ends);
            }
            System.out.printf(
                    "round %d: kill -9 after %d browser and %d light edits acknowledged in all, none lost%n",
                    round + 1,
                    java.util.Arrays.stream(acknowledged).sum(),
                    lights.stream().mapToInt(LightWriter::acknowledged).sum());
            Browser.screenshot(console, "crash-console-after-restart");
            assertThat(console.locator(".member-name"))
                    .hasCount(TABLES * FIELDS.size(), new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        }
        Assertions.assertThat(
                        lights.stream().mapToInt(LightWriter::acknowledged).sum())
                .as("edits the light tablets were shown as saved")
                .isGreaterThan(lights.size());
        Assertions.assertThat(server.errors()).as("errors in the server log").isEmpty();
    }

    /** The browser writers type for 2 to 6 seconds, each edit confirmed on the teammate's screen. */
    private static void editUntilRandomMoment(List<BrowserTable> tables, int[] acknowledged) {
        Instant until = Instant.now().plusMillis(ThreadLocalRandom.current().nextInt(2_000, 6_000));
        do {
            for (int t = 0; t < tables.size(); t++) {
                int next = acknowledged[t] + 1;
                type(tables.get(t).writer(), "edit " + next);
                assertThat(salesperson(tables.get(t).reader())).hasValue("edit " + next);
                acknowledged[t] = next;
            }
        } while (Instant.now().isBefore(until));
    }

    private static void awaitScreensBack(List<Page> screens) {
        for (Page page : screens) {
            page.waitForFunction(
                    "() => window.ssmBeforeRestart === undefined",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
        }
    }

    private static void assertBrowserTablesKept(
            List<BrowserTable> tables, int[] acknowledged, Instant ends, int round) {
        for (int t = 0; t < tables.size(); t++) {
            Locator field = salesperson(tables.get(t).reader());
            assertThat(field)
                    .hasValue(Pattern.compile("edit \\d+"), new LocatorAssertions.HasValueOptions().setTimeout(60_000));
            int shown = Integer.parseInt(field.inputValue().substring("edit ".length()));
            Assertions.assertThat(shown)
                    .as("round %d, table %d: acknowledged edits survive kill -9", round, t + 1)
                    .isGreaterThanOrEqualTo(acknowledged[t]);
            acknowledged[t] = shown;
            assertClockResumed(secondsLeft(tables.get(t).reader()), ends);
        }
    }

    /**
     * A light tablet writing its own field, one edit after the other at a brisk classroom pace, until the
     * server is gone. An edit counts as acknowledged when the server's answer came back without marking the
     * field.
     */
    static final class LightWriter implements Runnable {

        private final LightTablet tablet;
        private final int table;
        private final String field;
        private volatile int acknowledged;
        private volatile Throwable failure;

        private LightWriter(LightTablet tablet, int table, String field) {
            this.tablet = tablet;
            this.table = table;
            this.field = field;
        }

        static LightWriter join(String base, String code, int table, String field) throws Exception {
            return new LightWriter(
                    LightTablet.join(base, code, "Light " + table + " " + field.split(" ")[0], table), table, field);
        }

        LightTablet tablet() {
            return tablet;
        }

        int acknowledged() {
            return acknowledged;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    int next = acknowledged + 1;
                    tablet.fill(field, "edit " + next);
                    acknowledged = next;
                    Thread.sleep(ThreadLocalRandom.current().nextInt(150, 600));
                }
            } catch (LightTablet.Refused refused) {
                failure = refused;
            } catch (IOException serverGone) {
                // killed under it: the edit in flight was never acknowledged
            } catch (RuntimeException | InterruptedException unexpected) {
                failure = unexpected;
            }
        }

        /** After the restart: the same table's board, its acknowledged edit (or the one in flight), the clock. */
        void assertBackAtItsTable(int round, Instant ends) throws Exception {
            Assertions.assertThat(failure)
                    .as("table %d, %s: the writer stopped only because the server went", table, field)
                    .isNull();
            tablet.open("/board");
            long expected = Duration.between(Instant.now(), ends).toSeconds();
            Assertions.assertThat(tablet.text().lines())
                    .as("table %d, %s: back at its table", table, field)
                    .contains("Table " + table);
            String shown = tablet.value(field);
            Assertions.assertThat(shown)
                    .as(
                            "round %d, table %d, %s: acknowledged edit %d survives kill -9",
                            round, table, field, acknowledged)
                    .isIn("edit " + acknowledged, "edit " + (acknowledged + 1));
            acknowledged = Integer.parseInt(shown.substring("edit ".length()));
            Matcher time = TIME.matcher(tablet.text());
            Assertions.assertThat(time.find()).as("a clock on the board").isTrue();
            assertClockResumed(Long.parseLong(time.group(1)) * 60 + Long.parseLong(time.group(2)), expected);
        }
    }

    private Page signIn() {
        return ClassroomPages.signIn(browser, server.url(""), ServerProcess.INSTRUCTOR, ServerProcess.PASSWORD);
    }

    private static String createWorkshop(Page console) {
        return ClassroomPages.createWorkshop(console, "Crash class", TABLES);
    }

    private Page join(String code, String name, int table) {
        return ClassroomPages.join(browser, server.url(""), code, name, table);
    }

    private static void startExercise(Page console, int minutes) {
        ClassroomPages.openExerciseTwo(console);
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
    private static void assertClockResumed(long left, Instant ends) {
        assertClockResumed(left, Duration.between(Instant.now(), ends).toSeconds());
    }

    private static void assertClockResumed(long left, long expected) {
        Assertions.assertThat(left).as("the clock after the restart").isBetween(expected - 2, expected + 2);
    }

    private static long secondsLeft(Page tablet) {
        Locator timer = tablet.getByRole(AriaRole.TIMER).first();
        assertThat(timer).hasText(TIME);
        Matcher shown = TIME.matcher(timer.textContent());
        Assertions.assertThat(shown.find()).isTrue();
        return Long.parseLong(shown.group(1)) * 60 + Long.parseLong(shown.group(2));
    }
}
