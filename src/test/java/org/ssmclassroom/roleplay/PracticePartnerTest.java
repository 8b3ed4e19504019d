package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.ScenarioPack;

class PracticePartnerTest {

    private static PracticePartner english;
    private static PracticePartner chinese;

    @BeforeAll
    static void yoshi() {
        ScenarioPack homebody = PracticeCommand.pack("homebody", "scenarios").orElseThrow();
        english = PracticePartner.of(homebody, Locale.ENGLISH).orElseThrow();
        chinese = PracticePartner.of(homebody, LocalizedText.CHINESE).orElseThrow();
    }

    @Test
    void aFollowUpGetsTheNextLayerAndARepeatGetsAsISaid() {
        PracticePartner.Conversation talk = english.start();

        assertThat(talk.ask("Who will own that initiative?").answer()).startsWith("Sarah Updown");
        PracticePartner.Reply deeper = talk.ask("Could you tell me more?");
        assertThat(deeper.answer()).isEqualTo("So far there is no action plan for it.");
        assertThat(deeper.targets()).containsExactly("no-action-plan");
        PracticePartner.Reply again = talk.ask("Who owns it?");
        assertThat(again.answer()).startsWith("As I said: Sarah Updown");
        assertThat(again.targets()).containsExactlyInAnyOrder("owner", "no-action-plan");
    }

    @Test
    void aYesOrNoQuestionGetsAShortAnswer() {
        PracticePartner.Reply reply = chinese.start().ask("现在已经有行动方案了吗?");

        assertThat(reply.kind()).isEqualTo(QuestionKind.CONTROL);
        assertThat(reply.answer()).isEqualTo("没有，还没有行动方案。");
        assertThat(reply.targets()).containsExactly("no-action-plan");
    }

    @Test
    void aYesOrNoQuestionTypedWithAChineseQuestionMarkGetsAShortAnswerToo() {
        PracticePartner.Reply reply = chinese.start().ask("现在已经有行动方案了吗？");

        assertThat(reply.kind()).isEqualTo(QuestionKind.CONTROL);
        assertThat(reply.answer()).isEqualTo("没有，还没有行动方案。");
    }

    @Test
    void aConfirmingQuestionIsToldApartFromAnOpenOne() {
        assertThat(english.start()
                        .ask("So you're saying Sarah owns it, is that right?")
                        .kind())
                .isEqualTo(QuestionKind.CONFIRM);
        assertThat(chinese.start().ask("你们未来三年的战略方向是什么?").kind()).isEqualTo(QuestionKind.OPEN);
    }

    @Test
    void aPitchIsTurnedBackAndSmallTalkSteeredBackWithoutATarget() {
        PracticePartner.Reply pitch = english.start().ask("Our CRM suite has the best analytics on the market.");
        assertThat(pitch.kind()).isEqualTo(QuestionKind.PITCH);
        assertThat(pitch.answer()).contains("Tell me first how you understand our business");
        assertThat(pitch.targets()).isEmpty();

        PracticePartner.Reply chat = chinese.start().ask("昨天的篮球赛您看了吗?");
        assertThat(chat.kind()).isEqualTo(QuestionKind.OFFTOPIC);
        assertThat(chat.answer()).startsWith("我的时间不多");
    }

    @Test
    void aQuestionNoFactAnswersGetsNoInventedAnswer() {
        PracticePartner.Reply reply = english.start().ask("How many people work in your Osaka research lab?");

        assertThat(reply.targets()).isEmpty();
        assertThat(reply.answer()).startsWith("I can't answer that one now");
    }

    @Test
    void theCompellingReasonIsToldWhenAskedWhyNow() {
        PracticePartner.Reply reply = chinese.start().ask("为什么这件事必须现在就做?");

        assertThat(reply.targets()).containsExactly("compelling-reason");
        assertThat(reply.answer()).contains("分析家");
    }

    /** The feedback card suggests each target's sample question for a missed target: it must really find it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"homebody", "freshway"})
    void everyTargetsSampleQuestionFindsItInBothLanguages(String caseId) {
        ScenarioPack pack = PracticeCommand.pack(caseId, "scenarios").orElseThrow();
        java.util.List<String> misses = new java.util.ArrayList<>();
        for (Locale locale : java.util.List.of(Locale.ENGLISH, LocalizedText.CHINESE)) {
            PracticePartner partner = PracticePartner.of(pack, locale).orElseThrow();
            for (var target : pack.caseData().orElseThrow().interview().targets()) {
                String question = target.sample().question().in(locale);
                if (!partner.start().ask(question).targets().contains(target.id())) {
                    misses.add(locale + " " + target.id() + ": " + question);
                }
            }
        }
        assertThat(misses).isEmpty();
    }
}
