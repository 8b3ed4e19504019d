package org.ssmclassroom.negotiation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A package put to the counterpart: an option for every issue, some offered only on a condition on another issue
 * ("if you accept … there, then we offer … here"), and the criterion the table named for it, if any.
 */
public record Proposal(List<Offer> offers, String criterion) {

    /** One issue's option; {@code conditionIssue} and {@code conditionOption} are the trade it hangs on, or null. */
    public record Offer(String issue, String option, String conditionIssue, String conditionOption) {

        public Offer(String issue, String option) {
            this(issue, option, null, null);
        }

        public boolean conditioned() {
            return conditionIssue != null;
        }
    }

    public Proposal {
        offers = List.copyOf(offers);
        criterion = criterion == null ? "" : criterion.strip();
    }

    /** The option chosen for each issue, in the order offered. */
    public Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        offers.forEach(offer -> options.put(offer.issue(), offer.option()));
        return options;
    }

    public Optional<Offer> offer(String issue) {
        return offers.stream().filter(o -> o.issue().equals(issue)).findFirst();
    }

    public boolean traded() {
        return offers.stream().anyMatch(Offer::conditioned);
    }

    public boolean namedCriterion() {
        return !criterion.isEmpty();
    }

    /** "A=step-financing;B=lois-only|C=references": how a proposal is stored. */
    String encoded() {
        StringBuilder text = new StringBuilder();
        for (Offer offer : offers) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(offer.issue()).append('=').append(offer.option());
            if (offer.conditioned()) {
                text.append('|').append(offer.conditionIssue()).append('=').append(offer.conditionOption());
            }
        }
        return text.toString();
    }

    static Proposal decoded(String text, String criterion) {
        List<Offer> offers = new java.util.ArrayList<>();
        for (String part : text.isEmpty() ? new String[0] : text.split(";")) {
            String[] halves = part.split("\\|", 2);
            String[] offered = halves[0].split("=", 2);
            if (halves.length == 2) {
                String[] condition = halves[1].split("=", 2);
                offers.add(new Offer(offered[0], offered[1], condition[0], condition[1]));
            } else {
                offers.add(new Offer(offered[0], offered[1]));
            }
        }
        return new Proposal(offers, criterion);
    }

    /** A package (issue to option) as plain offers. */
    static Proposal of(Map<String, String> options) {
        return new Proposal(
                options.entrySet().stream()
                        .map(e -> new Offer(e.getKey(), e.getValue()))
                        .toList(),
                "");
    }
}
