package org.ssmclassroom.scenario.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.upload.Upload;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.scenario.PackSource;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.testing.ScenarioZips;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.WorkshopService;

class LibraryViewTest extends KaribuTest {

    @Autowired
    ScenarioLibrary library;

    @Autowired
    WorkshopService workshops;

    @BeforeEach
    void openLibrary() {
        signInAsInstructor();
        UI.getCurrent().navigate(LibraryView.class);
    }

    @AfterEach
    void removeImports() {
        library.entries().stream()
                .filter(e -> e.source().type() == PackSource.Type.IMPORTED)
                .forEach(e -> library.remove(e.id()));
    }

    @Test
    void instructorSeesEveryBundledPackWithVersionAndValidity() {
        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains(
                        "SSM sales methodology — Signature Selling Method",
                        "Homebody Electronics",
                        "Freshway Cold Chain Logistics");
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Open Homebody Electronics"));
    }

    @Test
    void openingAPackShowsItsPage() {
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Open Homebody Electronics")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("library/homebody");
    }

    @Test
    void importedPackIsListedAndCanBeRemoved() {
        upload("harbor.zip", ScenarioZips.renamedCase("freshway", "harbor", "Harbor Cold Chain"));
        Button remove = _get(Button.class, spec -> spec.withAttribute("aria-label", "Remove Harbor Cold Chain"));
        assertThat(library.pack("harbor")).isPresent();

        _click(remove);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(library.pack("harbor")).isEmpty();
        assertThat(_find(H2.class)).extracting(H2::getText).doesNotContain("Harbor Cold Chain");
    }

    @Test
    void packUsedByAnOpenWorkshopCannotBeRemoved() {
        upload("harbor.zip", ScenarioZips.renamedCase("freshway", "harbor", "Harbor Cold Chain"));
        workshops.create(
                new NewWorkshop(
                        "Harbor class",
                        java.time.LocalDate.now(),
                        "harbor",
                        java.util.Locale.ENGLISH,
                        java.util.List.of("A")),
                "lee");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove Harbor Cold Chain")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(library.pack("harbor")).isPresent();
        workshops.workshops().stream().filter(w -> w.packId().equals("harbor")).forEach(w -> workshops.close(w.id()));
    }

    @Test
    void brokenImportShowsEveryProblemInThePageAndImportsNothing() {
        Map<String, byte[]> files = new HashMap<>(ScenarioZips.files("freshway"));
        files.put(
                "case.yaml",
                new String(files.get("case.yaml"))
                        .replace("owner: chen", "owner: nobody")
                        .getBytes());
        upload("broken.zip", ScenarioZips.zip(files));
        assertThat(_get(H3.class).getText()).isEqualTo("broken.zip was not imported: 1 problem(s)");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(text -> text.startsWith("broken.zip/case.yaml:")
                        && text.endsWith("initiatives[0].owner: unknown person 'nobody' (not in people)"));
        assertThat(library.entries()).hasSize(3);
    }

    @Test
    void importCannotTakeTheIdOfABundledPack() {
        upload("freshway.zip", ScenarioZips.zip(ScenarioZips.files("freshway")));
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("freshway.zip/pack.yaml:1:1: pack id 'freshway' is already used by bundled freshway");
    }

    @Test
    void zipBombIsRefusedWithAClearMessage() {
        upload("bomb.zip", ScenarioZips.bomb());
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .contains("bomb.zip:1:1: the pack unpacks to more than 5 MB");
    }

    private static void upload(String name, byte[] zip) {
        UploadKt._upload(_get(Upload.class), name, "application/zip", zip);
        roundtrip();
    }
}
