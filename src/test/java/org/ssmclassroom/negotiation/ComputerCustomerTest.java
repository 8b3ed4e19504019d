package org.ssmclassroom.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.PackCatalog;
import org.ssmclassroom.scenario.PackLocations;
import org.ssmclassroom.scenario.PackReader;
import org.ssmclassroom.scenario.ScenarioPack;

/** The computer customer's rules, on Homebody's scoring table (ADR 031). */
class ComputerCustomerTest {

    static ComputerCustomer customer(String caseId) {
        PackCatalog catalog = new PackCatalog(new PackReader());
        catalog.addAll(PackLocations.bundled());
        PackLocations.inFolder(Path.of("scenarios")).stream()
                .map(PackLocations.Found::pack)
                .filter(java.util.Objects::nonNull)
                .forEach(catalog::add);
        ScenarioPack pack = catalog.valid(caseId).orElseThrow();
        return ComputerCustomer.of(pack.caseData().orElseThrow()).orElseThrow();
    }

    private final ComputerCustomer yoshi = customer("homebody");
    private final List<Round> rounds = new ArrayList<>();

    private static Proposal offer(String a, String b, String c) {
        return Proposal.of(packageOf(a, b, c));
    }

    private static Map<String, String> packageOf(String a, String b, String c) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("A", a);
        options.put("B", b);
        options.put("C", c);
        return options;
    }

    private Reply propose(Proposal proposal) {
        Reply reply = yoshi.answer(List.copyOf(rounds), proposal);
        rounds.add(new Round(rounds.size() + 1, "T", proposal, reply, "", Instant.EPOCH));
        return reply;
    }

    @Test
    void aProposalBelowItsBestAlternativeIsRejectedNamingItsMostImportantIssue() {
        Reply reply = propose(offer("list-price", "lois-only", "references"));

        assertThat(reply.move()).isEqualTo(Reply.Move.REJECT);
        assertThat(reply.issue()).isEqualTo("A");
        assertThat(yoshi.line(reply, Locale.ENGLISH))
                .isEqualTo("That won't do: price matters too much to us, and what you offer is far from what we need.");
        assertThat(yoshi.line(reply, LocalizedText.CHINESE)).startsWith("这样不行。价格对我们来说太重要了");
    }

    @Test
    void theThirdProposalBelowItsBestAlternativeMakesItWalkAway() {
        assertThat(propose(offer("list-price", "lois-only", "references")).move())
                .isEqualTo(Reply.Move.REJECT);
        assertThat(propose(offer("step-financing", "lois-john-advice", "capped-sla"))
                        .move())
                .isNotEqualTo(Reply.Move.REJECT);
        assertThat(propose(offer("list-price", "john-full", "references")).move())
                .isEqualTo(Reply.Move.REJECT);
        Reply third = propose(offer("list-price", "lois-only", "unlimited-guarantee"));

        assertThat(third.move()).isEqualTo(Reply.Move.WALK_AWAY);
        assertThat(third.move().ends()).isTrue();
    }

    @Test
    void whatMeetsWhatItStillHopesForIsAccepted() {
        assertThat(yoshi.hope(1)).isEqualTo(17);
        assertThat(propose(offer("cut-35", "john-full", "capped-sla")).move()).isEqualTo(Reply.Move.ACCEPT);
    }

    @Test
    void itCountersWithOneStepBetterOnItsMostImportantIssue() {
        Reply reply = propose(offer("step-financing", "lois-john-advice", "unlimited-guarantee"));

        assertThat(reply.move()).isEqualTo(Reply.Move.COUNTER);
        assertThat(reply.issue()).isEqualTo("A");
        assertThat(reply.option()).isEqualTo("cut-15-scope");
        assertThat(reply.offered()).isEqualTo(packageOf("cut-15-scope", "lois-john-advice", "unlimited-guarantee"));
        assertThat(yoshi.line(reply, LocalizedText.CHINESE))
                .isEqualTo("我理解你们的难处。在价格上，我需要的是：降价15%，首期范围相应缩小。其余的可以按你们说的来。");
    }

    @Test
    void itTradesALessImportantIssueForItsMostImportantWhenThatIsWorthMoreToIt() {
        Reply reply = propose(offer("cut-15-scope", "john-full", "capped-sla"));

        assertThat(reply.move()).isEqualTo(Reply.Move.TRADE);
        assertThat(reply.offered()).isEqualTo(packageOf("cut-35", "john-full", "references"));
        assertThat(yoshi.line(reply, Locale.ENGLISH))
                .isEqualTo("Let's trade: if you can do \"Cut the price by 35%\" on price, then I can accept"
                        + " \"Earlier successes as evidence, no further guarantee\" on the software's performance.");
    }

    @Test
    void itsOwnCounterProposedBackIsAccepted() {
        Reply counter = propose(offer("step-financing", "lois-john-advice", "unlimited-guarantee"));

        assertThat(propose(Proposal.of(counter.offered())).move()).isEqualTo(Reply.Move.ACCEPT);
    }

    @Test
    void aTradeThatAsksOnAnIssueItRanksLowerCountsOneRoundAhead() {
        propose(offer("list-price", "lois-only", "references"));
        Proposal plain = offer("step-financing", "lois-john-advice", "capped-sla");
        Proposal traded = new Proposal(
                List.of(
                        new Proposal.Offer("A", "step-financing"),
                        new Proposal.Offer("B", "lois-john-advice", "C", "capped-sla"),
                        new Proposal.Offer("C", "capped-sla")),
                "");

        assertThat(yoshi.answer(rounds, plain).move()).isEqualTo(Reply.Move.COUNTER);
        assertThat(yoshi.tradesByItsPriorities(traded)).isTrue();
        assertThat(yoshi.answer(rounds, traded).move()).isEqualTo(Reply.Move.ACCEPT);
    }

    @Test
    void aTradeAskingOnItsMostImportantIssueEarnsNothing() {
        Proposal asksOnPrice = new Proposal(
                List.of(
                        new Proposal.Offer("A", "step-financing"),
                        new Proposal.Offer("B", "lois-john-advice"),
                        new Proposal.Offer("C", "capped-sla", "A", "step-financing")),
                "");

        assertThat(yoshi.tradesByItsPriorities(asksOnPrice)).isFalse();
    }

    @Test
    void fromTheFourthRoundAnythingAtItsBestAlternativeIsAccepted() {
        for (int i = 0; i < 3; i++) {
            propose(offer("cut-15-scope", "lois-john-advice", "unlimited-guarantee"));
        }
        assertThat(yoshi.hope(4)).isEqualTo(11);
        assertThat(propose(offer("step-financing", "lois-john-advice", "references"))
                        .move())
                .isEqualTo(Reply.Move.ACCEPT);
    }

    @Test
    void typedOptionsAreReadByLabelOrKeywordAndTheRestIsNotGuessed() {
        assertThat(yoshi.resolve("A", "我们可以分期付款")).contains("step-financing");
        assertThat(yoshi.resolve("B", "Lois Knight full time plus some of John's advisory time"))
                .contains("lois-john-advice");
        assertThat(yoshi.resolve("B", "Lois")).contains("lois-only");
        assertThat(yoshi.resolve("C", "a capped SLA")).contains("capped-sla");
        assertThat(yoshi.resolve("A", "降价")).isEmpty();
        assertThat(yoshi.resolve("A", " ")).isEmpty();
    }

    @Test
    void theDealLineNamesEveryIssueAndOption() {
        assertThat(yoshi.dealLine(packageOf("step-financing", "lois-john-advice", "capped-sla"), Locale.ENGLISH))
                .isEqualTo(
                        "Then we have a deal: price: Same price, step financing by phase; the consultant: Lois Knight"
                                + " full time plus some of John's advisory time; the software's performance: A capped"
                                + " service-level commitment. I will explain it to Boris and Sarah.");
    }

    @Test
    void freshwaysCustomerPlaysByItsOwnPriorities() {
        ComputerCustomer chen = customer("freshway");
        Map<String, String> options = new LinkedHashMap<>();
        options.put("B", "all-in-5m");
        options.put("A", "list-fee");
        options.put("C", "cloud-only");

        Reply reply = chen.answer(List.of(), Proposal.of(options));

        assertThat(reply.move()).isEqualTo(Reply.Move.REJECT);
        assertThat(chen.line(reply, LocalizedText.CHINESE)).contains("安装进度");
    }
}
