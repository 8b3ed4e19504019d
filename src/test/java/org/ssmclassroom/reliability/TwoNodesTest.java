package org.ssmclassroom.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.ClassroomPages;

/**
 * Two app nodes on one PostgreSQL database behind Debian's nginx, configured by the sample operators get: a tablet
 * held on node A and a teammate's on node B see each other on the board, edit it and each sees the other's edit;
 * node A is killed with kill -9, and its tablet comes back by itself through nginx on node B, at the same table,
 * with every edit it was shown as saved. Runs when the suite runs on PostgreSQL ({@code SSM_TEST_DB_URL}) and
 * nginx is installed; {@code .ci/run} does both.
 */
class TwoNodesTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final LocatorAssertions.HasValueOptions ACROSS =
            new LocatorAssertions.HasValueOptions().setTimeout(15_000);
    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @TempDir
    Path data;

    private Browser browser;
    private ServerProcess nodeA;
    private ServerProcess nodeB;
    private Nginx nginx;

    @BeforeEach
    void twoNodes() throws Exception {
        Assumptions.assumeTrue(
                ServerProcess.POSTGRESQL.startsWith("jdbc:postgresql:"),
                "two nodes need PostgreSQL: set SSM_TEST_DB_URL");
        Assumptions.assumeTrue(
                java.nio.file.Files.isExecutable(Nginx.BINARY) || "true".equalsIgnoreCase(System.getenv("CI")),
                "two nodes are tested behind nginx: apt-get install nginx");
        browser = Browser.launch();
        nodeA = ServerProcess.in(data.resolve("a"), ServerProcess.node("a")).start();
        nodeB = ServerProcess.in(data.resolve("b"), ServerProcess.node("b")).start();
        nginx = Nginx.before(nodeA, nodeB, data.resolve("nginx"));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] {nginx, nodeA, nodeB, browser}) {
            if (closing != null) {
                closing.close();
            }
        }
    }

    @Test
    void anEditOnNodeAShowsOnNodeBAndATabletOfAKilledNodeComesBackThroughTheOther() throws Exception {
        Page console = ClassroomPages.signIn(browser, nginx.url(""), ServerProcess.INSTRUCTOR, ServerProcess.PASSWORD);
        String code = ClassroomPages.createWorkshop(console, "Two-node class", 2);
        Page onA = ClassroomPages.join(heldOn("a"), nginx.url(""), code, "Ana", 1);
        Page onB = ClassroomPages.join(heldOn("b"), nginx.url(""), code, "Ben", 1);
        ClassroomPages.openExerciseTwo(console);
        onA.navigate(nginx.url("/board"));
        onB.navigate(nginx.url("/board"));
        assertThat(onB.locator(".presence")).containsText("Ana", SOON);
        assertThat(onA.locator(".presence")).containsText("Ben", SOON);

        type(onA, "Salesperson", "Ana on node A");
        assertThat(field(onB, "Salesperson")).hasValue("Ana on node A", ACROSS);
        type(onB, "Competitors", "Ben on node B");
        assertThat(field(onA, "Competitors")).hasValue("Ben on node B", ACROSS);
        type(onA, "Salesperson", "acknowledged before the kill");
        assertThat(field(onB, "Salesperson")).hasValue("acknowledged before the kill", ACROSS);
        Browser.screenshot(onB, "two-nodes-tablet-on-b");

        onA.evaluate("window.ssmBeforeKill = true");
        nodeA.kill();
        // Nothing is done for the tablet: it reconnects, nginx sends it to node B, and the page comes back by itself.
        onA.waitForFunction(
                "() => window.ssmBeforeKill === undefined", null, new Page.WaitForFunctionOptions().setTimeout(90_000));
        assertThat(onA.locator(".board-view")).containsText("Table 1", SOON);
        assertThat(field(onA, "Salesperson")).hasValue("acknowledged before the kill", ACROSS);
        assertThat(field(onA, "Competitors")).hasValue("Ben on node B");
        Assertions.assertThat(onA.context().cookies(nginx.url("")))
                .anyMatch(cookie -> cookie.name.equals("ssm_node") && cookie.value.equals("b"));
        type(onA, "Salesperson", "Ana now through node B");
        assertThat(field(onB, "Salesperson")).hasValue("Ana now through node B");
        Assertions.assertThat(nodeB.errors()).as("errors in node B's log").isEmpty();
    }

    /** A tablet the load balancer keeps on the named node, as after its first visit there. */
    private Page heldOn(String node) {
        Page page = browser.newPage(1024, 768, "en-GB");
        page.context().addCookies(List.of(new Cookie("ssm_node", node).setUrl(nginx.url(""))));
        return page;
    }

    private static Locator field(Page tablet, String label) {
        return tablet.getByLabel(label, EXACT).first();
    }

    private static void type(Page tablet, String label, String text) {
        Locator field = field(tablet, label);
        field.fill(text);
        field.press("Tab");
    }
}
