package org.ssmclassroom.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.ClassroomPages;

/**
 * Two app nodes on one PostgreSQL database, as behind a load balancer: a tablet on node A and a teammate's on node
 * B see each other on the board, edit it and each sees the other's edit; node A is killed with kill -9 and its tablet carries on through
 * node B, on the same table, with every edit it was shown as saved. Runs when the suite runs on PostgreSQL
 * ({@code SSM_TEST_DB_URL}); {@code .ci/run} does.
 */
class TwoNodesTest {

    private static final String DB = System.getenv().getOrDefault("SSM_TEST_DB_URL", "");
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final LocatorAssertions.HasValueOptions ACROSS =
            new LocatorAssertions.HasValueOptions().setTimeout(15_000);

    @TempDir
    Path data;

    private Browser browser;
    private ServerProcess nodeA;
    private ServerProcess nodeB;

    @BeforeEach
    void twoNodes() throws Exception {
        Assumptions.assumeTrue(DB.startsWith("jdbc:postgresql:"), "two nodes need PostgreSQL: set SSM_TEST_DB_URL");
        Map<String, String> node = Map.of(
                "spring.datasource.url",
                DB,
                "spring.datasource.username",
                System.getenv().getOrDefault("SSM_TEST_DB_USER", ""),
                "spring.datasource.password",
                System.getenv().getOrDefault("SSM_TEST_DB_PASSWORD", ""),
                "ssm.cluster.enabled",
                "true");
        browser = Browser.launch();
        nodeA = ServerProcess.in(data.resolve("a"), node);
        nodeB = ServerProcess.in(data.resolve("b"), node);
        nodeA.start();
        nodeB.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] {nodeA, nodeB, browser}) {
            if (closing != null) {
                closing.close();
            }
        }
    }

    @Test
    void anEditOnNodeAShowsOnNodeBAndATabletOfAKilledNodeCarriesOnThroughTheOther() throws Exception {
        Page console = ClassroomPages.signIn(browser, nodeA.url(""), ServerProcess.INSTRUCTOR, ServerProcess.PASSWORD);
        String code = ClassroomPages.createWorkshop(console, "Two-node class", 2);
        Page onA = ClassroomPages.join(browser, nodeA.url(""), code, "Ana", 1);
        Page onB = ClassroomPages.join(browser, nodeB.url(""), code, "Ben", 1);
        ClassroomPages.openExerciseTwo(console);
        onA.navigate(nodeA.url("/board"));
        onB.navigate(nodeB.url("/board"));
        assertThat(onB.locator(".presence"))
                .containsText("Ana", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(onA.locator(".presence"))
                .containsText("Ben", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));

        type(onA, "Salesperson", "Ana on node A");
        assertThat(field(onB, "Salesperson")).hasValue("Ana on node A", ACROSS);
        type(onB, "Competitors", "Ben on node B");
        assertThat(field(onA, "Competitors")).hasValue("Ben on node B", ACROSS);
        type(onA, "Salesperson", "acknowledged before the kill");
        assertThat(field(onB, "Salesperson")).hasValue("acknowledged before the kill", ACROSS);
        Browser.screenshot(onB, "two-nodes-tablet-on-b");

        nodeA.kill();
        onA.navigate(nodeB.url("/board")); // what the load balancer does for a tablet whose node died

        assertThat(onA.locator(".board-view")).containsText("Table 1");
        assertThat(field(onA, "Salesperson")).hasValue("acknowledged before the kill");
        assertThat(field(onA, "Competitors")).hasValue("Ben on node B");
        type(onA, "Salesperson", "Ana now through node B");
        assertThat(field(onB, "Salesperson")).hasValue("Ana now through node B");
        Assertions.assertThat(nodeB.errors()).as("errors in node B's log").isEmpty();
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
