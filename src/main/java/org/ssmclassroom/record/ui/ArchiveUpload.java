package org.ssmclassroom.record.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.record.ArchiveImport;

/** On the workshops page: reads a workshop archive from another server in as a read-only workshop. */
class ArchiveUpload extends Section {

    private final ArchiveImport archives;
    final Div result = new Div();

    ArchiveUpload(ArchiveImport archives) {
        this.archives = archives;
        addClassNames("panel", "archive-import");
        Upload upload = new Upload((UploadHandler) this::receive);
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFiles(1);
        // The browser refuses a larger file before sending it; it says so here, with the file's size.
        upload.setMaxFileSize(ArchiveImport.MAX_BYTES);
        upload.getElement()
                .addEventListener(
                        "file-reject",
                        event -> tooLarge(
                                event.getEventData()
                                        .path("event.detail.file.name")
                                        .asString(),
                                event.getEventData()
                                        .path("event.detail.file.size")
                                        .asLong()))
                .addEventData("event.detail.file.name")
                .addEventData("event.detail.file.size")
                .setFilter("event.detail.file.size > " + ArchiveImport.MAX_BYTES);
        upload.setUploadButton(new Button(getTranslation("workshops.import.button")));
        upload.setDropLabel(new Span(getTranslation("workshops.import.drop")));
        upload.getElement().setAttribute("aria-label", getTranslation("workshops.import.title"));
        result.getElement().setAttribute("role", "alert");
        add(
                new H2(getTranslation("workshops.import.title")),
                new Paragraph(getTranslation("workshops.import.help")),
                upload,
                result);
    }

    /**
     * Reads at most the largest archive into memory, whatever the request says of its size: a client that ignores
     * the browser's check is refused here, and the instructor told the same.
     */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        long declared = event.getFileSize();
        byte[] bytes = declared > ArchiveImport.MAX_BYTES
                ? null
                : event.getInputStream().readNBytes(ArchiveImport.MAX_BYTES + 1);
        if (bytes == null || bytes.length > ArchiveImport.MAX_BYTES) {
            long size = Math.max(declared, ArchiveImport.MAX_BYTES + 1L);
            event.reject(ArchiveImport.tooBig(size).getMessage());
            ui.access(() -> tooLarge(fileName, size));
            return;
        }
        ui.access(() -> imported(fileName, bytes));
    }

    void tooLarge(String fileName, long size) {
        result.removeAll();
        refused(fileName, ArchiveImport.tooBig(size));
    }

    private void refused(String fileName, ActionRefused refused) {
        result.add(new Paragraph(getTranslation(
                "workshops.import.failed", fileName, getTranslation(refused.key(), refused.arguments()))));
    }

    void imported(String fileName, byte[] bytes) {
        result.removeAll();
        try {
            ArchiveImport.Imported imported = archives.importArchive(bytes);
            if (imported.packVersionThen() != null) {
                Notification.show(getTranslation(
                        "workshops.import.packVersion", imported.packVersionThen(), imported.packVersionNow()));
            }
            Notification done = Notification.show(getTranslation("workshops.import.done", fileName));
            done.addThemeVariants(NotificationVariant.SUCCESS);
            UI.getCurrent().navigate("workshops/" + imported.id().value());
        } catch (ActionRefused refused) {
            refused(fileName, refused);
        }
    }
}
