package org.ssmclassroom.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.ClassroomPages;
import org.ssmclassroom.testing.LightTablet;

/**
 * A prankster's script joins a class again and again, each time with a fresh cookie, against a server with a
 * fixed heap: once with clients that never come back (sleeping tablets, or a script), once with clients that all
 * fetch what the server has for them after every join. The server stays up, its live heap stays bounded, a real
 * tablet still joins and the console still opens. The short version runs in {@code ./mvnw verify}; on demand:
 * {@code ./mvnw test -Dtest=JoinFloodTest -Dflood.joins=600 -Dflood.heap=300m}.
 */
class JoinFloodTest {

    private static final int JOINS = Integer.getInteger("flood.joins", 120);
    private static final String HEAP = System.getProperty("flood.heap", "300m");
    private static final int TABLES = 12;

    @TempDir
    Path data;

    private Browser browser;
    private ServerProcess server;
    private Page console;
    private String code;

    @BeforeEach
    void aClassWithItsConsoleOpen() throws Exception {
        browser = Browser.launch();
        // Development mode's component tracker keeps where each component was made; production has none.
        // The script comes from one address; its limit is lifted here so that the flood reaches the class's cap.
        server = ServerProcess.in(
                        data,
                        Map.of(
                                "vaadin.devmode.componentTracker.enabled",
                                "false",
                                "ssm.class.joins-per-address",
                                "100000",
                                // Screens nobody answers are closed after 15 s instead of 6 minutes.
                                "vaadin.heartbeatInterval",
                                "5",
                                "ssm.screens.sweep",
                                "1s"))
                .jvm("-Xmx" + HEAP)
                .start();
        console = ClassroomPages.signIn(browser, server.url(""), ServerProcess.INSTRUCTOR, ServerProcess.PASSWORD);
        code = ClassroomPages.createWorkshop(console, "Flooded class", TABLES);
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

    @Test
    void joinsThatNeverComeBackLeaveTheHeapBounded() throws Exception {
        long before = server.liveHeap();
        List<String> readings = new ArrayList<>();
        int refused = 0;
        for (int i = 1; i <= JOINS; i++) {
            refused += flood(i) ? 0 : 1;
            if (i % 50 == 0 || i == JOINS) {
                readings.add(i + " joins: " + mb(server.liveHeap()));
                System.out.println("join flood: " + readings.getLast());
            }
        }
        Thread.sleep(20_000);
        readings.add("20 s later: " + mb(server.liveHeap()));
        report("never come back", before, readings, refused, JOINS);
        assertTheClassStillRuns(before, JOINS - refused);
    }

    @Test
    void joinsWhoseTabletsAllFetchLeaveTheHeapBounded() throws Exception {
        long before = server.liveHeap();
        List<LightTablet> fetching = new ArrayList<>();
        List<String> readings = new ArrayList<>();
        int refused = 0;
        int joins = Math.min(JOINS, 150);
        for (int i = 1; i <= joins; i++) {
            LightTablet joined = LightTablet.join(server.url(""), code, "Flood " + i, i % TABLES);
            if (joinedOrRefused(joined)) {
                fetching.add(joined);
            } else {
                refused++;
            }
            for (LightTablet tablet : fetching) {
                tablet.refresh();
                tablet.heartbeat();
            }
            if (i % 50 == 0 || i == joins) {
                readings.add(i + " joins: " + mb(server.liveHeap()));
                System.out.println("join flood: " + readings.getLast());
            }
        }
        report("all fetch", before, readings, refused, joins);
        assertTheClassStillRuns(before, joins - refused);
    }

    /**
     * ADR 007's promise under the attack of the issue: a tablet of the class has joined; then from the classroom's
     * one address 130 wrong codes, and a script sending wrong codes from a fresh cookie each time; meanwhile 18 new
     * tablets type the right code. Every one of them gets in.
     */
    @Test
    void aScriptGuessingFromFreshCookiesNeverLocksOutANewTabletWithTheRightCode() throws Exception {
        LightTablet.join(server.url(""), code, "First tablet", 1); // the class has begun in this room
        for (int i = 0; i < 130; i++) {
            LightTablet.typeCode(server.url(""), "AAAA-AAA" + (char) ('B' + i % 20));
        }
        java.util.concurrent.atomic.AtomicInteger guesses = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean flooding = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread script = Thread.startVirtualThread(() -> {
            while (flooding.get()) {
                try {
                    LightTablet.typeCode(server.url(""), "AAAA-AAA" + (char) ('B' + guesses.incrementAndGet() % 20));
                } catch (Exception e) {
                    return;
                }
            }
        });
        int in = 0;
        List<String> refusals = new ArrayList<>();
        for (int tablet = 0; tablet < 18; tablet++) {
            String page = LightTablet.typeCode(server.url(""), code);
            if (page.contains("Introduce yourself")) {
                in++;
            } else {
                refusals.add(page);
            }
        }
        flooding.set(false);
        script.join();
        String line = String.format(
                "join-code lockout: %d of 18 new tablets with the right code got in while a script sent %d wrong codes"
                        + " from fresh cookies%n",
                in, guesses.get());
        print(line);
        assertThat(refusals).isEmpty();
        assertThat(LightTablet.typeCode(server.url(""), "AAAA-AAAB"))
                .as("a wrong code is still throttled")
                .contains("Too many wrong codes have come from this network");
    }

    /** One join of the script; false when the app refused it (a full table or class), as the page says. */
    private boolean flood(int i) {
        try {
            return joinedOrRefused(LightTablet.join(server.url(""), code, "Flood " + i, i % TABLES));
        } catch (IOException | IllegalStateException refused) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean joinedOrRefused(LightTablet tablet) {
        String page = tablet.text();
        return !page.contains("is full") && !page.contains("Try again");
    }

    /**
     * The server is up, the heap bounded, the console shows everyone who got in; a real tablet joins the table the
     * flood left free, or is told the class is full.
     */
    private void assertTheClassStillRuns(long before, int joined) throws Exception {
        assertThat(server.alive()).as("the server is up").isTrue();
        long after = server.liveHeap();
        assertThat(after - before).as("live heap grown by the flood").isLessThan(120L << 20);
        assertThat(joined).as("joins let in").isLessThanOrEqualTo(200);
        console.reload();
        assertThat(console.locator(".console-header")).containsText(joined + " joined");
        Page tablet = browser.newPage(1024, 768, "en-GB");
        if (joined < 200) {
            ClassroomPages.join(tablet, server.url(""), code, "Real trainee", TABLES);
        } else {
            tablet.navigate(server.url("/join/" + code));
            tablet.getByLabel("Your name").first().fill("Real trainee");
            tablet.getByLabel("Your company").first().fill("Acme");
            tablet.getByLabel("Your job title").first().fill("Account manager");
            tablet.getByLabel("Years in sales").first().fill("4");
            tablet.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Join").setExact(true))
                    .click();
            assertThat(tablet.locator(".form-error")).containsText("This workshop is full");
        }
    }

    private void report(String kind, long before, List<String> readings, int refused, int joins) throws IOException {
        String line = String.format(
                "join flood (%s, -Xmx%s): live heap before %s; %s; %d of %d joins refused%n",
                kind, HEAP, mb(before), String.join(", ", readings), refused, joins);
        print(line);
    }

    /** Prints the figures and keeps them in target/benchmarks/join-flood.txt. */
    private static void print(String line) throws IOException {
        System.out.print(line);
        java.nio.file.Files.createDirectories(Path.of("target/benchmarks"));
        java.nio.file.Files.writeString(
                Path.of("target/benchmarks/join-flood.txt"),
                line,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static String mb(long bytes) {
        return String.format("%.0f MB", bytes / 1e6);
    }
}
