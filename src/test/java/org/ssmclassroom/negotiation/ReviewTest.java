package org.ssmclassroom.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.WorkshopId;

/** The end card: the deal's worth, a better trade, and the preparation points (ADR 031). */
class ReviewTest {

    private final ComputerCustomer yoshi = ComputerCustomerTest.customer("homebody");
    private final List<Round> rounds = new ArrayList<>();

    private static Map<String, String> packageOf(String a, String b, String c) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("A", a);
        options.put("B", b);
        options.put("C", c);
        return options;
    }

    private void propose(Proposal proposal) {
        Reply reply = yoshi.answer(List.copyOf(rounds), proposal);
        rounds.add(new Round(rounds.size() + 1, "T", proposal, reply, "", Instant.EPOCH));
    }

    private Review review(boolean ended) {
        return Review.of(
                new Negotiation(
                        new Negotiation.Id(1),
                        new WorkshopId(1),
                        new ParticipantId(1),
                        "T",
                        null,
                        Instant.EPOCH,
                        ended ? Instant.EPOCH : null,
                        rounds),
                yoshi);
    }

    private static Review.Point point(Review review, Review.Kind kind) {
        return review.points().stream()
                .filter(p -> p.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDealConcededOneIssueAtATimeShowsItsWorthTheBetterTradeAndTheMissedPoint() {
        propose(Proposal.of(packageOf("list-price", "lois-only", "references")));
        propose(Proposal.of(packageOf("step-financing", "lois-only", "references")));
        propose(new Proposal(
                Proposal.of(packageOf("step-financing", "lois-john-advice", "capped-sla"))
                        .offers(),
                "Return on investment"));

        Review review = review(true);

        assertThat(review.outcome()).isEqualTo(Negotiation.Outcome.DEAL);
        assertThat(review.worth()).isEqualTo(new Review.Worth(18, 13));
        assertThat(review.bestForUs()).isEqualTo(packageOf("step-financing", "lois-john-advice", "references"));
        assertThat(review.bestForUsWorth()).isEqualTo(new Review.Worth(19, 11));
        assertThat(review.bestForBoth()).isEqualTo(review.deal());
        assertThat(review.betterTradeMissed()).isTrue();
        assertThat(point(review, Review.Kind.INTERESTS))
                .isEqualTo(new Review.Point(Review.Kind.INTERESTS, false, List.of(0, 1)));
        assertThat(point(review, Review.Kind.CRITERIA).honoured()).isTrue();
        assertThat(point(review, Review.Kind.BATNA))
                .isEqualTo(new Review.Point(Review.Kind.BATNA, true, List.of(18, 10)));
    }

    @Test
    void tradingAcrossIssuesHonoursTheInterestsPoint() {
        propose(new Proposal(
                List.of(
                        new Proposal.Offer("A", "step-financing"),
                        new Proposal.Offer("B", "lois-john-advice", "C", "references"),
                        new Proposal.Offer("C", "references")),
                ""));

        assertThat(point(review(false), Review.Kind.INTERESTS).honoured()).isTrue();
        assertThat(point(review(false), Review.Kind.CRITERIA).honoured()).isFalse();
    }

    @Test
    void aProposalBelowOurOwnBestAlternativeMissesTheBatnaPoint() {
        propose(Proposal.of(packageOf("cut-35", "john-full", "capped-sla")));

        Review review = review(true);

        assertThat(review.outcome()).isEqualTo(Negotiation.Outcome.DEAL);
        assertThat(point(review, Review.Kind.BATNA))
                .isEqualTo(new Review.Point(Review.Kind.BATNA, false, List.of(6, 10)));
    }

    @Test
    void leavingWithoutADealLeavesTheBetterTradeOnTheTable() {
        propose(Proposal.of(packageOf("list-price", "lois-only", "references")));

        Review review = review(true);

        assertThat(review.outcome()).isEqualTo(Negotiation.Outcome.LEFT);
        assertThat(review.deal()).isEmpty();
        assertThat(review.betterTradeMissed()).isTrue();
    }

    @Test
    void proposalsSurviveBeingStoredAndReadBack() {
        Proposal traded = new Proposal(
                List.of(
                        new Proposal.Offer("A", "step-financing"),
                        new Proposal.Offer("B", "lois-only", "C", "references")),
                "ROI");

        assertThat(Proposal.decoded(traded.encoded(), "ROI")).isEqualTo(traded);
    }
}
