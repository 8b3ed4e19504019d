package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.testing.Axe;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/** The pipeline unit in Chinese on a 1024x768 tablet and on the projected debrief. */
class PipelineBrowserTest extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    BoardService boards;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aChineseTableMarksItsOpportunityOnThePipelineAndTheDebriefShowsIt() {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, 2);
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        Page mei = tablet(url("/join/" + code), "王芳", "Table 1（已有 0 人）", true);
        steering.openExercise(workshop, "ex2", Set.of());
        mei.navigate(url("/board"));
        Locator customer = mei.getByLabel("客户描述（化名）", EXACT).first();
        customer.fill("苏州的一家医院集团");
        customer.press("Tab");
        var one = workshops.snapshot(workshop).tables().getFirst().id();
        for (int wait = 0;
                wait < 50
                        && boards.boardFor(one, "ex2")
                                .content()
                                .text("opportunity/main", "customer")
                                .isEmpty();
                wait++) {
            mei.waitForTimeout(100);
        }
        steering.openExercise(workshop, "pipeline", Set.of());

        mei.navigate(url("/table"));
        Locator title = mei.locator(".tablet-task > h2");
        assertThat(title).containsText("销售管道管理");
        assertThat(title).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        assertThat(mei.getByRole(AriaRole.LINK, named("打开我们的白板")))
                .isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        Browser.screenshot(mei, "tablet-zh-pipeline-task");

        mei.navigate(url("/board"));
        assertThat(mei.locator(".board-carried")).containsText("苏州的一家医院集团");
        Locator milestone = mei.getByRole(AriaRole.GROUP, named("销售管道"));
        Locator confirmed = milestone.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认").setExact(true));
        confirmed.click();
        assertThat(confirmed).hasAttribute("aria-pressed", "true");
        Browser.screenshot(mei, "tablet-zh-pipeline-board");
        assertThat(Axe.seriousViolations(mei)).as("axe on the pipeline board").isEmpty();

        assertThat(boards.boardFor(
                                workshops.snapshot(workshop).tables().getFirst().id(), "pipeline")
                        .content()
                        .text("place/main", "milestone"))
                .isEqualTo("confirmed");

        Page projector = instructor(1920, 1080, true);
        projector.navigate(url("/workshops/" + workshop.value() + "/debrief/pipeline"));
        assertThat(projector.locator(".debrief-model")).containsText("阶段、里程碑和可验证的结果彼此一致");
        Browser.screenshot(projector, "projector-zh-debrief-pipeline");
        Locator question = projector
                .locator(".debrief-column vaadin-text-area.board-field")
                .filter(new Locator.FilterOptions().setHasText("销售管道中你现有的商机足够让你完成销售指标吗？"))
                .first();
        question.scrollIntoViewIfNeeded();
        assertThat((Boolean) question.evaluate("f => { const l = f.shadowRoot.querySelector('[part~=\"label\"]');"
                        + " return l.scrollWidth <= l.clientWidth + 1; }"))
                .as("the deck's question is whole on the projected debrief, not cut off")
                .isTrue();
        Browser.screenshot(projector, "projector-zh-debrief-pipeline-questions");
    }
}
