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
        assertThat(again.line()).isEqualTo(PracticePartner.Line.REPEAT);
        assertThat(again.targets()).containsExactlyInAnyOrder("owner", "no-action-plan");
    }

    @Test
    void aPoliteRequestIsAnOpenQuestionAndGetsTheFullAnswerInChinese() {
        PracticePartner.Reply reply = chinese.start().ask("请问您方便介绍一下公司未来几年的发展方向吗？");

        assertThat(reply.kind()).isEqualTo(QuestionKind.OPEN);
        assertThat(reply.line()).isEqualTo(PracticePartner.Line.FACT);
        assertThat(reply.answer()).isEqualTo("未来一到三年，我们要夺回市场份额、重建客户忠诚度。");
        assertThat(chinese.start().ask("能不能说说你们现在遇到的最大困难？").answer()).isEqualTo("我的痛是业务收入不断降低。");
    }

    @Test
    void aPoliteRequestIsAnOpenQuestionAndGetsTheFullAnswerInEnglish() {
        PracticePartner.Reply reply = english.start().ask("Could you tell me about where the company is heading?");
        assertThat(reply.kind()).isEqualTo(QuestionKind.OPEN);
        assertThat(reply.answer()).startsWith("Over the next one to three years");

        PracticePartner.Reply plans = english.start().ask("Would you mind walking me through your main initiatives?");
        assertThat(plans.kind()).isEqualTo(QuestionKind.OPEN);
        assertThat(plans.answer()).startsWith("We have six key business initiatives.");
    }

    @Test
    void aYesOrNoQuestionIsControlAndASummaryPutBackIsConfirmAsTheNineBlockModelDefinesThem() {
        assertThat(chinese.start().ask("你们有预算吗？").kind()).isEqualTo(QuestionKind.CONTROL);
        assertThat(chinese.start().ask("能说说你们是否有预算吗？").kind()).isEqualTo(QuestionKind.CONTROL);
        assertThat(chinese.start().ask("所以收入在下降是您最大的痛，对吗？").kind()).isEqualTo(QuestionKind.CONFIRM);
        assertThat(english.start().ask("Is there a budget for this?").kind()).isEqualTo(QuestionKind.CONTROL);
        assertThat(english.start()
                        .ask("Could you tell me whether there is a budget?")
                        .kind())
                .isEqualTo(QuestionKind.CONTROL);
        assertThat(english.start()
                        .ask("So you mean revenue keeps falling, right?")
                        .kind())
                .isEqualTo(QuestionKind.CONFIRM);
    }

    @Test
    void aFollowUpGetsTheNextLayerOfTheFactJustToldOrNothingMoreInChinese() {
        PracticePartner.Conversation talk = chinese.start();
        talk.ask("未来一到三年，你们的战略方向是什么？");

        PracticePartner.Reply next = talk.ask("后来呢？");
        assertThat(next.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(next.answer()).startsWith("十年前我们是业界的领袖");
        for (String followUp : java.util.List.of("接着说", "能展开讲讲吗？", "还有呢？")) {
            PracticePartner.Reply none = talk.ask(followUp);
            assertThat(none.line()).as(followUp).isEqualTo(PracticePartner.Line.NOTHING_MORE);
            assertThat(none.answer()).isEqualTo("关于这一点，我能说的就这些了。");
            assertThat(none.targets()).isEmpty();
        }
    }

    @Test
    void aFollowUpGetsTheNextLayerOfTheFactJustToldOrNothingMoreInEnglish() {
        PracticePartner.Conversation talk = english.start();
        talk.ask("Who owns this initiative?");

        PracticePartner.Reply next = talk.ask("And?");
        assertThat(next.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(next.targets()).containsExactly("no-action-plan");
        for (String followUp : java.util.List.of("Please go on", "Tell me more")) {
            assertThat(talk.ask(followUp).line()).as(followUp).isEqualTo(PracticePartner.Line.NOTHING_MORE);
        }
    }

    @Test
    void aBareWhyAsksAboutWhatWasJustSaidAndNeverOpensTheGuardedFact() {
        for (PracticePartner partner : java.util.List.of(chinese, english)) {
            boolean zh = partner == chinese;
            String why = zh ? "为什么？" : "Why?";
            PracticePartner.Conversation talk = partner.start();
            PracticePartner.Reply first = talk.ask(why);
            assertThat(first.line()).isEqualTo(PracticePartner.Line.UNKNOWN);
            assertThat(first.targets()).isEmpty();

            talk.ask(zh ? "最让你担心的是什么？" : "What concerns you the most?");
            PracticePartner.Reply reason = talk.ask(why);
            assertThat(reason.line()).isEqualTo(PracticePartner.Line.MORE);
            assertThat(reason.targets()).containsExactly("pain");
            PracticePartner.Reply nothing = talk.ask(zh ? "那为什么呢？" : "And why is that?");
            assertThat(nothing.line()).isEqualTo(PracticePartner.Line.NOTHING_MORE);
            assertThat(nothing.targets()).doesNotContain("compelling-reason");
        }
    }

    @Test
    void theCompellingReasonIsToldWhenAskedWhyNowInEnglishToo() {
        PracticePartner.Reply reply = english.start().ask("Why does this have to happen now?");

        assertThat(reply.targets()).containsExactly("compelling-reason");
        assertThat(reply.answer()).contains("analysts' meeting");
    }

    @Test
    void theSameQuestionTwiceOrAParaphraseOfAToldFactGetsTheRepeatLine() {
        PracticePartner.Conversation zh = chinese.start();
        zh.ask("最让你担心的是什么？");
        PracticePartner.Reply again = zh.ask("最让你担心的是什么？");
        assertThat(again.line()).isEqualTo(PracticePartner.Line.REPEAT);
        assertThat(again.answer()).isEqualTo("我刚才说过了： 我的痛是业务收入不断降低。");
        assertThat(zh.ask("你现在最头疼的是什么？").line()).isEqualTo(PracticePartner.Line.REPEAT);
        assertThat(zh.ask("这方面有预算吗？").line()).isEqualTo(PracticePartner.Line.SHORT);
        PracticePartner.Reply shortAgain = zh.ask("你们有预算吗？");
        assertThat(shortAgain.line()).isEqualTo(PracticePartner.Line.REPEAT);
        assertThat(shortAgain.answer()).isEqualTo("我刚才说过了： 预算很紧，投资必须能证明回报。");

        PracticePartner.Conversation en = english.start();
        en.ask("Have you lost any important customers lately?");
        PracticePartner.Reply twice = en.ask("Have you lost any important customers lately?");
        assertThat(twice.line()).isEqualTo(PracticePartner.Line.REPEAT);
        assertThat(twice.answer()).startsWith("As I said: Yes, we lost a major retailer.");
    }

    @Test
    void aTwoPartQuestionGetsBothPartsInChineseAndEnglish() {
        PracticePartner.Reply zh = chinese.start().ask("最关键的方针是什么？由谁负责？");
        assertThat(zh.targets()).contains("critical-initiative", "owner");
        assertThat(zh.answer()).contains("客户关系管理").contains("Sarah Updown");

        PracticePartner.Reply en = english.start().ask("What's the key initiative, and who owns it?");
        assertThat(en.targets()).contains("critical-initiative", "owner");
        assertThat(en.answer()).contains("customer relationship management").contains("Sarah Updown");
    }

    @Test
    void aTwoPartQuestionWhosePartNoFactAnswersGetsTheOtherPartAndAHint() {
        PracticePartner.Reply zh = chinese.start().ask("这项方针由谁负责？你们大阪研究所的年度专利数量是多少？");
        assertThat(zh.targets()).containsExactly("owner");
        assertThat(zh.answer()).startsWith("Sarah Updown").endsWith("或者我们遇到的问题。");

        PracticePartner.Reply en =
                english.start().ask("Who owns this initiative, and how many patents did your Osaka lab file?");
        assertThat(en.targets()).containsExactly("owner");
        assertThat(en.answer()).startsWith("Sarah Updown").contains("I can't answer that one now.");
    }

    /** A session resumed on another node or after a restart asks its stored questions again: the same context. */
    @Test
    void aConversationRebuiltFromItsQuestionsAnswersTheNextOneTheSame() {
        java.util.List<String> stored = java.util.List.of("这项方针由谁负责？", "后来呢？", "最让你担心的是什么？");
        PracticePartner.Conversation live = chinese.start();
        stored.forEach(live::ask);
        PracticePartner.Conversation rebuilt = chinese.start();
        stored.forEach(rebuilt::ask);

        for (String next : java.util.List.of("为什么？", "这项方针由谁负责？", "还有呢？")) {
            assertThat(rebuilt.ask(next)).as(next).isEqualTo(live.ask(next));
        }
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

        assertThat(PracticeCommand.samplesNotUncovering(pack)).isEmpty();
    }

    @Test
    void aSampleQuestionThatDoesNotUncoverItsTargetIsAProblemNamingTheFileAndField() {
        ScenarioPack pack = PracticeCommand.pack("homebody", "scenarios").orElseThrow();
        var interview = pack.caseData().orElseThrow().interview();
        var wrong = new java.util.ArrayList<>(interview.targets());
        var owner = wrong.get(3);
        wrong.set(
                3,
                new org.ssmclassroom.scenario.CaseFile.Target(
                        owner.id(),
                        owner.weight(),
                        owner.label(),
                        owner.criterion(),
                        owner.when(),
                        new org.ssmclassroom.scenario.CaseFile.Sample(
                                "R", "open", new LocalizedText("今天天气怎么样？", "How is the weather today?")),
                        owner.origin()));
        ScenarioPack broken = withTargets(pack, wrong);

        assertThat(PracticeCommand.samplesNotUncovering(broken))
                .hasSize(2)
                .allMatch(p -> p.startsWith("case.yaml /interview/targets/3/sample/question (")
                        && p.contains("does not uncover target 'owner'"));
    }

    private static ScenarioPack withTargets(
            ScenarioPack pack, java.util.List<org.ssmclassroom.scenario.CaseFile.Target> targets) {
        var c = pack.caseData().orElseThrow();
        var i = c.interview();
        var interview = new org.ssmclassroom.scenario.CaseFile.Interview(
                i.exercise(),
                i.persona(),
                i.salesBrief(),
                i.personaBrief(),
                i.update(),
                i.handout(),
                i.playedBy(),
                i.observedBy(),
                i.style(),
                targets,
                i.facts());
        var caseFile = new org.ssmclassroom.scenario.CaseFile(
                c.company(),
                c.people(),
                c.painChains(),
                c.initiatives(),
                c.alignment(),
                c.documents(),
                interview,
                c.personas(),
                c.negotiation(),
                c.modelAnswers(),
                c.materials());
        return new ScenarioPack(pack.manifest(), pack.method(), caseFile, pack.documents());
    }

    @Test
    void aBusinessSayingIsUnderstoodByWhatItMeansInBothLanguages() {
        assertThat(QuestionForms.of(Locale.ENGLISH).plain("What keeps you up at night?"))
                .isEqualTo("What worries you most?");
        assertThat(QuestionForms.of(LocalizedText.CHINESE).plain("CRM的owner是谁")).isEqualTo("CRM的负责人是谁");
        assertThat(QuestionForms.of(LocalizedText.CHINESE).plain("the owner")).isEqualTo("the 负责人");
        assertThat(QuestionForms.of(Locale.ENGLISH).plain("Who is the ownership lead?"))
                .as("as whole words only")
                .isEqualTo("Who is the ownership lead?");

        PracticePartner.Reply worry = english.start().ask("What keeps you up at night?");
        assertThat(worry.line()).isEqualTo(PracticePartner.Line.FACT);
        assertThat(worry.targets()).containsExactly("pain");
        assertThat(chinese.start().ask("那眼下最让您睡不着觉的是什么事").targets()).containsExactly("pain");
        assertThat(chinese.start().ask("CRM这块的owner是谁").answer()).startsWith("Sarah Updown");
    }

    @Test
    void aQuestionForAPersonPrefersTheFactThatNamesOneInACloseCall() {
        assertThat(QuestionForms.of(Locale.ENGLISH).intentsOf("ok, and who's driving it?"))
                .containsExactly("person");
        assertThat(QuestionForms.of(LocalizedText.CHINESE).intentsOf("什么时候上线？")).containsExactly("time");
        assertThat(QuestionForms.of(Locale.ENGLISH).intentsOf("What is the plan?"))
                .isEmpty();

        PracticePartner.Reply owner = english.start().ask("ok, and who is driving the most critical one?");
        assertThat(owner.targets()).containsExactly("owner");
        assertThat(english.start().ask("Which one is the most critical?").targets())
                .containsExactly("critical-initiative");
    }

    @Test
    void aWhyWithTimePressureAsksWhyNowAndOpensTheGuardedFact() {
        assertThat(QuestionForms.of(Locale.ENGLISH).asksWhyNow("Why does it have to be done before the peak?"))
                .isTrue();
        assertThat(QuestionForms.of(Locale.ENGLISH).asksWhyNow("Why are there so many returns?"))
                .isFalse();
        assertThat(QuestionForms.of(LocalizedText.CHINESE).asksWhyNow("为啥这么着急")).isTrue();

        assertThat(chinese.start().ask("为啥这么着急").targets()).containsExactly("compelling-reason");
        assertThat(chinese.start().ask("为啥？").line()).isEqualTo(PracticePartner.Line.UNKNOWN);
    }

    @Test
    void aWhyAnsweredByWhatTheFactSaysNextGetsItsNextLayerInBothLanguages() {
        PracticePartner.Conversation talk = english.start();
        talk.ask("Who owns this initiative?");
        PracticePartner.Reply why = talk.ask("Why is there no action plan yet?");
        assertThat(why.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(why.targets()).containsExactly("no-action-plan");

        PracticePartner.Conversation chat = chinese.start();
        chat.ask("这项方针由谁负责？");
        PracticePartner.Reply zh = chat.ask("为什么还没有行动方案？");
        assertThat(zh.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(zh.targets()).containsExactly("no-action-plan");
    }

    @Test
    void talkOfLifeOutsideWorkIsSmallTalkEvenWhenItEchoesAFactsWord() {
        assertThat(english.start().ask("Have a good weekend planned?").line()).isEqualTo(PracticePartner.Line.OFFTOPIC);
        assertThat(chinese.start().ask("周末有什么计划吗？").line()).isEqualTo(PracticePartner.Line.OFFTOPIC);
        assertThat(english.start().ask("What are your plans for this year?").line())
                .isEqualTo(PracticePartner.Line.FACT);
    }

    @Test
    void aComparisonOrAWhyPointingBackAsksAboutWhatWasJustSaidInBothLanguages() {
        PracticePartner.Conversation zh = chinese.start();
        zh.ask("您现在最大的困难是什么？");
        PracticePartner.Reply compared = zh.ask("这个和同行比呢？");
        assertThat(compared.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(compared.answer()).startsWith("去年销售额持平在26亿美元");

        PracticePartner.Conversation en = english.start();
        en.ask("What is your biggest problem?");
        PracticePartner.Reply driving = en.ask("What's driving that?");
        assertThat(driving.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(driving.answer()).startsWith("Sales were flat at US$2.6 billion");
    }

    @Test
    void aWhyThatDoesNotAskWhyNowNeverOpensTheGuardedFactInBothLanguages() {
        assertThat(chinese.start().ask("为啥这么定呢？").targets()).doesNotContain("compelling-reason");
        assertThat(english.start().ask("What's causing that?").targets()).doesNotContain("compelling-reason");
        assertThat(chinese.start().ask("为什么非得在这个时间点上做？").targets()).containsExactly("compelling-reason");
        assertThat(english.start()
                        .ask("Why does it have to be done this quarter?")
                        .targets())
                .containsExactly("compelling-reason");
    }

    @Test
    void aChineseYesOrNoAskedAsANotAIsControlUnlessAQuestionWordAsksForMore() {
        assertThat(chinese.start().ask("你们的IT团队稳不稳定？").kind()).isEqualTo(QuestionKind.CONTROL);
        assertThat(chinese.start().ask("数据放云上你们能接受不？").kind()).isEqualTo(QuestionKind.CONTROL);
        assertThat(chinese.start().ask("接下来还想拓展点啥新业务不？").kind()).isEqualTo(QuestionKind.OPEN);
    }

    @Test
    void aStatementNamingOurSolutionIsAPitchInBothLanguages() {
        assertThat(chinese.start().ask("我们的智慧零售方案在好几家大公司都上线了，效果特别好。").line()).isEqualTo(PracticePartner.Line.PITCH);
        assertThat(english.start()
                        .ask("Our loyalty platform has been rolled out at three big retailers.")
                        .line())
                .isEqualTo(PracticePartner.Line.PITCH);
    }

    @Test
    void aFollowUpThatOnlyRetellsWhatWasUncoveredGetsNothingMore() {
        PracticePartner.Conversation talk = english.start();
        talk.ask("What is your biggest problem?");
        talk.ask("Tell me more");
        PracticePartner.Reply more = talk.ask("Anything else about that?");
        assertThat(more.line()).isEqualTo(PracticePartner.Line.NOTHING_MORE);
    }

    @Test
    void askingAgainGetsTheRepeatLineInBothLanguages() {
        PracticePartner.Conversation en = english.start();
        en.ask("Who owns the CRM initiative?");
        PracticePartner.Reply again = en.ask("Sorry, remind me, who is responsible for it?");
        assertThat(again.line()).isEqualTo(PracticePartner.Line.REPEAT);

        PracticePartner.Conversation zh = chinese.start();
        zh.ask("CRM这个方针由谁负责？");
        assertThat(zh.ask("您刚才说这个是谁负责来着？").line()).isEqualTo(PracticePartner.Line.REPEAT);
    }

    @Test
    void whatHappensIfItWaitsAsksWhyNow() {
        assertThat(english.start()
                        .ask("What happens if you push it back to next year?")
                        .targets())
                .containsExactly("compelling-reason");
        assertThat(chinese.start().ask("这件事要是往后推一推，会有什么后果？").targets()).containsExactly("compelling-reason");
    }

    @Test
    void aSummaryAfterAnAcknowledgementIsStillConfirm() {
        assertThat(chinese.start().ask("明白了，所以收入在下降是您最大的痛，是吧？").kind()).isEqualTo(QuestionKind.CONFIRM);
        assertThat(english.start()
                        .ask("I see, so revenue keeps falling, right?")
                        .kind())
                .isEqualTo(QuestionKind.CONFIRM);
    }

    @Test
    void aQuestionIsPutAsItsOwnWordsPutItAfterAStatementOrWithinMayIAsk() {
        assertThat(english.start()
                        .ask("Let's get into it. Do you have a budget for this?")
                        .kind())
                .isEqualTo(QuestionKind.CONTROL);
        assertThat(english.start()
                        .ask("Could I ask what your priorities are this year?")
                        .kind())
                .isEqualTo(QuestionKind.OPEN);
        assertThat(english.start().ask("May I ask whether there is a budget?").kind())
                .isEqualTo(QuestionKind.CONTROL);
        assertThat(chinese.start().ask("您现在最大的难处是啥子嘛？").kind()).isEqualTo(QuestionKind.OPEN);
        assertThat(chinese.start().ask("你们的收入现在稳定马？").kind()).isEqualTo(QuestionKind.CONTROL);
    }

    @Test
    void aJudgementOfWhatWasJustSaidAgainstTheIndustryIsAFollowUpInBothLanguages() {
        PracticePartner.Conversation en = english.start();
        en.ask("What is your biggest problem?");
        assertThat(en.ask("Is that a lot for the industry?").line()).isEqualTo(PracticePartner.Line.MORE);

        PracticePartner.Conversation zh = chinese.start();
        zh.ask("您现在最大的困难是什么？");
        assertThat(zh.ask("这个在业内算严重的吗？").line()).isEqualTo(PracticePartner.Line.MORE);

        assertThat(english.start().ask("Your revenue, it is falling or not?").kind())
                .isEqualTo(QuestionKind.CONTROL);
    }

    @Test
    void aShortWhyWithNoTopicOfItsOwnAsksAboutWhatWasJustSaidInBothLanguages() {
        PracticePartner.Conversation zh = chinese.start();
        zh.ask("你们现在最头疼的是什么？");
        PracticePartner.Reply fell = zh.ask("为啥降了？");
        assertThat(fell.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(fell.answer()).isEqualTo("去年销售额持平在26亿美元，原因是市场份额减少了15%。");

        PracticePartner.Conversation en = english.start();
        en.ask("Who will own that initiative?");
        PracticePartner.Reply her = en.ask("Why her?");
        assertThat(her.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(her.targets()).containsExactly("no-action-plan");
    }

    @Test
    void aWordOfSmallTalkInAClearBusinessQuestionLeavesItABusinessQuestion() {
        PracticePartner.Reply weekend = chinese.start().ask("你们周末门店的销售额也在降吗？");

        assertThat(weekend.line()).isEqualTo(PracticePartner.Line.SHORT);
        assertThat(weekend.targets()).containsExactly("pain");
    }

    @Test
    void aSummaryPutBackIsNeverSteeredAwayAsSmallTalk() {
        PracticePartner.Conversation talk = english.start();
        talk.ask("What is your biggest pain?");
        PracticePartner.Reply summary =
                talk.ask("So revenue keeps falling and the weekend is no better — is that right?");

        assertThat(summary.kind()).isEqualTo(QuestionKind.CONFIRM);
        assertThat(summary.targets()).containsExactly("pain");
    }

    @Test
    void aQuestionAfterADashThatOnlyOpensTheTurnIsPutAsItself() {
        assertThat(QuestionForms.of(Locale.ENGLISH).form("Anyway — do you have a budget for it?"))
                .isEqualTo(QuestionKind.CONTROL);
        assertThat(QuestionForms.of(Locale.ENGLISH).form("OK -- do your systems talk to each other?"))
                .isEqualTo(QuestionKind.CONTROL);
    }

    @Test
    void aParaphraseJustShortOfTheThresholdIsAnsweredWhenOneFactStandsClearlyAhead() {
        assertThat(english.start()
                        .ask("Which of your vice presidents will carry this?")
                        .targets())
                .containsExactly("owner");
        assertThat(chinese.start().ask("伦敦人家里的电视机出了毛病，你们照顾得怎么样？").targets()).containsExactly("service");
    }

    @Test
    void smallTalkIsNeverAnsweredOnAFactsLeadAlone() {
        PracticePartner partner = freshway(Locale.ENGLISH);

        PracticePartner.Reply lake = partner.start()
                .ask("Is this your first winter in this office? The view of the lake from here is amazing.");
        assertThat(lake.targets()).isEmpty();
        assertThat(lake.line()).isEqualTo(PracticePartner.Line.OFFTOPIC);
    }

    @Test
    void askedWhatRanksFirstTheMostCriticalInitiativeAnswers() {
        assertThat(chinese.start().ask("今年排第一的是哪件事？").targets()).containsExactly("critical-initiative");
    }

    @Test
    void askedAgainAboutWhatAnotherAnswerToldTheRepeatLineSaysIt() {
        for (boolean zh : new boolean[] {true, false}) {
            PracticePartner.Conversation talk = (zh ? chinese : english).start();
            talk.ask(zh ? "今年有哪些关键方针？" : "What are your key business initiatives?");
            PracticePartner.Reply again =
                    talk.ask(zh ? "不好意思，刚才您说最关键的是哪项来着？" : "Sorry, which one did you say was the most critical?");
            assertThat(again.line()).as(zh ? "zh" : "en").isEqualTo(PracticePartner.Line.REPEAT);
            assertThat(again.targets()).contains("critical-initiative");
        }
    }

    @Test
    void aWhyNowOrAnotherPersonOfTheCaseNamedIsNeverSmallTalk() {
        PracticePartner partner = freshway(Locale.ENGLISH);

        assertThat(partner.start()
                        .ask("Why does it all have to be sorted this year? Is there a date you're working to?")
                        .targets())
                .containsExactly("compelling-reason");
        assertThat(partner.start()
                        .ask("Is Mr Zhou the one driving this, or is it you?")
                        .targets())
                .containsExactly("owner");
        assertThat(partner.start()
                        .ask("Hi Ms Chen, nice to meet you. How's your week been so far?")
                        .line())
                .as("the persona greeted by name")
                .isEqualTo(PracticePartner.Line.OFFTOPIC);
    }

    @Test
    void aMonthNamedPressesForTimeAndWhatHappensNextFollowsUp() {
        QuestionForms forms = QuestionForms.of(Locale.ENGLISH);
        assertThat(forms.asksWhyNow("Why does it need to be working by April?")).isTrue();
        assertThat(forms.isFollowUp("Okay, and what happens next with it?")).isTrue();
    }

    @Test
    void askedWhetherSomeoneIsInChargeTheOwnerAnswers() {
        PracticePartner partner = freshway(LocalizedText.CHINESE);

        assertThat(partner.start().ask("实时温度监控这件事是您亲自负责吗？").targets()).containsExactly("owner");
    }

    @Test
    void aStatementAskedWithoutInversionIsAYesOrNoQuestion() {
        QuestionForms forms = QuestionForms.of(Locale.ENGLISH);
        assertThat(forms.form("Patient data can go in the cloud?")).isEqualTo(QuestionKind.CONTROL);
        assertThat(forms.form("There is budget for a new project this year?")).isEqualTo(QuestionKind.CONTROL);
        assertThat(forms.form("Your priorities this year?")).isEqualTo(QuestionKind.OPEN);
        assertThat(forms.form("And the reason is what?")).isEqualTo(QuestionKind.OPEN);
    }

    @Test
    void aCountOfSomethingNoAnswerSpeaksOfGetsICannotSayInBothLanguages() {
        PracticePartner.Conversation zh =
                testCase("jinhe", LocalizedText.CHINESE).start();
        assertThat(zh.ask("你们集团一共有多少名医生？").line()).isEqualTo(PracticePartner.Line.UNKNOWN);
        PracticePartner.Conversation en = testCase("jinhe", Locale.ENGLISH).start();
        assertThat(en.ask("How many ambulances does the group run?").line()).isEqualTo(PracticePartner.Line.UNKNOWN);
        assertThat(en.ask("How many days do patients stay on average?").targets())
                .containsExactly("pain");
    }

    @Test
    void aMeasureOfTheCompanyNoAnswerSpeaksOfGetsICannotSayInBothLanguages() {
        PracticePartner.Conversation zh =
                testCase("lidya", LocalizedText.CHINESE).start();
        assertThat(zh.ask("那贵公司去年的利润率大概在什么水平呢？").line()).isEqualTo(PracticePartner.Line.UNKNOWN);
        PracticePartner.Conversation en = testCase("lidya", Locale.ENGLISH).start();
        assertThat(en.ask("What's Lidya's market share in Europe?").line()).isEqualTo(PracticePartner.Line.UNKNOWN);
        // Pointing back at what was just said, the measure compares it: the next layer, not "I can't say".
        en.ask("What's the biggest headache on the production side at the moment?");
        assertThat(en.ask("How much does that eat into your margins?").line())
                .isNotEqualTo(PracticePartner.Line.UNKNOWN);
        // Asking what drives a measure is not asking what it is.
        assertThat(testCase("lidya", Locale.ENGLISH)
                        .start()
                        .ask("What is driving the growth in revenue?")
                        .line())
                .isNotEqualTo(PracticePartner.Line.UNKNOWN);
    }

    @Test
    void afterTheShortLineAQuestionAboutWhatOnlyTheSecondLayerSaysGetsThatLayerInBothLanguages() {
        PracticePartner.Conversation zh =
                testCase("tumaini", LocalizedText.CHINESE).start();
        zh.ask("今年手头最要紧的是哪件事啊？");
        assertThat(zh.ask("那这个项目是您亲自抓吗？").line()).isEqualTo(PracticePartner.Line.SHORT);
        assertThat(zh.ask("预算那块要谁点头呢？").line()).isEqualTo(PracticePartner.Line.MORE);
        PracticePartner.Conversation en = testCase("tralca", Locale.ENGLISH).start();
        assertThat(en.ask("Is it you who leads the monitoring project?").line()).isEqualTo(PracticePartner.Line.SHORT);
        PracticePartner.Reply money = en.ask("Who approve the budget?");
        assertThat(money.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(money.answer()).contains("Felipe Soto");
    }

    @Test
    void proposingToPutItOffAsksWhyNowInBothLanguages() {
        PracticePartner.Conversation zh =
                testCase("tralca", LocalizedText.CHINESE).start();
        zh.ask("您好，咱们直接点吧，你们今年最重要的事是啥？");
        assertThat(zh.ask("那这个项目拖到明年做不行吗？").targets()).containsExactly("compelling-reason");
        PracticePartner.Conversation en = testCase("tralca", Locale.ENGLISH).start();
        en.ask("What is the most important project this year?");
        assertThat(en.ask("Can't it wait until next year?").targets()).containsExactly("compelling-reason");
    }

    @Test
    void whatFollowsIMeanIsTheQuestionInBothLanguages() {
        PracticePartner.Conversation zh =
                testCase("tralca", LocalizedText.CHINESE).start();
        zh.ask("你们公司以后打算咋发展呀？");
        assertThat(zh.ask("那钱从哪儿来呢，我是说增长靠啥？").targets()).containsExactly("growth");
        PracticePartner.Conversation en = testCase("tralca", Locale.ENGLISH).start();
        en.ask("What are your key projects this year?");
        assertThat(en.ask("Where does the money come from, I mean, where will the growth come from?")
                        .targets())
                .containsExactly("growth");
    }

    @Test
    void whatTheTraineeHeardFromSomeoneNamesTheTopicInBothLanguages() {
        PracticePartner.Conversation zh =
                testCase("tralca", LocalizedText.CHINESE).start();
        zh.ask("你们今年重点在推哪些项目？");
        assertThat(zh.ask("听说你们以前试过装摄像头，后来怎么样了？").targets()).containsExactly("past-attempt");
        PracticePartner.Conversation en = testCase("tralca", Locale.ENGLISH).start();
        en.ask("What are your key projects this year?");
        assertThat(en.ask("Great, thanks. Wu Hao told me you tried cameras before. What happened?")
                        .targets())
                .containsExactly("past-attempt");
    }

    @Test
    void aQuestionAfterSayingWhatComesLaterIsTheQuestion() {
        PracticePartner.Conversation en = testCase("tralca", Locale.ENGLISH).start();
        assertThat(en.ask("Carolina, I understand you run sea farming here. Before I ask about projects — what's the"
                                + " big picture for the company?")
                        .targets())
                .containsExactly("direction");
        // Asking what drives a measure, not what it is, is no question after an unspoken measure.
        assertThat(testCase("tralca", Locale.ENGLISH)
                        .start()
                        .ask("Beyond whole fish, what will bring the extra revenue in over the next years?")
                        .line())
                .isNotEqualTo(PracticePartner.Line.UNKNOWN);
    }

    @Test
    void askedInOneWordWhatTheNextLayerTellsInAnotherGoesOnInBothLanguages() {
        PracticePartner.Conversation zh =
                testCase("tralca", LocalizedText.CHINESE).start();
        assertThat(zh.ask("这个在线监测的项目是您亲自牵头吗？").line()).isEqualTo(PracticePartner.Line.SHORT);
        PracticePartner.Reply budget = zh.ask("那预算这块要经过谁批呢？"); // the layer says "钱要过财务总监"
        assertThat(budget.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(budget.targets()).containsExactly("owner");
        PracticePartner.Conversation en = testCase("vlietmond", Locale.ENGLISH).start();
        en.ask("Who takes the final decision on it?");
        assertThat(en.ask("And who control the budget side?").line()).isEqualTo(PracticePartner.Line.MORE);
    }

    @Test
    void aYesOrNoQuestionFollowedByAnOpenOneIsOpenAndAnAcknowledgedAndFollowsUp() {
        PracticePartner.Reply union =
                testCase("sokol", LocalizedText.CHINESE).start().ask("这个要是在车间落地，工人会不会有抵触？工会那边怎么看？");
        assertThat(union.kind()).isEqualTo(QuestionKind.OPEN);
        assertThat(union.line()).isEqualTo(PracticePartner.Line.FACT);
        PracticePartner.Conversation en = testCase("tralca", Locale.ENGLISH).start();
        en.ask("What is your biggest headache?");
        assertThat(en.ask("ok and?").line()).isEqualTo(PracticePartner.Line.MORE);
    }

    @Test
    void offeringADemoOrOurDeviceAfterAnIntroductionIsAPitch() {
        assertThat(testCase("sokol", LocalizedText.CHINESE)
                        .start()
                        .ask("哈哈好的。简单说下我们公司，我们是做制造业软件的，配置器能把招标文件直接转成BOM，已经在好几家整车厂用了，" + "您要不要先看个演示？")
                        .line())
                .isEqualTo(PracticePartner.Line.PITCH);
        assertThat(testCase("tralca", LocalizedText.CHINESE)
                        .start()
                        .ask("我们是做物联网的，我们的传感器精度到0.1度，已经给好几家养殖场装了，价格也很有优势。")
                        .line())
                .isEqualTo(PracticePartner.Line.PITCH);
    }

    @Test
    void aYesOrNoQuestionAboutWhatWasToldInFullGetsTheShortLine() {
        PracticePartner.Conversation en = testCase("tralca", Locale.ENGLISH).start();
        en.ask("What matters most to you in choosing a solution?");
        assertThat(en.ask("Is the offline part a must-have or a nice-to-have?").line())
                .isEqualTo(PracticePartner.Line.SHORT);
        assertThat(en.ask("Sorry, did you say it has to work offline?").line()).isEqualTo(PracticePartner.Line.REPEAT);
    }

    @Test
    void theNewCuesKeepToWhatTheySay() {
        QuestionForms zh = QuestionForms.of(LocalizedText.CHINESE);
        assertThat(zh.asksWhyNow("以前用Excel不行吗？")).isFalse();
        assertThat(zh.asksWhyNow("那这个项目拖到明年做不行吗？")).isTrue();
        assertThat(zh.reportsHearsay("能告诉我为什么这么高吗？")).isFalse();
        QuestionForms en = QuestionForms.of(Locale.ENGLISH);
        assertThat(en.reportsHearsay("You told me the budget is tight — why?")).isFalse();
        assertThat(en.reportsHearsay("Wu Hao told me you tried cameras before."))
                .isTrue();
        assertThat(en.restated("What I mean is, who signs off?")).isEqualTo("who signs off?");
        assertThat(en.asksAfterUnspoken("What's driving the drop in revenue?", java.util.List.of("No word of it.")))
                .isFalse();
        assertThat(en.asksAfterUnspoken("What's your market share this year?", java.util.List.of("No word of it.")))
                .isTrue();
        assertThat(en.pointsBackBesidesTime("What's your market share this year?"))
                .isFalse();
    }

    @Test
    void aQuestionForWhatTheFactJustToldSaysNextGetsThatLayerInBothLanguages() {
        PracticePartner.Conversation zh =
                testCase("jinhe", LocalizedText.CHINESE).start();
        zh.ask("排程平台这个是谁在牵头呢？");
        assertThat(zh.ask("那花钱要谁批呀？").line()).isEqualTo(PracticePartner.Line.MORE);
        PracticePartner.Conversation en = testCase("jinhe", Locale.ENGLISH).start();
        en.ask("Who leads the scheduling platform?");
        assertThat(en.ask("And who has to approve the spending?").line()).isEqualTo(PracticePartner.Line.MORE);
    }

    @Test
    void askedHowConcretelyTheFactJustToldGoesOnInBothLanguages() {
        PracticePartner.Conversation zh =
                testCase("tumaini", LocalizedText.CHINESE).start();
        zh.ask("公司往后几年打算怎么走呢？");
        PracticePartner.Reply how = zh.ask("哦，那具体要怎么做呢？");
        assertThat(how.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(how.targets()).containsExactly("growth");
        PracticePartner.Conversation en = testCase("tumaini", Locale.ENGLISH).start();
        en.ask("Where do you want Tumaini to be in three years?");
        assertThat(en.ask("How do you plan to get there, concretely?").line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(QuestionForms.of(LocalizedText.CHINESE).asksConcretely("现在有具体的行动方案了吗？"))
                .isFalse();
    }

    @Test
    void askedForTheRestOfWhatWasSaidGoesOnRatherThanRepeatingInBothLanguages() {
        PracticePartner.Conversation en = english.start();
        en.ask("What are your priorities this year?");
        assertThat(en.ask("You said six. Could you tell me what the other five are?")
                        .line())
                .isEqualTo(PracticePartner.Line.MORE);
        PracticePartner.Conversation zh = chinese.start();
        zh.ask("今年公司的重点工作有哪些？");
        assertThat(zh.ask("您刚才说有六项，另外五项是什么？").line()).isEqualTo(PracticePartner.Line.MORE);
    }

    @Test
    void askedAgainAfterAnApologyTheQuestionItselfIsUnderstood() {
        PracticePartner.Conversation zh = freshway(LocalizedText.CHINESE).start();
        zh.ask("今年公司的重点工作有哪些？");
        PracticePartner.Reply again = zh.ask("不好意思，我刚才没记全，最关键的是哪一项来着？");
        assertThat(again.line()).isEqualTo(PracticePartner.Line.REPEAT);
        assertThat(again.targets()).contains("critical-initiative");
    }

    @Test
    void aSummaryInTheTraineesOwnWordsConfirmsWhatWasToldInBothLanguages() {
        PracticePartner.Conversation en = english.start();
        en.ask("Can your IT support what sales and marketing need?");
        en.ask("Tell me a bit more about that.");
        PracticePartner.Reply summary = en.ask("So IT is basically the bottleneck here, right?");
        assertThat(summary.kind()).isEqualTo(QuestionKind.CONFIRM);
        assertThat(summary.targets()).containsExactly("technology");
        PracticePartner.Conversation zh =
                testCase("jinhe", LocalizedText.CHINESE).start();
        zh.ask("为什么非得现在上这个平台呢？");
        PracticePartner.Reply put = zh.ask("好，我理解了：一月份DRG一实行，住院日降不下来就要亏钱，对吧？");
        assertThat(put.kind()).isEqualTo(QuestionKind.CONFIRM);
        assertThat(put.line()).isEqualTo(PracticePartner.Line.SHORT);
    }

    @Test
    void whoWeAreSaidBeforeAnOpenQuestionIsAnIntroductionNotAPitchInBothLanguages() {
        PracticePartner.Reply zh = testCase("tumaini", LocalizedText.CHINESE)
                .start()
                .ask("您好，卡毛女士，很荣幸见到您。我们公司做实时风控和案件管理，在东南亚服务过几家钱包公司。今天主要想了解贵公司的情况：今年公司有哪些重点工作？");
        assertThat(zh.targets()).contains("initiatives");
        PracticePartner tumaini = testCase("tumaini", Locale.ENGLISH);
        assertThat(tumaini.start()
                        .ask(
                                "Good morning. We build fraud-scoring software for mobile wallets in Nigeria. Today I would"
                                        + " like to understand your business: what are the company's priorities this year?")
                        .targets())
                .contains("initiatives");
        assertThat(tumaini.start()
                        .ask("Our platform scores every transaction in real time. Can I walk you through how it works?")
                        .line())
                .isEqualTo(PracticePartner.Line.PITCH);
    }

    @Test
    void theCommuteIsSmallTalk() {
        assertThat(testCase("jinhe", LocalizedText.CHINESE)
                        .start()
                        .ask("听说成都最近在修地铁新线，您上下班方便吗？")
                        .line())
                .isEqualTo(PracticePartner.Line.OFFTOPIC);
    }

    @Test
    void aSelfIntroductionBeforeTheQuestionIsSetAsideInBothLanguages() {
        PracticePartner.Reply zh = testCase("dakvang", LocalizedText.CHINESE)
                .start()
                .ask("黎总，您好！先自我介绍一下，我是高远，负责这个区域的解决方案。想先听听您对公司长远发展的想法。");
        assertThat(zh.targets()).containsExactly("direction");
        PracticePartner.Reply en = freshway(Locale.ENGLISH)
                .start()
                .ask("Hello, our company do cold chain IoT. May I know what is your main problem now?");
        assertThat(en.kind()).isEqualTo(QuestionKind.OPEN);
        assertThat(en.targets()).containsExactly("spoilage");
        assertThat(freshway(LocalizedText.CHINESE)
                        .start()
                        .ask("我们有一款SaaS温控平台，全国上万辆冷藏车都在用，价格也很有竞争力，您可以考虑一下。")
                        .line())
                .isEqualTo(PracticePartner.Line.PITCH);
    }

    @Test
    void aWordOfLifeOutsideWorkThatTheCaseItselfUsesIsNoSmallTalk() {
        PracticePartner.Reply coffee = testCase("dakvang", Locale.ENGLISH)
                .start()
                .ask("So you want to move from bulk coffee to traceable premium coffee, correct?");
        assertThat(coffee.line()).isNotEqualTo(PracticePartner.Line.OFFTOPIC);
        assertThat(english.start()
                        .ask("Do you prefer your coffee black or with milk?")
                        .line())
                .isEqualTo(PracticePartner.Line.OFFTOPIC);
    }

    @Test
    void howBigWhatWasJustSaidIsAFollowUpWhateverFactItEchoesInBothLanguages() {
        PracticePartner.Conversation en = testCase("dakvang", Locale.ENGLISH).start();
        en.ask("What is your biggest headache right now?");
        PracticePartner.Reply cost = en.ask("How much is that costing you?");
        assertThat(cost.line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(cost.targets()).containsExactly("pain");
        PracticePartner.Conversation zh =
                testCase("dakvang", LocalizedText.CHINESE).start();
        zh.ask("您现在最头疼的是什么？");
        assertThat(zh.ask("这个影响有多大？").line()).isEqualTo(PracticePartner.Line.MORE);
        assertThat(QuestionForms.of(Locale.ENGLISH)
                        .measuresWhatItPointsBack("How many priorities do you have this year?"))
                .isFalse();
    }

    @Test
    void anAmountOrACountOfTheCompanysNoFactGivesIsICannotSayNotSmallTalk() {
        assertThat(freshway(LocalizedText.CHINESE)
                        .start()
                        .ask("你们车队的司机平均年龄大概多大？")
                        .line())
                .isEqualTo(PracticePartner.Line.UNKNOWN);
        assertThat(freshway(Locale.ENGLISH)
                        .start()
                        .ask("How many drivers you have in total?")
                        .line())
                .isEqualTo(PracticePartner.Line.UNKNOWN);
    }

    @Test
    void aStatementWithJiushiPutBackForAYesIsASummary() {
        PracticePartner.Reply put =
                testCase("dakvang", LocalizedText.CHINESE).start().ask("那最关键的就是地块追溯，对吧？");
        assertThat(put.kind()).isEqualTo(QuestionKind.CONFIRM);
        assertThat(put.targets()).containsExactly("critical-initiative");
    }

    @Test
    void whenTheFactJustToldHasNothingMoreALongQuestionAnotherFactAnswersGetsThatFact() {
        PracticePartner.Conversation en = testCase("dakvang", Locale.ENGLISH).start();
        en.ask("What is your biggest headache right now?");
        en.ask("How much is that costing you?");
        assertThat(en.ask("OK. The coffee cannot be traced to the farm - what is the reason for this?")
                        .targets())
                .containsExactly("causes");
    }

    @Test
    void askedForAnExampleGoesOnAndADemoOfferedIsAPitch() {
        assertThat(QuestionForms.of(Locale.ENGLISH).isBareFollowUp("Can you give me an example?"))
                .isTrue();
        assertThat(QuestionForms.of(LocalizedText.CHINESE).hasPitchCue("上线三个月准时率就能提上去，要不下次我带个演示过来？"))
                .isTrue();
    }

    private static PracticePartner testCase(String id, Locale language) {
        ScenarioPack pack =
                PracticeCommand.pack(id, "src/test/resources/practice/packs").orElseThrow();
        return PracticePartner.of(pack, language).orElseThrow();
    }

    private static PracticePartner freshway(Locale language) {
        ScenarioPack freshway = PracticeCommand.pack("freshway", "scenarios").orElseThrow();
        return PracticePartner.of(freshway, language).orElseThrow();
    }
}
