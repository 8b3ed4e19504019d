package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

/**
 * A trainee practises the interview with the computer Yoshi on a tablet, in Chinese (typed and sent with Enter,
 * which an input method still composing does not send) and in English, and gets a feedback card; the instructor's
 * console lists the session.
 */
class PracticeBrowserTest extends BrowserTest {

    @Autowired
    WorkshopService workshops;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTraineePractisesWithTheComputerYoshiInChineseAndGetsAFeedbackCard() {
        workshop = chineseWorkshop();
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        Page tablet = tablet(url("/join/" + code), "美", "第1桌（已有 0 人）", true);
        tablet.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("与电脑练习：Yoshi Goto · Sarah Updown · Boris Balance"))
                .click();
        assertThat(tablet.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("一次好的访谈应当了解到")))
                .containsText("谁负责这项方针");
        Browser.screenshot(tablet, "tablet-zh-practice-start");
        assertThat(tablet.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("选择练习对象")))
                .containsText("Sarah Updown");
        for (Locator radio :
                tablet.locator(".practice-choice vaadin-radio-button").all()) {
            org.assertj.core.api.Assertions.assertThat(radio.boundingBox().height)
                    .as("each persona to choose is a 44px target on the tablet")
                    .isGreaterThanOrEqualTo(44);
        }
        tablet.getByRole(AriaRole.BUTTON, named("独自练习")).click();
        Locator log = tablet.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("与Yoshi Goto的对话"));
        assertThat(log).containsText("我给你二十分钟");

        Locator question = tablet.getByLabel("你的问题", EXACT).first();
        question.fill("公司今后几年想往哪里走?");
        question.press("Enter");
        assertThat(log).containsText("夺回市场份额", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        question.fill("谁负责");
        question.dispatchEvent("keydown", java.util.Map.of("key", "Enter", "isComposing", true, "bubbles", true));
        question.fill("为什么这件事必须现在就做?");
        tablet.getByRole(AriaRole.BUTTON, named("提问").setExact(true)).click();
        assertThat(log).containsText("分析家");
        assertThat(tablet.locator(".discovery-figure")).hasText("27% · 已发现2/12项 · 已提问2个");
        Browser.screenshot(tablet, "tablet-zh-practice-chat");

        tablet.getByRole(AriaRole.BUTTON, named("结束访谈")).click();
        Locator card = tablet.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("访谈反馈"));
        assertThat(card).containsText("已发现（2）");
        assertThat(card).containsText("未发现（10）");
        assertThat(card).containsText("可以试试（诊断原因 · 开放式问题）：这项方针由谁来负责推动？");
        assertThat(card).containsText("你问的是：“为什么这件事必须现在就做?”");
        assertThat(tablet.locator(".practice-history")).containsText("与Yoshi Goto：共1次");
        Browser.screenshot(tablet, "tablet-zh-practice-feedback");

        Page console = instructor(1920, 1080, true);
        console.navigate(url("/workshops/" + workshop.value()));
        console.locator(".practice-sessions a").first().click();
        assertThat(console.locator(".practice-transcript")).containsText("美: 公司今后几年想往哪里走?");
        Browser.screenshot(console, "projector-zh-practice-record");
    }

    @Test
    void anEnglishClassPractisesAndTheConsoleListsTheSession() {
        Instructor.signIn();
        WorkshopId workshop = workshops.create(
                new NewWorkshop(
                        "London class", LocalDate.of(2026, 12, 5), "homebody", Locale.ENGLISH, List.of("Table 1")),
                "lee");
        String code = workshops.snapshot(workshop).workshop().joinCode().display();
        Page tablet = tablet(url("/join/" + code), "Sam", "Table 1 (0 seated)", false);
        tablet.navigate(url("/practice"));
        tablet.getByRole(AriaRole.BUTTON, named("Practise as our table")).click();
        Locator question = tablet.getByLabel("Your question", EXACT).first();
        for (String asked : List.of(
                "What is the big picture for the company from here?",
                "Our sensors are the most accurate on the market.",
                "Who is accountable for it?")) {
            question.fill(asked);
            question.press("Enter");
            // The first answer may wait for the language model to load on a busy machine.
            assertThat(tablet.locator(".chat-question").last())
                    .containsText(asked, new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        }
        assertThat(tablet.getByRole(AriaRole.LOG)).containsText("Hold on before you present your product");
        Browser.screenshot(tablet, "tablet-en-practice-chat");
        tablet.getByRole(AriaRole.BUTTON, named("End the interview")).click();
        assertThat(tablet.locator(".practice-feedback")).containsText("Missed (10)");
        Browser.screenshot(tablet, "tablet-en-practice-feedback");

        Page console = instructor(1920, 1080, false);
        console.navigate(url("/workshops/" + workshop.value()));
        assertThat(console.locator(".practice-console"))
                .containsText("Table 1 as a table (started by Sam) with Yoshi Goto · 23% · 3 questions");
        Browser.screenshot(console, "projector-en-console-practice");
    }

    private WorkshopId workshop;

    private WorkshopId chineseWorkshop() {
        Instructor.signIn();
        return workshops.create(
                new NewWorkshop(
                        "上海班", LocalDate.of(2026, 12, 5), "homebody", LocalizedText.CHINESE, List.of("第1桌", "第2桌")),
                "lee");
    }
}
