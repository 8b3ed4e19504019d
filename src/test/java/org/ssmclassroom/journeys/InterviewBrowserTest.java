package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/**
 * One table runs the Homebody interview: Yoshi's player reads his brief, the sales team theirs, the observer ticks
 * what is uncovered and the meter fills on a teammate's tablet and on the console, live.
 */
class InterviewBrowserTest extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theObserversTicksFillTheMeterOnTeammatesTabletsAndTheConsole() {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, 2);
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        Page observer = tablet(url("/join/" + code), "Mei", "Table 1（已有 0 人）", true);
        Page seller = tablet(url("/join/" + code), "Hao", "Table 1 (1 seated)", false);
        Page yoshi = tablet(url("/join/" + code), "Li", "Table 1 (2 seated)", false);
        steering.openExercise(workshop, "ex3", Set.of());
        var snapshot = workshops.snapshot(workshop);
        var table = snapshot.tables().getFirst().id();
        for (var member : snapshot.members(table)) {
            List<String> roles = switch (member.name()) {
                case "Mei" -> List.of("devils-advocate");
                case "Li" -> List.of("customer-executive");
                default -> List.of("recorder", "captain");
            };
            steering.overrideRoles(table, member.id(), roles);
        }
        Page console = instructor(1920, 1080, false);
        console.navigate(url("/workshops/" + workshop.value()));
        for (Page tablet : List.of(observer, seller, yoshi)) {
            tablet.navigate(url("/table"));
        }
        for (Page tablet : List.of(seller, yoshi)) {
            tablet.getByRole(AriaRole.TAB, named("Materials")).click();
        }
        assertThat(yoshi.getByRole(
                        AriaRole.HEADING,
                        named("Role brief: Yoshi Goto").setExact(true).setLevel(3)))
                .isVisible();
        assertThat(seller.getByRole(
                        AriaRole.HEADING,
                        named("Role brief: sales representative").setExact(true).setLevel(3)))
                .isVisible();

        observer.getByRole(AriaRole.CHECKBOX, named("未来1-3年的战略方向")).check();
        observer.getByRole(AriaRole.CHECKBOX, named("最关键的方针：尽快投入使用CRM流程")).check();
        observer.getByRole(AriaRole.BUTTON, named("记录一个开放式问题")).click();

        assertThat(seller.locator(".discovery-figure")).hasText("27% · 2 of 12 uncovered · questions tagged: 1");
        assertThat(console.locator(".discovery-figure").first())
                .hasText("27% · 2 of 12 uncovered · questions tagged: 1");
        Browser.screenshot(observer, "tablet-zh-interview-observer");
        com.microsoft.playwright.options.BoundingBox box = observer.getByRole(AriaRole.CHECKBOX, named("未来1-3年的战略方向"))
                .locator("xpath=ancestor::vaadin-checkbox[1]")
                .boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.height)
                .as("an observer's checklist row is a 44px target")
                .isGreaterThanOrEqualTo(44);
        org.assertj.core.api.Assertions.assertThat(observer.locator(".discovery-checklist vaadin-checkbox")
                        .first()
                        .evaluate("c => c.shadowRoot.querySelector('[part~=checkbox]').getBoundingClientRect().height"))
                .as("the box itself is at least 24px")
                .satisfies(h -> org.assertj.core.api.Assertions.assertThat(((Number) h).doubleValue())
                        .isGreaterThanOrEqualTo(24));
        observer.getByRole(AriaRole.BUTTON, named("撤销一个开放式问题")).click();
        assertThat(seller.locator(".discovery-figure")).hasText("27% · 2 of 12 uncovered · questions tagged: 0");
        observer.navigate(url("/board"));
        org.assertj.core.api.Assertions.assertThat(
                        observer.getByRole(AriaRole.LINK, named("返回我的桌")).boundingBox().height)
                .as("the way back to the table is a 44px target")
                .isGreaterThanOrEqualTo(44);
        observer.getByLabel("战略业务方向", EXACT).first().fill("三年内夺回市场份额,重建客户忠诚度");
        observer.getByLabel("战略业务方向", EXACT).first().press("Tab");
        assertThat(observer.locator(".interview-noted")).containsText("未来1-3年的战略方向");
        assertThat(observer.locator(".interview-missing")).containsText("最关键的方针");
        observer.locator(".interview-board-checks").scrollIntoViewIfNeeded();
        Browser.screenshot(observer, "tablet-zh-interview-board-checks");
        Browser.screenshot(seller, "tablet-en-interview-sales");
        Browser.screenshot(console, "projector-en-console-interview");
    }
}
