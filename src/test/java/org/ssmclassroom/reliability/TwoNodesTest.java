package org.ssmclassroom.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssmclassroom.testing.Browser;

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
        nodeA = new ServerProcess(data.resolve("a"), node);
        nodeB = new ServerProcess(data.resolve("b"), node);
        java.nio.file.Files.createDirectories(data.resolve("a"));
        java.nio.file.Files.createDirectories(data.resolve("b"));
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
        Page console = signIn(nodeA);
        String code = createWorkshop(console);
        Page onA = join(nodeA, code, "Ana");
        Page onB = join(nodeB, code, "Ben");
        openExerciseTwo(console);
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

    private Page signIn(ServerProcess node) {
        Page page = browser.newPage(1280, 900, "en-GB");
        page.navigate(node.url("/"));
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
        console.getByLabel("Name", EXACT).first().fill("Two-node class");
        console.getByLabel("Number of tables", EXACT).first().fill("2");
        console.getByLabel("Language", EXACT).first().click();
        console.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English"))
                .click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workshop"))
                .click();
        Locator code = console.locator(".join-code-inline");
        assertThat(code).containsText("Join code");
        return code.textContent().replace("Join code ", "").strip();
    }

    private Page join(ServerProcess node, String code, String name) {
        Page page = browser.newPage(1024, 768, "en-GB");
        page.navigate(node.url("/join/" + code));
        page.getByLabel("Your name", EXACT).first().fill(name);
        page.getByLabel("Your company", EXACT).first().fill("Acme");
        page.getByLabel("Your job title", EXACT).first().fill("Account manager");
        page.getByLabel("Years in sales", EXACT).first().fill("4");
        page.getByLabel("Your table", EXACT).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Table 1 ("))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Join").setExact(true))
                .click();
        assertThat(page.locator(".tablet-where")).containsText(name);
        return page;
    }

    private static void openExerciseTwo(Page console) {
        console.getByLabel("Exercise", EXACT).first().click();
        console.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Team exercise 2 — "))
                .click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open for these tables"))
                .click();
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
