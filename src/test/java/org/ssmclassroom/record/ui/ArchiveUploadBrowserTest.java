package org.ssmclassroom.record.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.record.ArchiveImport;
import org.ssmclassroom.testing.BrowserTest;

/** The upload's size limit as a browser and a script meet it: the app says how large the file is, never a bare 413. */
class ArchiveUploadBrowserTest extends BrowserTest {

    @Test
    void aFileOverTheLimitIsRefusedInTheAppWithItsSizeAndTheLimit() throws IOException {
        Page page = instructor(1024, 768, false);
        Path huge = file("huge.json", ArchiveImport.MAX_BYTES + 100 * 1024);

        page.locator("vaadin-upload input[type=file]").setInputFiles(huge);

        assertThat(page.locator(".archive-import [role=alert]"))
                .hasText("Cannot import huge.json: This file is 50.1 MB; a workshop archive may be at most 50 MB.");
    }

    @Test
    void aScriptSendingSevenMegabytesAsAFormGetsTheAppsAnswerNotTheServletsRefusal() throws IOException {
        Page page = instructor(1024, 768, false);
        String target = page.locator("vaadin-upload").getAttribute("target");
        Path seven = file("seven.json", 7 * 1024 * 1024);

        var response = page.request()
                .post(
                        url("/") + target,
                        RequestOptions.create().setMultipart(FormData.create().set("file", seven)));

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator(".archive-import [role=alert]")).containsText("Cannot import seven.json: ");
    }

    @Test
    void aScriptSkippingTheBrowsersCheckIsRefusedByTheServerAndTheInstructorToldWhy() throws IOException {
        Page page = instructor(1024, 768, false);
        String target = page.locator("vaadin-upload").getAttribute("target");
        byte[] huge = Files.readAllBytes(file("raw.json", ArchiveImport.MAX_BYTES + 100 * 1024));

        try {
            var response = page.request()
                    .post(
                            url("/") + target,
                            RequestOptions.create()
                                    .setHeader("Content-Type", "application/json")
                                    .setHeader("X-Filename", "raw.json")
                                    .setData(huge));
            org.assertj.core.api.Assertions.assertThat(response.status()).isNotEqualTo(200);
        } catch (PlaywrightException connectionClosedUnread) {
            // The server answers before reading a body it refuses, and may close the connection: either is fine.
        }

        assertThat(page.locator(".archive-import [role=alert]"))
                .hasText("Cannot import raw.json: This file is 50.1 MB; a workshop archive may be at most 50 MB.");
    }

    /** A JSON file of about {@code bytes} bytes that is not an archive. */
    private static Path file(String name, int bytes) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(name);
        Files.writeString(file, "{\"notes\": \"" + "x".repeat(bytes - 14) + "\"}", StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
