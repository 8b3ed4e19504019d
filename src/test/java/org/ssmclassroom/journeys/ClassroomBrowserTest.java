package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.testing.Axe;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.ChineseScreen;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.testing.TestClock;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * A class in Chinese, as the room sees it: two tables of three tablets (one in English), the console at 1440x900
 * and the projector at 1920x1080. At every step it checks what a person would: the tablet's task inside the
 * screen, no English left on a Chinese screen, no serious accessibility violation, nothing lost at the bell,
 * exercise 10's materials on every tablet, a concept card on the projector, and the tablets after the close.
 * {@code -Dclass.full=true} also opens all ten exercises in order with their boards.
 */
class ClassroomBrowserTest extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    TestClock clock;

    @Autowired
    org.ssmclassroom.scoring.ScoringService scoring;

    private final Map<String, Page> tablets = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private WorkshopId workshop;
    /** What people typed or the app generated, allowed on a Chinese screen: names, the join code. */
    private final Set<String> typed =
            new java.util.HashSet<>(Set.of("Ben", org.ssmclassroom.testing.AppTest.INSTRUCTOR));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aChineseClassFromTheBoardsToTheNegotiationToTheClose() {
        Instructor.signIn();
        workshop = workshops.create(
                new NewWorkshop(
                        "上海班", LocalDate.of(2026, 12, 7), "homebody", LocalizedText.CHINESE, List.of("第一桌", "第二桌")),
                "lee");
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        typed.add(code);
        String[][] trainees = {{"王芳", "第一桌"}, {"李明", "第一桌"}, {"张伟", "第一桌"}, {"刘洋", "第二桌"}, {"陈静", "第二桌"}};
        for (String[] trainee : trainees) {
            long seated = tablets.keySet().stream()
                    .filter(name -> tableOf(name).equals(trainee[1]))
                    .count();
            tablets.put(
                    trainee[0], tablet(url("/join/" + code), trainee[0], trainee[1] + "（已有 " + seated + " 人）", true));
        }
        tablets.put("Ben", tablet(url("/join/" + code), "Ben", "第二桌 (2 seated)", false));
        Page console = instructor(1440, 900, true);
        console.navigate(url("/workshops/" + workshop.value()));
        Page projector = instructor(1920, 1080, true);
        projector.navigate(url("/workshops/" + workshop.value() + "/projector"));

        open(console, "团队练习4 — ");
        console.getByRole(AriaRole.BUTTON, named("开始计时").setExact(true)).click();
        everyTabletShowsItsTaskInsideTheScreen("团队练习4");
        checkPage(tablets.get("王芳"), "tablet-zh-ex4", true);
        checkPage(tablets.get("Ben"), "tablet-en-ex4", false);
        checkPage(console, "console-zh-ex4", true);
        checkPage(projector, "projector-zh-ex4", true);

        nothingIsLostAtTheBell(console);

        open(console, "团队练习10 — ");
        exerciseTensMaterialsOnEveryTablet();

        console.getByRole(AriaRole.BUTTON, named("投影：立场 VS 利益")).click();
        assertThat(projector.locator(".projector-card")).containsText("立场是针对如何满足利益的推断或假设");
        checkPage(projector, "projector-zh-card", true);

        if (Boolean.getBoolean("class.full")) {
            everyExerciseInOrder(console);
        }

        scoredReleasedAndDebriefed(console, projector);

        console.getByRole(AriaRole.BUTTON, named("结束工作坊")).click();
        console.getByRole(AriaRole.BUTTON, named("确定")).click();
        for (Map.Entry<String, Page> tablet : tablets.entrySet()) {
            tablet.getValue().navigate(url("/table"));
            assertThat(tablet.getValue().locator(".tablet-ended")).isVisible();
            if (tableOf(tablet.getKey()).equals("第一桌")) {
                assertThat(tablet.getValue().getByRole(AriaRole.LINK, named("团队练习4 — 业务发展方针")))
                        .isVisible();
            }
        }
        checkPage(tablets.get("王芳"), "tablet-zh-closed", true);
        assertThat(violations)
                .as("serious or critical accessibility violations")
                .isEmpty();
    }

    private String tableOf(String name) {
        for (String[] t : new String[][] {{"王芳", "第一桌"}, {"李明", "第一桌"}, {"张伟", "第一桌"}}) {
            if (t[0].equals(name)) {
                return t[1];
            }
        }
        return "第二桌";
    }

    private void open(Page console, String exercise) {
        console.getByLabel("练习", EXACT).first().click();
        console.getByRole(AriaRole.OPTION, named(exercise)).first().click();
        console.getByRole(AriaRole.BUTTON, named("为这些桌开始")).click();
    }

    /** The exercise's title, its clock and the board's button inside a 1024x768 screen on every tablet. */
    private void everyTabletShowsItsTaskInsideTheScreen(String exerciseLabel) {
        for (Map.Entry<String, Page> tablet : tablets.entrySet()) {
            Page page = tablet.getValue();
            boolean chinese = !tablet.getKey().equals("Ben");
            Locator title = page.locator(".tablet-task > h2");
            assertThat(title).containsText(chinese ? exerciseLabel : exerciseLabel.replace("团队练习", "Team exercise "));
            insideTheScreen(page, title);
            insideTheScreen(page, page.getByRole(AriaRole.TIMER).first());
            insideTheScreen(page, page.getByRole(AriaRole.LINK, named(chinese ? "打开我们的白板" : "Open our board")));
        }
    }

    /** Wholly inside the screen as it opened, with nothing scrolled. */
    private static void insideTheScreen(Page page, Locator locator) {
        assertThat(locator).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
    }

    /** Screenshot, axe-core and, on a Chinese screen, no English left. */
    private void checkPage(Page page, String name, boolean chinese) {
        Browser.screenshot(page, name);
        Axe.seriousViolations(page).forEach(v -> violations.add(name + ": " + v));
        if (chinese) {
            assertThat(ChineseScreen.englishOn(page, typed))
                    .as("English on %s", name)
                    .isEmpty();
        }
    }

    /**
     * The recorder types up to the bell: the clock ends while the field is being written, the writer is told,
     * leaves the field, and the text is saved, for a teammate and after a reload.
     */
    private void nothingIsLostAtTheBell(Page console) {
        Page recorder = tablets.get(holderOf("第一桌", "recorder"));
        Page teammate = tablets.get(holderOf("第一桌", "captain"));
        recorder.getByRole(AriaRole.LINK, named("打开我们的白板")).click();
        Locator heading = recorder.getByRole(AriaRole.HEADING, named("团队练习4").setLevel(2));
        insideTheScreen(recorder, heading);
        assertThat(((Number) recorder.evaluate("() => window.scrollY")).intValue())
                .as("the board opens at its top")
                .isZero();
        teammate.getByRole(AriaRole.LINK, named("打开我们的白板")).click();
        recorder.getByRole(AriaRole.BUTTON, named("添加到业务发展方针：通过 … 来 …")).click();
        Locator field = recorder.getByLabel("通过（计划的业务工作）", EXACT).first();
        field.click();
        field.pressSequentially("上线客户关系管理系统，铃响时还在写");
        console.getByRole(AriaRole.BUTTON, named("立即结束").setExact(true)).click();
        assertThat(recorder.getByText("时间到了。请在一分钟内写完你正在写的这一栏")).isVisible();
        field.pressSequentially("，写完了");
        field.press("Tab");
        assertThat(recorder.getByText("已保存，标注为时间到之后写的。")).isVisible();
        checkPage(recorder, "tablet-zh-bell-saved", true);
        assertThat(teammate.getByLabel("通过（计划的业务工作）", EXACT).first()).hasValue("上线客户关系管理系统，铃响时还在写，写完了");
        recorder.reload();
        assertThat(recorder.getByLabel("通过（计划的业务工作）", EXACT).first()).hasValue("上线客户关系管理系统，铃响时还在写，写完了");
        for (Page tablet : List.of(recorder, teammate)) {
            tablet.navigate(url("/table"));
        }
    }

    /** Each member reads their side's materials: the issues with our position, or the customer's own brief. */
    private void exerciseTensMaterialsOnEveryTablet() {
        for (Map.Entry<String, Page> tablet : tablets.entrySet()) {
            Page page = tablet.getValue();
            boolean chinese = !tablet.getKey().equals("Ben");
            // A new exercise redraws the tablet on its Steps tab: wait for it before opening the materials.
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))
                            .first())
                    .containsText(chinese ? "团队练习10" : "exercise 10");
            page.getByRole(AriaRole.TAB, named(chinese ? "资料" : "Materials")).click();
            assertThat(page.getByRole(
                            AriaRole.REGION,
                            named(chinese ? "谈判" : "The negotiation").setExact(true)))
                    .containsText(chinese ? "问题A：与竞争对手相比，价格太高" : "Issue A: price too high");
            boolean customer = plays(tablet.getKey(), "customer-executive");
            Locator ours = page.locator(".our-position");
            if (customer) {
                assertThat(page.getByRole(
                                AriaRole.HEADING,
                                named(chinese ? "角色说明：谈判中的Yoshi Goto" : "Role brief: Yoshi Goto in the negotiation")))
                        .isVisible();
                assertThat(ours).hasCount(0);
                assertThat(page.getByRole(
                                AriaRole.HEADING,
                                named(chinese ? "角色说明：Yoshi Goto" : "Role brief: Yoshi Goto")
                                        .setExact(true)))
                        .hasCount(0);
            } else {
                assertThat(ours.first()).containsText(chinese ? "我方立场" : "Our position");
            }
            assertThat(page.getByRole(AriaRole.REGION, named(chinese ? "谈判准备" : "Preparing a negotiation")))
                    .isVisible();
        }
        checkPage(tablets.get(holderOf("第一桌", "customer-executive")), "tablet-zh-ex10-customer", true);
        checkPage(tablets.get(holderOf("第一桌", "recorder")), "tablet-zh-ex10-sales", true);
        checkPage(tablets.get("Ben"), "tablet-en-ex10", false);
    }

    /**
     * Both tables scored on exercise 10, the scores released: each tablet's News has its own result, the projector
     * the leaderboard, and the scoring, scores, debrief and library pages pass the same checks.
     */
    private void scoredReleasedAndDebriefed(Page console, Page projector) {
        WorkshopSnapshot now = workshops.snapshot(workshop);
        scoring.mark(now.tables().get(0).id(), "ex10", "interests", 2, "利益写得清楚", 0);
        scoring.mark(now.tables().get(1).id(), "ex10", "interests", 1, "", 0);
        console.navigate(url("/workshops/" + workshop.value() + "/score/"
                + now.tables().get(0).id().value() + "/ex10"));
        assertThat(console.locator(".scoring-summary")).containsText("已评 1/");
        checkPage(console, "console-zh-scoring", true);
        console.navigate(url("/workshops/" + workshop.value() + "/scores/ex10"));
        console.getByRole(AriaRole.BUTTON, named("向各小组公布")).click();
        console.getByLabel("在投影上显示排行榜").check();
        checkPage(console, "console-zh-scores", true);
        assertThat(projector.getByRole(AriaRole.TABLE, named("排行榜"))).isVisible();
        checkPage(projector, "projector-zh-leaderboard-card", true);
        Page wang = tablets.get("王芳");
        wang.getByRole(AriaRole.TAB, named("消息")).click();
        assertThat(wang.getByText("评语：利益写得清楚")).isVisible();
        checkPage(wang, "tablet-zh-results", true);
        console.navigate(url("/workshops/" + workshop.value() + "/debrief/ex10"));
        assertThat(console.getByRole(AriaRole.TABLE, named("要点"))).isVisible();
        checkPage(console, "console-zh-debrief", true);
        projector.navigate(url("/workshops/" + workshop.value() + "/debrief/ex10"));
        assertThat(projector.getByRole(AriaRole.TABLE, named("要点"))).isVisible();
        checkPage(projector, "projector-zh-debrief-ex10", true);
        projector.navigate(url("/workshops/" + workshop.value() + "/projector"));
        console.navigate(url("/workshops/" + workshop.value()));
        com.microsoft.playwright.Download csv = console.waitForDownload(
                () -> console.getByRole(AriaRole.LINK, named("评分（CSV）")).click());
        assertThat(csv.suggestedFilename()).endsWith("-scores.csv");
        console.navigate(url("/library"));
        assertThat(console.getByRole(AriaRole.HEADING, named("案例库"))).isVisible();
        checkPage(console, "console-zh-library", true);
        Page newcomer = browser.newPage(1024, 768, "zh-CN");
        newcomer.navigate(url("/join"));
        assertThat(newcomer.getByRole(AriaRole.HEADING, named("加入工作坊"))).isVisible();
        checkPage(newcomer, "tablet-zh-join", true);
        console.navigate(url("/workshops/" + workshop.value()));
    }

    /** All ten exercises in the agenda's order, a short clock each, every table's board touched. */
    private void everyExerciseInOrder(Page console) {
        for (int number = 1; number <= 10; number++) {
            open(console, "团队练习" + number + " — ");
            console.getByLabel("分钟", EXACT).first().fill("1");
            console.getByRole(AriaRole.BUTTON, named("开始计时").setExact(true)).click();
            everyTabletShowsItsTaskInsideTheScreen("团队练习" + number);
            if (number == 3) {
                theObserverTicksWhatTheInterviewUncovers();
            }
            for (String table : List.of("第一桌", "第二桌")) {
                Page recorder = tablets.get(holderOf(table, "recorder"));
                recorder.getByRole(AriaRole.LINK, named(recorder == tablets.get("Ben") ? "Open our board" : "打开我们的白板"))
                        .click();
                boolean english = recorder == tablets.get("Ben");
                assertThat(recorder.locator(".board h2").first()).isVisible();
                Locator fields = recorder.locator(
                        "vaadin-text-area:not([readonly]) textarea," + " vaadin-text-field:not([readonly]) input");
                if (fields.count() == 0) {
                    recorder.getByRole(AriaRole.BUTTON, named(english ? "Add to" : "添加到"))
                            .first()
                            .click();
                }
                fields.first().fill("第" + number + "个练习");
                fields.first().press("Tab");
                assertThat(recorder.getByText("没有保存")).hasCount(0);
                Browser.screenshot(recorder, "board-ex" + number + "-" + table);
                recorder.navigate(url("/table"));
            }
            clock.advance(Duration.ofMinutes(2));
            for (Page tablet : tablets.values()) {
                assertThat(tablet.getByRole(AriaRole.ALERT)
                                .filter(new Locator.FilterOptions()
                                        .setHasText(tablet == tablets.get("Ben") ? "Time is up" : "时间到")))
                        .isVisible();
            }
        }
    }

    /** In the interview the observer's ticks fill the meter on a teammate's tablet. */
    private void theObserverTicksWhatTheInterviewUncovers() {
        Page observer = tablets.get(holderOf("第一桌", "devils-advocate"));
        Page teammate = tablets.get(holderOf("第一桌", "recorder"));
        observer.getByRole(AriaRole.CHECKBOX, named("未来1-3年的战略方向")).check();
        observer.getByRole(AriaRole.BUTTON, named("记录一个开放式问题")).click();
        assertThat(teammate.locator(".discovery-figure")).containsText("1/12");
        assertThat(observer.locator(".discovery-figure")).containsText("已记录 1 个问题");
        checkPage(observer, "tablet-zh-interview-observer", true);
    }

    private String holderOf(String table, String role) {
        WorkshopSnapshot now = workshops.snapshot(workshop);
        var id = now.tables().stream()
                .filter(t -> t.name().equals(table))
                .findFirst()
                .orElseThrow()
                .id();
        for (var member : now.members(id)) {
            if (now.roles(id).getOrDefault(member.id(), List.of()).contains(role)) {
                return member.name();
            }
        }
        throw new AssertionError("nobody at " + table + " holds " + role);
    }

    private boolean plays(String name, String role) {
        WorkshopSnapshot now = workshops.snapshot(workshop);
        ParticipantId id = now.participants().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        return now.participant(id)
                .map(p -> now.roles(p.table()).getOrDefault(id, List.of()).contains(role))
                .orElse(false);
    }
}
