package org.ssmclassroom.negotiation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The end card of a negotiation: the deal and its value to each side, what a better trade would have been, and the
 * preparation points honoured or missed.
 *
 * @param bestForUs the agreement worth most to us that the customer would take (at least its best alternative)
 * @param bestForBoth the agreement worth most to both together, with each side at least at its best alternative
 */
public record Review(
        Negotiation.Outcome outcome,
        Map<String, String> deal,
        Worth worth,
        int ourBatna,
        int customerBatna,
        Map<String, String> bestForUs,
        Worth bestForUsWorth,
        Map<String, String> bestForBoth,
        Worth bestForBothWorth,
        List<Point> points) {

    /** A package's value to us and to the customer. */
    public record Worth(int toUs, int toCustomer) {

        public int joint() {
            return toUs + toCustomer;
        }
    }

    /** A preparation point: interests (trading across issues), criteria, or our best alternative. */
    public record Point(Kind kind, boolean honoured, List<Integer> figures) {}

    public enum Kind {
        INTERESTS,
        CRITERIA,
        BATNA
    }

    /** Whether a better trade was there to make: no deal, or one worth less to us than the best the customer takes. */
    public boolean betterTradeMissed() {
        return deal.isEmpty() || worth.toUs() < bestForUsWorth.toUs();
    }

    public static Review of(Negotiation negotiation, ComputerCustomer customer) {
        Map<String, String> deal = negotiation.deal();
        int customerBatna = customer.counterpart().batna().value();
        int ourBatna = customer.counterpart().ourBatna().value();
        List<Map<String, String>> packages = customer.packages();
        Map<String, String> bestForUs = packages.stream()
                .filter(p -> customer.toCustomer(p) >= customerBatna)
                .max(Comparator.comparingInt(customer::toUs).thenComparingInt(customer::toCustomer))
                .orElse(Map.of());
        Map<String, String> bestForBoth = packages.stream()
                .filter(p -> customer.toCustomer(p) >= customerBatna && customer.toUs(p) >= ourBatna)
                .max(Comparator.comparingInt((Map<String, String> p) -> customer.toUs(p) + customer.toCustomer(p))
                        .thenComparingInt(customer::toUs))
                .orElse(Map.of());
        return new Review(
                negotiation.outcome(),
                deal,
                worth(customer, deal),
                ourBatna,
                customerBatna,
                bestForUs,
                worth(customer, bestForUs),
                bestForBoth,
                worth(customer, bestForBoth),
                List.of(interests(negotiation, customer), criteria(negotiation), batna(negotiation, customer)));
    }

    private static Worth worth(ComputerCustomer customer, Map<String, String> deal) {
        return new Worth(customer.toUs(deal), customer.toCustomer(deal));
    }

    /** Traded across issues (a condition on another issue) at least as often as conceded one issue at a time. */
    static Point interests(Negotiation negotiation, ComputerCustomer customer) {
        List<Round> rounds = negotiation.rounds();
        int traded = (int) rounds.stream().filter(r -> r.proposal().traded()).count();
        int oneByOne = 0;
        for (int i = 1; i < rounds.size(); i++) {
            Proposal before = rounds.get(i - 1).proposal();
            Proposal now = rounds.get(i).proposal();
            if (!now.traded() && concededOneIssue(before.options(), now.options(), customer)) {
                oneByOne++;
            }
        }
        return new Point(Kind.INTERESTS, traded > 0 && oneByOne <= traded, List.of(traded, oneByOne));
    }

    /** Exactly one issue changed from the last proposal, to an option worth more to the customer. */
    private static boolean concededOneIssue(
            Map<String, String> before, Map<String, String> now, ComputerCustomer customer) {
        List<String> changed = now.keySet().stream()
                .filter(issue -> !now.get(issue).equals(before.get(issue)))
                .toList();
        return changed.size() == 1 && customer.toCustomer(now) > customer.toCustomer(before);
    }

    static Point criteria(Negotiation negotiation) {
        int named = (int) negotiation.rounds().stream()
                .filter(r -> r.proposal().namedCriterion())
                .count();
        return new Point(Kind.CRITERIA, named > 0, List.of(named));
    }

    /** Every proposal, and so the deal, worth at least our best alternative to us. */
    static Point batna(Negotiation negotiation, ComputerCustomer customer) {
        int ourBatna = customer.counterpart().ourBatna().value();
        int lowest = negotiation.rounds().stream()
                .mapToInt(r -> customer.toUs(r.proposal().options()))
                .min()
                .orElse(ourBatna);
        return new Point(Kind.BATNA, lowest >= ourBatna, List.of(lowest, ourBatna));
    }
}
