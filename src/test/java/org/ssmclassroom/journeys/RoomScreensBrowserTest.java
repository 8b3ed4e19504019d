package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scoring.LeaderboardService;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.Workshops;

/**
 * The room's screens with a full class of twelve tables: nobody scrolls a projector, and the instructor sees every
 * table's clock, status and signals on one laptop screen.
 */
class RoomScreensBrowserTest extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    ScoringService scoring;

    @Autowired
    LeaderboardService leaderboards;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twelveTablesFitTheProjectorAndTheConsoleWithoutScrolling() {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, 12);
        List<List<DeviceToken>> seated = Workshops.seated(workshops, trainees, workshop, 12, 3);
        workshops.start(workshop);
        steering.openExercise(workshop, "ex2", Set.of());
        steering.startClock(workshop, Set.of(), null);
        TableId first = workshops.snapshot(workshop).tables().getFirst().id();
        steering.endClock(workshop, Set.of(first));
        trainees.reportStatus(seated.get(2).getFirst(), WorkshopTable.Status.NEED_HELP);
        leaderboards.showLeaderboard(workshop, true);

        Page projector = instructor(1920, 1080, true);
        projector.navigate(url("/workshops/" + workshop.value() + "/projector"));
        Locator leaderboard = projector.getByRole(AriaRole.TABLE, named("排行榜"));
        assertThat(leaderboard).isVisible();
        assertThat(leaderboard.getByRole(AriaRole.ROW)).hasCount(13);
        assertThat(projector.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("时间到")))
                .isVisible();
        Browser.screenshot(projector, "projector-zh-12-tables-leaderboard");
        assertThat(org.ssmclassroom.testing.Axe.seriousViolations(projector))
                .as("axe on the running projector, time-up flashing")
                .isEmpty();
        assertThat(bottom(leaderboard.getByRole(AriaRole.ROW).last()))
                .as("the twelfth table's row is on the projected screen")
                .isLessThanOrEqualTo(1080);
        assertThat(scrollHeight(projector))
                .as("the projector needs no scrolling")
                .isLessThanOrEqualTo(1080);
        Locator code = projector.locator(".join-code");
        assertThat(code).isVisible();
        assertThat(code.boundingBox().height)
                .as("the running class's join code is a corner block, still readable")
                .isBetween(30.0, 80.0);

        for (int[] size : new int[][] {{1440, 900}, {1280, 800}}) {
            Page console = instructor(size[0], size[1], size[0] == 1280);
            console.navigate(url("/workshops/" + workshop.value()));
            Locator clocks = console.locator(".table-card .clock-time");
            assertThat(clocks).hasCount(12);
            Browser.screenshot(console, "console-" + size[0] + "x" + size[1] + "-12-tables");
            assertThat(org.ssmclassroom.testing.Axe.seriousViolations(console))
                    .as("axe on the compact console")
                    .isEmpty();
            for (Locator seen : List.of(clocks, console.locator(".table-card .status-row .badge"))) {
                for (Locator one : seen.all()) {
                    assertThat(bottom(one))
                            .as("every table's clock and status are on a %dx%d screen", size[0], size[1])
                            .isLessThanOrEqualTo(size[1]);
                }
            }
            Locator help = console.locator(".badge-help-requested");
            assertThat(help).hasCount(1);
            assertThat(bottom(help)).isLessThanOrEqualTo(size[1]);
            console.context().close();
        }

        projector.navigate(url("/workshops/" + workshop.value() + "/debrief/ex2"));
        assertThat(projector.getByRole(AriaRole.TABLE, named("要点"))).isVisible();
        assertThat(projector.locator(".app-header")).isHidden();
        Browser.screenshot(projector, "projector-zh-debrief-no-nav");
    }

    private static double bottom(Locator locator) {
        BoundingBox box = locator.boundingBox();
        return box.y + box.height;
    }

    private static int scrollHeight(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollHeight")).intValue();
    }
}
