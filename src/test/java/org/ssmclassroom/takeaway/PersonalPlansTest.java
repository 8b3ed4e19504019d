package org.ssmclassroom.takeaway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.Workshops;

@AppTest
class PersonalPlansTest {

    static final PersonalPlan.Key TOP_FIVE = new PersonalPlan.Key("next-30-days", "top-five-review");

    @Autowired
    PersonalPlans plans;

    @Autowired
    WorkshopService workshops;

    @Autowired
    Trainees trainees;

    private WorkshopId workshop;
    private final DeviceToken mei = DeviceToken.random();
    private final DeviceToken hao = DeviceToken.random();
    private ParticipantId meiId;
    private ParticipantId haoId;

    @BeforeEach
    void twoTraineesAtOneTable() {
        Instructor.signIn();
        workshop = workshops.create(
                new NewWorkshop(
                        "上海班", LocalDate.of(2026, 12, 1), "homebody", Locale.SIMPLIFIED_CHINESE, List.of("第1桌")),
                AppTest.INSTRUCTOR);
        meiId = Workshops.join(workshops, trainees, workshop, mei, "王美", 0);
        haoId = Workshops.join(workshops, trainees, workshop, hao, "李浩", 0);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePlanIsTheDecksClosingSlideTwelveActionsInTwoHorizons() {
        PersonalPlan plan = plans.mine(mei).orElseThrow();

        assertThat(plan.wording().title().zh()).isEqualTo("千里之行始于足下 开始行动");
        assertThat(plan.wording().source().zh()).isEqualTo("课程第133页");
        assertThat(plan.horizons()).extracting(h -> h.title().zh()).containsExactly("未来的30天内", "未来的60-90天");
        assertThat(plan.horizons().get(0).actions()).hasSize(5);
        assertThat(plan.horizons().get(1).actions()).hasSize(7);
        assertThat(plan.horizons().get(0).actions().get(1).label().zh()).isEqualTo("定时和你的销售经理对前五个关键商机做进度检查");
        assertThat(plan.written()).isFalse();
    }

    @Test
    void onlyItsAuthorReadsWhatTheyWrote() {
        plans.write(mei, TOP_FIVE, "每周五与经理检查前五个商机", LocalDate.of(2027, 1, 8), "华东银行CRM", 0);

        PersonalPlan mine = plans.mine(mei).orElseThrow();
        assertThat(mine.author()).isEqualTo(meiId);
        assertThat(mine.entry(TOP_FIVE).commitment()).isEqualTo("每周五与经理检查前五个商机");
        assertThat(mine.entry(TOP_FIVE).due()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(mine.entry(TOP_FIVE).opportunity()).isEqualTo("华东银行CRM");
        PersonalPlan his = plans.mine(hao).orElseThrow();
        assertThat(his.author()).isEqualTo(haoId);
        assertThat(his.written()).isFalse();
        assertThat(his.entry(TOP_FIVE).commitment()).isEmpty();
    }

    @Test
    void aSecondDeviceWritesItsOwnPlanNeverTheFirsts() {
        plans.write(mei, TOP_FIVE, "王美的承诺", null, "", 0);
        plans.write(hao, TOP_FIVE, "李浩的承诺", null, "", 0);

        assertThat(plans.mine(mei).orElseThrow().entry(TOP_FIVE).commitment()).isEqualTo("王美的承诺");
        assertThat(plans.mine(hao).orElseThrow().entry(TOP_FIVE).commitment()).isEqualTo("李浩的承诺");
    }

    @Test
    void aDeviceNotSeatedHasNoPlanAndCannotWriteOne() {
        DeviceToken stranger = DeviceToken.random();

        assertThat(plans.mine(stranger)).isEmpty();
        assertThatThrownBy(() -> plans.write(stranger, TOP_FIVE, "x", null, "", 0))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("noPlan");
    }

    @Test
    void anActionNotInTheTemplateIsRefused() {
        assertThatThrownBy(() -> plans.write(mei, new PersonalPlan.Key("next-30-days", "nonsense"), "x", null, "", 0))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("noPlan");
    }

    @Test
    void aWriteFromAStaleReadIsRefusedAndTheFirstWriteStays() {
        plans.write(mei, TOP_FIVE, "第一台平板", null, "", 0);

        assertThatThrownBy(() -> plans.write(mei, TOP_FIVE, "第二台平板", null, "", 0))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("planChanged");
        assertThat(plans.mine(mei).orElseThrow().entry(TOP_FIVE).commitment()).isEqualTo("第一台平板");
        PersonalPlan.Entry again = plans.write(mei, TOP_FIVE, "第二台平板", null, "", 1);
        assertThat(again.version()).isEqualTo(2);
    }

    @Test
    void theInstructorSeesWhoHasWrittenButNotWhatUntilTheTraineeShares() {
        plans.write(mei, TOP_FIVE, "每周五与经理检查前五个商机", null, "华东银行CRM", 0);

        Instructor.signIn();
        assertThat(plans.writers(workshop))
                .extracting(PersonalPlans.Writer::name, PersonalPlans.Writer::written, PersonalPlans.Writer::shared)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("王美", true, false),
                        org.assertj.core.groups.Tuple.tuple("李浩", false, false));
        assertThat(plans.shared(workshop, meiId)).isEmpty();

        SecurityContextHolder.clearContext();
        plans.share(mei, true);
        Instructor.signIn();
        assertThat(plans.shared(workshop, meiId).orElseThrow().entry(TOP_FIVE).commitment())
                .isEqualTo("每周五与经理检查前五个商机");
        assertThat(plans.shared(workshop, haoId)).isEmpty();

        SecurityContextHolder.clearContext();
        plans.share(mei, false);
        Instructor.signIn();
        assertThat(plans.shared(workshop, meiId)).isEmpty();
    }

    @Test
    void aTraineeCannotAskWhoHasWrittenNorReadASharedPlan() {
        plans.share(mei, true);

        assertThatThrownBy(() -> plans.writers(workshop))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> plans.shared(workshop, meiId))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aCommitmentLongerThanItsColumnIsRefused() {
        assertThatThrownBy(() -> plans.write(mei, TOP_FIVE, "长".repeat(PersonalPlan.COMMITMENT_LIMIT + 1), null, "", 0))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("planTooLong");
    }
}
