package org.ssmclassroom.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.ClassroomPages;

/**
 * A tablet that sleeps longer than three heartbeats: the server closes its screen (nobody answers for it), and when
 * it wakes the page reloads by itself and the tablet is back at its table. Heartbeats and sweeps are a second here
 * instead of minutes.
 */
class SleepingTabletTest {

    @TempDir
    Path data;

    private Browser browser;
    private ServerProcess server;

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
    void aTabletWhoseScreenWasClosedWhileItSleptComesBackToItsTableWhenItWakes() throws Exception {
        browser = Browser.launch();
        server = ServerProcess.in(data, Map.of("vaadin.heartbeatInterval", "1", "ssm.screens.sweep", "1s"))
                .start();
        Page console = ClassroomPages.signIn(browser, server.url(""), ServerProcess.INSTRUCTOR, ServerProcess.PASSWORD);
        String code = ClassroomPages.createWorkshop(console, "Sleepy class", 2);
        Page tablet = ClassroomPages.join(browser, server.url(""), code, "Mei", 2);
        tablet.evaluate("window.ssmBeforeSleep = true");

        tablet.context().setOffline(true);
        Thread.sleep(8_000); // three missed heartbeats and a sweep: the server has closed this screen
        tablet.context().setOffline(false);

        tablet.waitForFunction(
                "() => window.ssmBeforeSleep === undefined",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(tablet.locator(".tablet-where")).containsText("Mei");
        assertThat(tablet.locator(".tablet-where")).containsText("Table 2");
        console.reload();
        assertThat(console.locator(".console-header")).containsText("1 joined");
    }
}
