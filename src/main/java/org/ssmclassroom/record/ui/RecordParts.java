package org.ssmclassroom.record.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.record.ArchiveImport;
import org.ssmclassroom.record.WorkshopRecords;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.ui.ScreenParts;

/** The console's downloads of the workshop's record; made when clicked, for the signed-in instructor only. */
@Component
class RecordParts implements ScreenParts {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSON = "application/json";
    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final WorkshopRecords records;
    private final ArchiveImport archives;

    RecordParts(WorkshopRecords records, ArchiveImport archives) {
        this.records = records;
        this.archives = archives;
    }

    @Override
    public Optional<Part> workshops() {
        ArchiveUpload upload = new ArchiveUpload(archives);
        return Optional.of(() -> upload);
    }

    @Override
    public Optional<Part> console(WorkshopSnapshot workshop) {
        WorkshopId id = workshop.workshop().id();
        String name = "workshop-" + id.value();
        Section panel = new Section();
        panel.addClassNames("panel", "record-downloads");
        Div links = new Div(
                download(panel.getTranslation("record.csv"), name + "-scores.csv", CSV, () -> records.scoresCsv(id)),
                download(
                        panel.getTranslation("record.xlsx"), name + "-scores.xlsx", XLSX, () -> records.scoresXlsx(id)),
                download(
                        panel.getTranslation("record.archive"),
                        name + "-archive.json",
                        JSON,
                        () -> records.archive(id)));
        links.addClassName("control-row");
        Div reports = new Div();
        reports.addClassName("control-row");
        workshop.tables()
                .forEach(table -> reports.add(download(
                        panel.getTranslation("record.report", table.name()),
                        name + "-table-" + table.position() + ".pdf",
                        PDF,
                        () -> records.tableReport(table.id()))));
        Div personal = new Div(download(
                panel.getTranslation("record.personalZip"),
                name + "-personal.zip",
                ZIP,
                () -> records.personalReports(id)));
        personal.addClassName("control-row");
        panel.add(new H2(panel.getTranslation("record.title")), links, reports, personal);
        return Optional.of(() -> panel);
    }

    /** The trainee's own take-away as one PDF; whose it is the service reads from this tablet's device. */
    @Override
    public Optional<Part> tabletTakeaway(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        Anchor anchor = download(
                "",
                "personal.pdf",
                PDF,
                () -> records.personalReport(device).orElseThrow(() -> new ActionRefused("noPlan")));
        anchor.setText(anchor.getTranslation("record.personalPdf"));
        anchor.addClassName("personal-pdf-link");
        return Optional.of(() -> anchor);
    }

    static Anchor download(String text, String fileName, String contentType, Supplier<byte[]> content) {
        DownloadHandler handler = event -> {
            byte[] bytes = content.get();
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
