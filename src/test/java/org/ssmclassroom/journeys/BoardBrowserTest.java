package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/** Two tablets at one table on a shared board, in real Chromium. */
class BoardBrowserTest extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    private WorkshopId workshop;
    private final DeviceToken mei = DeviceToken.random();
    private final DeviceToken hao = DeviceToken.random();

    @BeforeEach
    void table() {
        Instructor.signIn();
        workshop = Workshops.homebody(workshops, 2);
        Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
        Workshops.join(workshops, trainees, workshop, hao, "Hao", 0);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Page tablet(DeviceToken device, boolean chinese) {
        Page page = browser.newPage(1024, 768, chinese ? "zh-CN" : "en-GB");
        page.context().addCookies(List.of(new Cookie("ssm-device", device.value()).setUrl(url("/"))));
        page.navigate(url("/board"));
        return page;
    }

    private static void fill(Page page, Locator entry, String label, String text) {
        Locator field = entry.getByLabel(label, new Locator.GetByLabelOptions().setExact(true))
                .first();
        field.fill(text);
        field.press("Tab");
    }

    @Test
    void aPainChainEntryAddedOnOneTabletAppearsOnTheOtherAndSurvivesAReload() {
        steering.openExercise(workshop, "ex4", Set.of());
        Page first = tablet(mei, false);
        Page second = tablet(hao, true);
        first.getByRole(AriaRole.BUTTON, named("Add to Pain chain")).click();
        Locator entry = first.getByLabel("Pain chain, entry 1");
        fill(first, entry, "Title", "CEO");
        fill(first, entry, "Pain", "Share price keeps falling");
        fill(first, entry, "Reason 1", "Profits declining");
        first.getByRole(AriaRole.BUTTON, named("Add to Pain chain")).click();
        Locator next = first.getByLabel("Pain chain, entry 2");
        fill(first, next, "Title", "CFO");
        fill(first, next, "Pain", "Profits declining");
        fill(first, next, "Reason 1", "Costs keep rising");

        Locator chain = second.getByRole(AriaRole.IMG).filter(new Locator.FilterOptions().setHasText("疼痛链"));
        assertThat(chain).containsText("Profits declining → CFO");
        assertThat(second.getByLabel("疼痛链，第 2 项")).isVisible();
        Browser.screenshot(second, "board-zh-pain-chain");

        Page phone = browser.newPage(390, 844, "zh-CN");
        phone.context().addCookies(List.of(new Cookie("ssm-device", hao.value()).setUrl(url("/"))));
        phone.navigate(url("/board"));
        assertThat(phone.getByLabel("疼痛链，第 2 项")).isVisible();
        Browser.screenshot(phone, "phone-zh-board");

        second.reload();
        assertThat(second.getByRole(AriaRole.IMG).filter(new Locator.FilterOptions().setHasText("疼痛链")))
                .containsText("Profits declining → CFO");
        Browser.screenshot(first, "board-en-pain-chain");

        Page projector = instructor(1920, 1080, false);
        projector.navigate(
                url("/share/" + boards.boardOf(mei).orElseThrow().boardId().value()));
        assertThat(projector.getByRole(AriaRole.IMG).filter(new Locator.FilterOptions().setHasText("Pain chain")))
                .containsText("Profits declining → CFO");
        Browser.screenshot(projector, "projector-en-share");
    }

    @Test
    void theOrgMapReadsAtAGlance() {
        steering.openExercise(workshop, "ex5", Set.of());
        Page page = tablet(mei, false);
        String[][] people = {
            {"Wolfgang Overall", "CEO", ""},
            {"Yoshi Goto", "COO", "Wolfgang Overall"},
            {"Sarah Updown", "VP Sales and Marketing", "Yoshi Goto"}
        };
        for (int i = 0; i < people.length; i++) {
            page.getByRole(AriaRole.BUTTON, named("Add to Key people")).click();
            Locator entry = page.getByLabel("Key people, entry " + (i + 1));
            fill(page, entry, "Name", people[i][0]);
            fill(page, entry, "Title", people[i][1]);
            if (!people[i][2].isEmpty()) {
                entry.getByLabel("Reports to", new Locator.GetByLabelOptions().setExact(true))
                        .first()
                        .click();
                page.getByRole(AriaRole.OPTION, named(people[i][2])).click();
            }
        }
        Locator map = page.getByRole(AriaRole.TREE, new Page.GetByRoleOptions().setName("Org relationship map"));
        Locator yoshi = map.getByRole(AriaRole.TREEITEM, new Locator.GetByRoleOptions().setName("Yoshi Goto"));
        assertThat(yoshi.getByRole(AriaRole.TREEITEM, new Locator.GetByRoleOptions().setName("Sarah Updown")))
                .isVisible();
        page.evaluate("document.querySelector('.org-map-diagram').scrollIntoView()");
        Browser.screenshot(page, "board-en-org-map");
    }

    @Test
    void aPainFromThePainChainIsCopiedOntoThePainSheetInOneTap() {
        steering.openExercise(workshop, "ex4", Set.of());
        BoardId chain = boards.boardOf(mei).orElseThrow().boardId();
        BoardItemId cfo = boards.addItem(mei, chain, "pain-chain");
        boards.edit(mei, chain, cfo, "title", "CFO", 0);
        boards.edit(mei, chain, cfo, "pain", "Profits declining", 0);
        boards.edit(mei, chain, cfo, "reason1", "Costs keep rising", 0);
        steering.openExercise(workshop, "ex6", Set.of());
        Page page = tablet(hao, true);
        page.getByRole(AriaRole.BUTTON, named("复制到原因与对应的业务能力")).click();
        Locator reason = page.getByLabel("原因与对应的业务能力，第 1 项");
        assertThat(reason.getByLabel("原因", new Locator.GetByLabelOptions().setExact(true))
                        .first())
                .hasValue("Costs keep rising");
        page.getByRole(AriaRole.BUTTON, named("复制到痛")).click();
        assertThat(page.getByLabel("谁的痛", EXACT).first()).hasValue("CFO");
        page.evaluate("document.querySelector('.board-carried').scrollIntoView()");
        Browser.screenshot(page, "board-zh-pain-sheet-copy");
    }

    @Test
    void theTabletShowsWhereTheExerciseStandsInTheMethodAndTheQuestionsToAskUnderMaterials() {
        steering.openExercise(workshop, "ex3", Set.of());
        Page page = tablet(hao, true);
        page.navigate(url("/table"));
        assertThat(page.locator(".exercise-place")).containsText("阶段：SSM阶段1：建立关系");
        assertThat(page.locator(".exercise-place")).containsText("销售管道里程碑：发现");
        assertThat(page.getByText("阅读Homebody 电器公司案例学生散页")).isVisible();
        Browser.screenshot(page, "tablet-zh-ex3-place");
        page.getByRole(AriaRole.TAB, named("资料")).click();
        assertThat(page.getByRole(AriaRole.REGION, named("客户采取迫切行动的理由"))).containsText("客户作出决策的时间截点是何时？");
        Browser.screenshot(page, "tablet-zh-ex3-materials");
        Page projector = browser.newPage(1920, 1080, "en-GB");
        projector.context().addCookies(List.of(new Cookie("ssm-device", mei.value()).setUrl(url("/"))));
        projector.navigate(url("/table"));
        assertThat(projector.locator(".exercise-place")).containsText("Pipeline milestone: Discovered");
        Browser.screenshot(projector, "wide-en-ex3-place");
    }
}
