package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;

/**
 * In exercise 10 a table negotiates with the computer Yoshi on a 1024×768 tablet, in Chinese: a first package is
 * rejected in Yoshi's voice, a second one (an option typed, a trade, a criterion) is accepted, and the table reads
 * its end card; the instructor's console lists the negotiation with its outcome.
 */
class NegotiationBrowserTest extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTableNegotiatesWithTheComputerCustomerInChineseAndReadsItsEndCard() {
        Instructor.signIn();
        WorkshopId workshop = workshops.create(
                new NewWorkshop("上海班", LocalDate.of(2026, 12, 7), "homebody", LocalizedText.CHINESE, List.of("第1桌")),
                "lee");
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        Page tablet = tablet(url("/join/" + code), "美", "第1桌（已有 0 人）", true);
        steering.openExercise(workshop, "ex10", Set.of());

        tablet.getByRole(AriaRole.LINK, named("与电脑扮演的客户谈判")).click();
        tablet.getByRole(AriaRole.BUTTON, named("作为本桌谈判")).click();
        Locator log = tablet.getByRole(AriaRole.LOG, named("与Yoshi Goto的谈判"));
        assertThat(log).containsText("你们拿下了这个单子");

        offer(tablet, "价格", "维持原报价");
        offer(tablet, "顾问人选", "由Lois Knight负责");
        offer(tablet, "软件运作效能", "以先前的成功案例为依据，不另作保证");
        tablet.getByRole(AriaRole.BUTTON, named("提出方案").setExact(true)).click();
        assertThat(log).containsText("这样不行。价格对我们来说太重要了");
        Browser.screenshot(tablet, "tablet-zh-negotiation");

        offer(tablet, "价格", "分期付款");
        offer(tablet, "顾问人选", "Lois Knight全职，加John的阶段性顾问时间");
        offer(tablet, "软件运作效能", "有上限的服务水平承诺");
        choose(tablet, "顾问人选的交换条件", "如果你们在软件运作效能上接受：有上限的服务水平承诺");
        tablet.getByLabel("我们依据的标准（可选）", EXACT).first().fill("投资回报");
        tablet.getByRole(AriaRole.BUTTON, named("提出方案").setExact(true)).click();

        Locator card = tablet.getByRole(AriaRole.REGION, named("谈判结果"));
        assertThat(card).containsText("双方达成了协议。");
        assertThat(card).containsText("Yoshi Goto：好，这个我可以接受。那我们就这么定了：价格：价格不变，按阶段交付分期付款");
        assertThat(card).containsText("对我方的价值：18（我方最佳替代方案：10）；对客户的价值：13（客户最佳替代方案：11）。");
        assertThat(card)
                .containsText("更好的交换：价格：价格不变，按阶段交付分期付款；顾问人选：Lois Knight全职，加John的阶段性顾问时间；"
                        + "软件运作效能：以先前的成功案例为依据，不另作保证。对我方价值19，对客户价值11");
        assertThat(card).containsText("✓ 利益而非立场：你们跨问题交换（1次），而不是逐个让步（0次）。");
        assertThat(card).containsText("✓ 相关标准：1个方案说明了所依据的标准。");
        Browser.screenshot(tablet, "tablet-zh-negotiation-end-card");

        Page console = instructor(1920, 1080, true);
        console.navigate(url("/workshops/" + workshop.value()));
        assertThat(console.locator(".negotiation-console")).containsText("第1桌全桌谈判（美发起） · 2轮 · 达成协议：对我方18，对客户13");
    }

    /** Types the option into the issue's field and confirms it, as a trainee does with any input method. */
    private static void offer(Page tablet, String issue, String option) {
        Locator field = tablet.getByLabel("我方在" + issue + "上的方案", EXACT).first();
        field.fill(option);
        field.press("Enter");
        assertThat(field).hasValue(option);
    }
}
