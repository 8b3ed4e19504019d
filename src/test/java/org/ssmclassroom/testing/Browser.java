package org.ssmclassroom.testing;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright; never a downloaded browser. Without Chromium the browser tests are
 * skipped with a message saying so ({@code .ci/run} installs it, so CI always runs them).
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SSM_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** Without Chromium the browser tests are skipped, saying why; on CI ({@code CI=true}) that fails the build. */
    public static Browser launch() {
        if (!Files.isExecutable(CHROMIUM) && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but Chromium is not at " + CHROMIUM
                    + ": the browser tests must run on CI (apt-get install chromium fonts-noto-cjk)");
        }
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                () -> "Chromium not found at " + CHROMIUM
                        + ": browser tests skipped. Install it (apt-get install chromium fonts-noto-cjk) or set SSM_CHROMIUM.");
        return new Browser();
    }

    /** A fresh browser profile, like a new device: its own cookies, viewport and language. */
    public Page newPage(int width, int height, String locale) {
        return newPage(width, height, locale, false);
    }

    /** The same, taking a test's self-signed TLS certificate as a classroom's real one. */
    public Page newPage(int width, int height, String locale, boolean selfSignedCertificate) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setViewportSize(width, height)
                .setLocale(locale)
                .setIgnoreHTTPSErrors(selfSignedCertificate));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(false));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
