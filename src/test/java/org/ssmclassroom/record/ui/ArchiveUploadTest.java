package org.ssmclassroom.record.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.record.WorkshopRecords;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

class ArchiveUploadTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    ScoringService scoring;

    @Autowired
    WorkshopRecords records;

    private byte[] archive;

    @BeforeEach
    void anotherServersScoredWorkshop() {
        signInAsInstructor();
        WorkshopId workshop = Workshops.homebody(workshops, 2);
        steering.openExercise(workshop, "ex2", Set.of());
        TableId one = workshops.snapshot(workshop).tables().getFirst().id();
        scoring.mark(one, "ex2", "complete", 4, "Clear", 0);
        scoring.release(workshop, "ex2");
        archive = records.archive(workshop);
        UI.getCurrent().navigate("workshops");
    }

    @Test
    void anInstructorImportsAnArchiveAndLandsOnItsReadOnlyConsole() {
        assertThat(_get(Upload.class).getElement().getAttribute("aria-label")).isEqualTo("Import a workshop archive");

        _get(ArchiveUpload.class).imported("shanghai-archive.json", archive);

        assertThat(_get(H1.class).getText()).isEqualTo("Shanghai class");
        assertThat(_find(Span.class, spec -> spec.withText("Archive (read only)")))
                .hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withClasses("join-code-inline")))
                .as("nobody can join an archive")
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Close workshop"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Start clock")).isEnabled())
                .as("the agenda and the clocks take no action")
                .isFalse();
    }

    @Test
    void theScoringScreenOfAnArchiveShowsTheMarksButTakesNoChange() {
        _get(ArchiveUpload.class).imported("shanghai-archive.json", archive);
        String console = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(console).matches("workshops/\\d+");
        WorkshopId copy = new WorkshopId(Long.parseLong(console.substring("workshops/".length())));
        TableId first = workshops.snapshot(copy).tables().getFirst().id();

        UI.getCurrent().navigate("workshops/" + copy.value() + "/score/" + first.value() + "/ex2");

        assertThat(_find(com.vaadin.flow.component.textfield.TextArea.class))
                .filteredOn(area -> area.getValue().equals("Clear"))
                .hasSize(1)
                .allMatch(area -> !area.isEnabled());
        assertThat(_find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class))
                .isNotEmpty()
                .noneMatch(com.vaadin.flow.component.HasEnabled::isEnabled);
    }

    @Test
    void aFileThatIsNotAnArchiveSaysWhyAndStaysOnThePage() {
        int before = workshops.workshops().size();

        _get(ArchiveUpload.class).imported("notes.json", "[1, 2".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(ArchiveUpload.class).result.getElement().getTextRecursively())
                .startsWith("Cannot import notes.json: This is not readable JSON (line 1, column");
        assertThat(workshops.workshops()).hasSize(before);
        LocatorJ._assertOne(ArchiveUpload.class);
    }
}
