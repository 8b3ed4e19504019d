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
                                "100000"))
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
            try {
                fetching.add(LightTablet.join(server.url(""), code, "Flood " + i, i % TABLES));
            } catch (IOException refusedOrFull) {
                refused++;
            }
            for (LightTablet tablet : fetching) {
                tablet.refresh();
            }
            if (i % 50 == 0 || i == joins) {
                readings.add(i + " joins: " + mb(server.liveHeap()));
                System.out.println("join flood: " + readings.getLast());
            }
        }
        report("all fetch", before, readings, refused, joins);
        assertTheClassStillRuns(before, joins - refused);
    }

    private boolean flood(int i) {
        try {
            LightTablet.join(server.url(""), code, "Flood " + i, i % TABLES);
            return true;
        } catch (IOException | IllegalStateException refused) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
