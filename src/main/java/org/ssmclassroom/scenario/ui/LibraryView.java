package org.ssmclassroom.scenario.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.SignedIn;
import org.ssmclassroom.scenario.PackCatalog;
import org.ssmclassroom.scenario.PackProblem;
import org.ssmclassroom.scenario.PackResult;
import org.ssmclassroom.scenario.PackSource;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.scenario.ScenarioPack;

/** The instructor's case library: every pack with its version and validity, import and removal. */
@Route("library")
@RolesAllowed(Roles.INSTRUCTOR)
class LibraryView extends Div implements HasDynamicTitle {

    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private final ScenarioLibrary library;
    private final Div packs = new Div();
    private final Div importResult = new Div();

    LibraryView(ScenarioLibrary library) {
        this.library = library;
        addClassNames("page", "library-view");
        packs.addClassName("pack-cards");
        importResult.addClassName("import-result");
        add(new H1(getTranslation("library.title")), packs, importSection());
        refresh();
    }

    private void refresh() {
        packs.removeAll();
        library.entries().forEach(entry -> packs.add(card(entry)));
    }

    private Div card(PackCatalog.Entry entry) {
        Div card = new Div();
        card.addClassName("pack-card");
        switch (entry.result()) {
            case PackResult.Valid valid -> fillValid(card, entry, valid.pack());
            case PackResult.Invalid invalid -> fillInvalid(card, entry, invalid.problems());
        }
        return card;
    }

    private void fillValid(Div card, PackCatalog.Entry entry, ScenarioPack pack) {
        String title = pack.manifest().title().in(getLocale());
        Div badges = new Div(
                Badges.badge(getTranslation(pack.isCase() ? "pack.kind.case" : "pack.kind.method"), "kind"),
                Badges.badge(getTranslation("pack.version", pack.manifest().version()), "version"),
                Badges.badge(
                        getTranslation(
                                "pack.source." + entry.source().type().name().toLowerCase()),
                        "source"),
                Badges.badge(getTranslation("pack.valid"), "valid"));
        badges.add(Badges.origin(pack.manifest().origin()));
        badges.addClassName("badges");
        Button open = new Button(
                getTranslation("library.open"),
                e -> UI.getCurrent().navigate(PackView.class, new RouteParameters("packId", pack.id())));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.getElement().setAttribute("aria-label", getTranslation("library.openNamed", title));
        Div actions = new Div(open);
        actions.addClassName("card-actions");
        if (entry.source().type() == PackSource.Type.IMPORTED) {
            actions.add(removeButton(pack.id(), title));
        }
        card.add(new H2(title), badges, new Paragraph(pack.manifest().summary().in(getLocale())), actions);
    }

    private void fillInvalid(Div card, PackCatalog.Entry entry, List<PackProblem> problems) {
        card.addClassName("pack-card-invalid");
        Div badges = new Div(
                Badges.badge(getTranslation("pack.invalid", problems.size()), "invalid"),
                Badges.badge(
                        getTranslation(
                                "pack.source." + entry.source().type().name().toLowerCase()),
                        "source"));
        badges.addClassName("badges");
        Details details = new Details(getTranslation("library.problems"), problemList(problems));
        card.add(new H2(entry.id()), badges, details);
    }

    private Button removeButton(String id, String title) {
        Button remove = new Button(getTranslation("library.remove"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("library.remove.title", title),
                    getTranslation("library.remove.text"),
                    getTranslation("library.remove"),
                    ok -> remove(id));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("library.removeNamed", title));
        return remove;
    }

    private void remove(String id) {
        try {
            library.remove(id);
            refresh();
            Notification.show(getTranslation("library.removed", id));
        } catch (IllegalStateException e) {
            Notification refused = Notification.show(getTranslation("library.remove.inUse", id));
            refused.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private Section importSection() {
        // At most one byte more than a pack may have is read, whatever the request says: enough for the import
        // to refuse the zip as too large, and never a whole oversized upload in memory.
        Upload upload = new Upload((UploadHandler) event -> {
            byte[] bytes = event.getInputStream().readNBytes(MAX_UPLOAD_BYTES + 1);
            event.getUI().access(() -> imported(event.getFileName(), bytes));
        });
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setUploadButton(new Button(getTranslation("library.import.button")));
        upload.setDropLabel(new Span(getTranslation("library.import.drop")));
        upload.getElement().setAttribute("aria-label", getTranslation("library.import.title"));
        Section section = new Section(
                new H2(getTranslation("library.import.title")),
                new Paragraph(getTranslation("library.import.help")),
                upload,
                importResult);
        section.addClassName("import-section");
        return section;
    }

    void imported(String fileName, byte[] bytes) {
        importResult.removeAll();
        ScenarioLibrary.ImportResult result = library.importZip(fileName, bytes, SignedIn.instructor());
        if (result.pack().isPresent()) {
            ScenarioPack pack = result.pack().get();
            refresh();
            Notification done = Notification.show(getTranslation(
                    "library.import.done",
                    pack.manifest().title().in(getLocale()),
                    pack.manifest().version()));
            done.addThemeVariants(NotificationVariant.SUCCESS);
            return;
        }
        Div errors = new Div(
                new H3(getTranslation(
                        "library.import.failed", fileName, result.problems().size())),
                problemList(result.problems()));
        errors.addClassName("import-errors");
        errors.getElement().setAttribute("role", "alert");
        importResult.add(errors);
    }

    private static UnorderedList problemList(List<PackProblem> problems) {
        UnorderedList list = new UnorderedList();
        list.addClassName("problem-list");
        problems.forEach(problem -> list.add(new ListItem(problem.toString())));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title") + " · " + getTranslation("app.name");
    }
}
