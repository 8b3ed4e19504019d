package org.ssmclassroom.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

@AppTest
class NegotiationServiceTest {

    @Autowired
    NegotiationService negotiations;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    JdbcClient jdbc;

    private WorkshopId workshop;
    private List<List<DeviceToken>> tables;

    @BeforeEach
    void aClassOfTwoTablesAtTheNegotiation() {
        Instructor.signIn();
        workshop = Workshops.homebody(workshops, 2);
        tables = Workshops.seated(workshops, trainees, workshop, 2, 2);
        steering.openExercise(workshop, "ex10", Set.of());
        SecurityContextHolder.clearContext();
    }

    private static List<NegotiationService.Draft> drafts(String a, String b, String c) {
        return List.of(
                new NegotiationService.Draft("A", a, null, null),
                new NegotiationService.Draft("B", b, null, null),
                new NegotiationService.Draft("C", c, null, null));
    }

    @Test
    void aTablesProposalsAndRepliesAreStoredAndSeenByTheTeammate() {
        DeviceToken mei = tables.get(0).get(0);
        DeviceToken teammate = tables.get(0).get(1);
        assertThat(negotiations.available(mei)).isTrue();
        Negotiation ours = negotiations.start(mei, true);

        Round round = negotiations.propose(mei, ours.id(), drafts("分期付款", "Lois Knight全职，加John的阶段性顾问时间", "全部责任"), "");

        assertThat(round.reply().move()).isEqualTo(Reply.Move.COUNTER);
        assertThat(round.line()).contains("Cut 15% with a smaller first phase");
        assertThat(negotiations.current(teammate).orElseThrow().rounds()).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM negotiation_round WHERE negotiation_id = ?")
                        .param(ours.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Round deal = negotiations.acceptOffer(teammate, ours.id(), 1);

        assertThat(deal.reply().move()).isEqualTo(Reply.Move.ACCEPT);
        assertThat(deal.line()).contains("Then we have a deal: price: Cut 15% with a smaller first phase");
        Negotiation ended = negotiations.lastEnded(mei).orElseThrow();
        assertThat(ended.outcome()).isEqualTo(Negotiation.Outcome.DEAL);
        assertThat(negotiations.current(mei)).isEmpty();
    }

    @Test
    void theThirdProposalBelowItsBestAlternativeEndsTheNegotiationWithTheCustomerWalkingAway() {
        DeviceToken mei = tables.get(0).get(0);
        Negotiation mine = negotiations.start(mei, false);
        for (int i = 0; i < 2; i++) {
            assertThat(negotiations
                            .propose(mei, mine.id(), drafts("Keep the quoted price", "Lois", "references"), "")
                            .reply()
                            .move())
                    .isEqualTo(Reply.Move.REJECT);
        }

        Round last = negotiations.propose(mei, mine.id(), drafts("Keep the quoted price", "Lois", "references"), "");

        assertThat(last.line())
                .isEqualTo("It seems we cannot agree. I will have to go back to the cheaper supplier and start again.");
        assertThat(negotiations.current(mei)).isEmpty();
        assertThat(negotiations.lastEnded(mei).orElseThrow().outcome()).isEqualTo(Negotiation.Outcome.WALKED_AWAY);
        assertThatThrownBy(() -> negotiations.propose(mei, mine.id(), drafts("35%", "John full time", "unlimited"), ""))
                .hasMessageStartingWith("negotiationEnded");
    }

    @Test
    void acceptingAnOfferATeammatesProposalHasReplacedIsRefusedAndNothingIsAgreed() {
        DeviceToken mei = tables.get(0).get(0);
        DeviceToken hao = tables.get(0).get(1);
        Negotiation ours = negotiations.start(mei, true);
        negotiations.propose(mei, ours.id(), drafts("分期付款", "Lois Knight全职，加John的阶段性顾问时间", "全部责任"), "");
        int haoSaw = negotiations.current(hao).orElseThrow().rounds().size();
        negotiations.propose(mei, ours.id(), drafts("分期付款", "John全程", "上限"), "");

        assertThatThrownBy(() -> negotiations.acceptOffer(hao, ours.id(), haoSaw))
                .isInstanceOf(ActionRefused.class)
                .hasMessageStartingWith("offerChanged");
        assertThat(negotiations.current(hao).orElseThrow().rounds()).hasSize(2);
        assertThat(negotiations.acceptOffer(hao, ours.id(), 2).reply().move()).isEqualTo(Reply.Move.ACCEPT);
    }

    @Test
    void anotherTableCannotProposeInOurNegotiation() {
        Negotiation ours = negotiations.start(tables.get(0).get(0), true);

        assertThatThrownBy(
                        () -> negotiations.propose(tables.get(1).get(0), ours.id(), drafts("分期付款", "Lois", "上限"), ""))
                .isInstanceOf(ActionRefused.class)
                .hasMessageStartingWith("notYourNegotiation");
        assertThat(negotiations.current(tables.get(1).get(0))).isEmpty();
    }

    @Test
    void unclearProposalsAreRefusedWithTheReason() {
        DeviceToken mei = tables.get(0).get(0);
        Negotiation mine = negotiations.start(mei, false);

        assertThatThrownBy(() -> negotiations.propose(mei, mine.id(), drafts("分期付款", "", "上限"), ""))
                .hasMessageStartingWith("chooseEveryIssue");
        assertThatThrownBy(() -> negotiations.propose(mei, mine.id(), drafts("便宜一点", "Lois", "上限"), ""))
                .hasMessageStartingWith("unknownOption");
        var conflicting = List.of(
                new NegotiationService.Draft("A", "分期付款", null, null),
                new NegotiationService.Draft("B", "Lois", "C", "references"),
                new NegotiationService.Draft("C", "上限", null, null));
        assertThatThrownBy(() -> negotiations.propose(mei, mine.id(), conflicting, ""))
                .hasMessageStartingWith("conditionConflicts");
        assertThat(negotiations.current(mei).orElseThrow().rounds()).isEmpty();
    }

    @Test
    void aPrivateNegotiationIsNotTheTeammatesButTheInstructorSeesEveryOne() {
        DeviceToken mei = tables.get(0).get(0);
        Negotiation mine = negotiations.start(mei, false);
        negotiations.propose(mei, mine.id(), drafts("维持原报价", "Lois", "成功案例"), "");
        negotiations.start(tables.get(1).get(0), true);

        assertThat(negotiations.current(tables.get(0).get(1))).isEmpty();
        assertThatThrownBy(() -> negotiations.leave(tables.get(0).get(1), mine.id()))
                .hasMessageStartingWith("notYourNegotiation");
        assertThatThrownBy(() -> negotiations.negotiations(workshop))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);

        Instructor.signIn();
        assertThat(negotiations.negotiations(workshop))
                .extracting(Negotiation::outcome)
                .containsExactly(Negotiation.Outcome.OPEN, Negotiation.Outcome.OPEN);
    }

    @Test
    void theNegotiationIsOfferedOnlyAtTheNegotiationExercise() {
        Instructor.signIn();
        steering.openExercise(workshop, "ex4", Set.of());
        SecurityContextHolder.clearContext();

        assertThat(negotiations.available(tables.get(0).get(0))).isFalse();
    }
}
