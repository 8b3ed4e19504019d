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
import com.vaadin.flow.server.streams.UploadHandler;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.record.ArchiveImport;

/** On the workshops page: reads a workshop archive from another server in as a read-only workshop. */
class ArchiveUpload extends Section {

    private final ArchiveImport archives;
    final Div result = new Div();

    ArchiveUpload(ArchiveImport archives) {
        this.archives = archives;
        addClassNames("panel", "archive-import");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> imported(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArchiveImport.MAX_BYTES);
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
            result.add(new Paragraph(getTranslation(
                    "workshops.import.failed", fileName, getTranslation(refused.key(), refused.arguments()))));
        }
    }
}
