package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/**
 * Boards as the room sees them: the strategic alignment quadrants on the tablet, the scoring screen and the
 * projected debrief keep their labels inside their chips; an org-map person is filled with one tap per choice.
 */
class BoardScreensBrowserTest extends BrowserTest {

    /** Whether every quadrant chip's label lies inside its chip, neither cut off nor over its border. */
    private static final String LABELS_INSIDE = """
            chips => chips.every(chip => {
              const label = chip.shadowRoot.querySelector('[part~="label"]');
              const c = chip.getBoundingClientRect();
              const l = label.getBoundingClientRect();
              return l.width > 0 && l.left >= c.left && l.right <= c.right && l.top >= c.top && l.bottom <= c.bottom
                && label.scrollWidth <= label.clientWidth + 1 && label.scrollHeight <= label.clientHeight + 1;
            })""";

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    org.ssmclassroom.board.BoardService boards;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void quadrantLabelsSitInsideTheirChipsOnTheBoardTheScoringScreenAndTheDebrief() {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, 2);
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        Page mei = tablet(url("/join/" + code), "Mei", "Table 1（已有 0 人）", true);
        steering.openExercise(workshop, "ex3", Set.of());
        TableId one = workshops.snapshot(workshop).tables().getFirst().id();
        mei.navigate(url("/board"));
        Locator leader = mei.getByRole(AriaRole.RADIO, named("行业领先企业"));
        leader.click();
        assertThat(leader).hasAttribute("aria-checked", "true");
        leader.scrollIntoViewIfNeeded();
        Browser.screenshot(mei, "tablet-zh-quadrants");
        assertLabelsInside(mei, "tablet board");
        assertAxesAround(mei, "tablet board", 1024);

        Page scorer = instructor(1024, 768, true);
        scorer.navigate(url("/workshops/" + workshop.value() + "/score/" + one.value() + "/ex3"));
        Locator chosen = scorer.getByRole(AriaRole.RADIO, named("行业领先企业"));
        assertThat(chosen).hasAttribute("aria-checked", "true");
        chosen.scrollIntoViewIfNeeded();
        Browser.screenshot(scorer, "tablet-zh-scoring-quadrants");
        assertLabelsInside(scorer, "scoring screen");

        Page projector = instructor(1920, 1080, true);
        projector.navigate(url("/workshops/" + workshop.value() + "/debrief/ex3"));
        Locator projected = projector.getByRole(AriaRole.RADIO, named("行业领先企业")).first();
        assertThat(projected).hasAttribute("aria-checked", "true");
        projected.scrollIntoViewIfNeeded();
        Browser.screenshot(projector, "projector-zh-debrief-quadrants");
        assertLabelsInside(projector, "projected debrief");
        assertAxesAround(projector, "projected debrief", 1920);
    }

    /**
     * The deck's axes frame the 2x2 (关注收入 up the side, 关注成本 along the bottom), inside the screen, and each quadrant
     * stays a 44px target.
     */
    private static void assertAxesAround(Page page, String where, int screenWidth) {
        Locator model = page.locator(".quadrant-model").first();
        assertThat(model.locator(".quadrant-axis-up")).hasText("关注收入");
        assertThat(model.locator(".quadrant-axis-across")).hasText("关注成本");
        var grid = model.locator(".quadrant-grid").boundingBox();
        var up = model.locator(".quadrant-axis-up").boundingBox();
        var across = model.locator(".quadrant-axis-across").boundingBox();
        assertThat(up.x + up.width)
                .as("the revenue axis left of the 2x2 on the %s", where)
                .isLessThanOrEqualTo(grid.x);
        assertThat(across.y)
                .as("the cost axis under the 2x2 on the %s", where)
                .isGreaterThanOrEqualTo(grid.y + grid.height);
        assertThat(model.boundingBox().x + model.boundingBox().width)
                .as("the 2x2 with its axes fits the %s", where)
                .isLessThanOrEqualTo(screenWidth);
        for (Locator chip : model.locator("vaadin-button.quadrant").all()) {
            assertThat(Math.min(chip.boundingBox().width, chip.boundingBox().height))
                    .as("a quadrant is a 44px target on the %s", where)
                    .isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void anOrgMapPersonIsFilledWithOneTapPerChoice() {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, 1);
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        Page hao = tablet(url("/join/" + code), "Hao", "Table 1 (0 seated)", false);
        Page mei = tablet(url("/join/" + code), "Mei", "Table 1（已有 1 人）", true);
        steering.openExercise(workshop, "ex5", Set.of());
        hao.navigate(url("/board"));
        hao.getByRole(AriaRole.BUTTON, named("Add to Key people")).click();
        Locator name = hao.getByLabel("Name", EXACT).first();
        name.fill("Boris");
        name.press("Tab");
        Locator role = hao.getByRole(AriaRole.GROUP, named("Formal buying role"));
        Locator decider = role.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decision maker"));
        decider.click();
        assertThat(decider).hasAttribute("aria-pressed", "true");
        hao.getByRole(AriaRole.GROUP, named("Attitude towards us"))
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Supporter").setExact(true))
                .click();
        assertThat(decider.boundingBox().height)
                .as("a segment is a 44px target")
                .isGreaterThanOrEqualTo(44);
        mei.navigate(url("/board"));
        Locator zhRole = mei.getByRole(AriaRole.GROUP, named("正式的购买角色"));
        assertThat(zhRole.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("决策者")))
                .hasAttribute("aria-pressed", "true");
        zhRole.scrollIntoViewIfNeeded();
        assertThat(org.ssmclassroom.testing.Axe.seriousViolations(hao))
                .as("axe on the org map's segments")
                .isEmpty();
        Browser.screenshot(hao, "tablet-en-org-map-segments");
        Browser.screenshot(mei, "tablet-zh-org-map-segments");

        Page projector = instructor(1920, 1080, true);
        projector.navigate(url("/workshops/" + workshop.value() + "/debrief/ex5"));
        Locator facts = projector.locator(".debrief-column .map-facts").first();
        assertThat(facts).containsText("决策者");
        assertThat(((Number) facts.evaluate("f => parseFloat(getComputedStyle(f).fontSize)")).doubleValue())
                .as("the org map's facts are readable from the back row")
                .isGreaterThanOrEqualTo(18);
        assertThat(((Number) projector
                                .locator(".coverage thead th")
                                .last()
                                .evaluate("h => parseFloat(getComputedStyle(h).fontSize)"))
                        .doubleValue())
                .as("the key points' headers are readable from the back row")
                .isGreaterThanOrEqualTo(18);
        Browser.screenshot(projector, "projector-zh-debrief-org-map");
        projector.locator(".coverage").scrollIntoViewIfNeeded();
        Browser.screenshot(projector, "projector-zh-debrief-org-map-key-points");
    }

    @Test
    void projectedNegotiationIssuesAreShownWhole() {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, 2);
        steering.openExercise(workshop, "ex10", Set.of());
        TableId one = workshops.snapshot(workshop).tables().getFirst().id();
        BoardId board = boards.open(one, "ex10");
        Page projector = instructor(1920, 1080, true);
        projector.navigate(url("/share/" + board.value()));
        // A read-only short text is a wrapping text area: a long issue title is whole, never cut at the field's edge.
        Locator issues = projector.locator("vaadin-text-area[data-field=issue] textarea");
        assertThat(issues.first()).hasValue(java.util.regex.Pattern.compile("Issue A.*"));
        assertThat((Boolean) issues.evaluateAll("areas => areas.every(a => a.scrollWidth <= a.clientWidth + 1"
                        + " && a.scrollHeight <= a.clientHeight + 1)"))
                .as("every issue title is shown whole on the shared board")
                .isTrue();
        Browser.screenshot(projector, "projector-zh-share-negotiation");
        projector.navigate(url("/workshops/" + workshop.value() + "/debrief/ex10"));
        Locator debriefed = projector.locator("vaadin-text-area[data-field=issue] textarea");
        assertThat(debriefed.first()).hasValue(java.util.regex.Pattern.compile("Issue A.*"));
        assertThat((Boolean) debriefed.evaluateAll("areas => areas.every(a => a.scrollWidth <= a.clientWidth + 1"
                        + " && a.scrollHeight <= a.clientHeight + 1)"))
                .as("every issue title is whole in the debrief's narrow columns too")
                .isTrue();
        Browser.screenshot(projector, "projector-zh-debrief-negotiation");
    }

    private static void assertLabelsInside(Page page, String where) {
        Locator chips = page.locator("vaadin-button.quadrant");
        assertThat(chips.count()).as(where).isGreaterThanOrEqualTo(4);
        assertThat((Boolean) chips.evaluateAll(LABELS_INSIDE))
                .as("every quadrant label sits inside its chip on the %s", where)
                .isTrue();
    }
}
