package org.ssmclassroom.scenario.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.ScenarioZips;

/** A pack zip uploaded in Chromium is read (at most a byte over the limit, whatever the request says). */
class LibraryUploadBrowserTest extends BrowserTest {

    @Autowired
    ScenarioLibrary library;

    @Test
    void anInstructorUploadsTheMinimalPackAndAScriptsOversizedBodyIsRefusedInWords() throws IOException {
        Page page = instructor(1024, 768, false);
        page.navigate(url("/library"));
        Path zip = Files.createTempDirectory("pack").resolve("minimal-case.zip");
        Files.write(zip, minimalCase());

        page.locator("vaadin-upload input[type=file]").setInputFiles(zip);

        assertThat(page.getByText("Imported Minimal case 0.1.0")).isVisible();
        org.ssmclassroom.testing.Instructor.signIn();
        try {
            library.remove("minimal-case");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }

        String target = page.locator("vaadin-upload").getAttribute("target");
        try {
            page.request()
                    .post(
                            url("/") + target,
                            RequestOptions.create()
                                    .setHeader("Content-Type", "application/zip")
                                    .setHeader("X-Filename", "huge.zip")
                                    .setData(new byte[6 * 1024 * 1024]));
        } catch (PlaywrightException connectionClosedUnread) {
            // the server stops reading at the limit and may close the connection
        }
        assertThat(page.locator(".import-errors")).containsText("huge.zip was not imported");
        assertThat(page.locator(".import-errors")).containsText("larger than 5");
    }

    private static byte[] minimalCase() throws IOException {
        Path root = Path.of("src/test/resources/packs/minimal-case");
        Map<String, byte[]> files = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return ScenarioZips.zip(files);
    }
}
