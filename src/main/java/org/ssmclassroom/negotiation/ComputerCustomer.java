package org.ssmclassroom.negotiation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.CaseFile;

/**
 * The customer side of the negotiation, played by the computer from the case's counterpart: deterministic and
 * offline. It values a package by the pack's scoring table and answers by these rules (ADR 031):
 * <ol>
 *   <li>Its own last counter or trade, proposed back, is accepted.
 *   <li>Below its best alternative: rejected, naming its most important issue it did not get; the {@value
 *       #WALK_AWAY_AT}rd such proposal ends the negotiation (it walks away).
 *   <li>At or above what it still hopes for, accepted. It hopes for its best at first and lowers its hope evenly to
 *       its best alternative by round {@value #PATIENCE}; a trade that asks on an issue it ranks below the one it is
 *       offered counts one round ahead.
 *   <li>Else it trades by its priorities: one step better on its most important issue it did not get, for the option
 *       best for us on a less important one, when that package is worth more to it;
 *   <li>else it counters: the same package with the one step better on that issue.
 * </ol>
 */
public final class ComputerCustomer {

    /** The round from which it accepts anything at or above its best alternative. */
    static final int PATIENCE = 4;

    /** The proposal below its best alternative that makes it walk away (the first two are rejected). */
    static final int WALK_AWAY_AT = 3;

    private final CaseFile.Counterpart counterpart;

    ComputerCustomer(CaseFile.Counterpart counterpart) {
        this.counterpart = counterpart;
    }

    public static Optional<ComputerCustomer> of(CaseFile caseFile) {
        return Optional.ofNullable(caseFile.negotiation())
                .map(CaseFile.Negotiation::counterpart)
                .filter(c -> !c.issues().isEmpty() && c.lines() != null)
                .map(ComputerCustomer::new);
    }

    public CaseFile.Counterpart counterpart() {
        return counterpart;
    }

    public List<CaseFile.CounterpartIssue> issues() {
        return counterpart.issues();
    }

    public Optional<CaseFile.CounterpartIssue> issue(String id) {
        return issues().stream().filter(i -> i.issue().equals(id)).findFirst();
    }

    public Optional<CaseFile.NegotiationOption> option(String issue, String option) {
        return issue(issue)
                .flatMap(i ->
                        i.options().stream().filter(o -> o.id().equals(option)).findFirst());
    }

    /**
     * The option a trainee means by what they chose or typed: its id or label in either language, else the option
     * whose keyword (or label) the text holds, the longest such keyword winning.
     */
    public Optional<String> resolve(String issue, String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        List<CaseFile.NegotiationOption> options =
                issue(issue).map(CaseFile.CounterpartIssue::options).orElse(List.of());
        for (CaseFile.NegotiationOption option : options) {
            if (option.id().equalsIgnoreCase(typed)
                    || option.label().zh().equalsIgnoreCase(typed)
                    || option.label().en().equalsIgnoreCase(typed)) {
                return Optional.of(option.id());
            }
        }
        String best = null;
        int longest = 0;
        for (CaseFile.NegotiationOption option : options) {
            for (String sign : signs(option)) {
                if (sign.length() > longest && typed.contains(sign)) {
                    best = option.id();
                    longest = sign.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> signs(CaseFile.NegotiationOption option) {
        List<String> signs = new ArrayList<>();
        signs.add(option.label().zh().toLowerCase(Locale.ROOT));
        signs.add(option.label().en().toLowerCase(Locale.ROOT));
        if (option.keywords() != null) {
            for (String words :
                    List.of(option.keywords().zh(), option.keywords().en())) {
                for (String word : words.split("[,，]")) {
                    if (!word.isBlank()) {
                        signs.add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return signs;
    }

    /** The package's value to the customer. */
    public int toCustomer(Map<String, String> deal) {
        return value(deal, CaseFile.NegotiationOption::customer);
    }

    /** The package's value to us. */
    public int toUs(Map<String, String> deal) {
        return value(deal, CaseFile.NegotiationOption::ours);
    }

    private int value(Map<String, String> deal, java.util.function.ToIntFunction<CaseFile.NegotiationOption> side) {
        int sum = 0;
        for (var entry : deal.entrySet()) {
            sum += option(entry.getKey(), entry.getValue())
                    .map(side::applyAsInt)
                    .orElse(0);
        }
        return sum;
    }

    /** The most any package gives the customer. */
    int customerBest() {
        return issues().stream()
                .mapToInt(i -> i.options().stream()
                        .mapToInt(CaseFile.NegotiationOption::customer)
                        .max()
                        .orElse(0))
                .sum();
    }

    /** What it still hopes for in round {@code round} (1 first). */
    int hope(int round) {
        int batna = counterpart.batna().value();
        int left = Math.max(0, PATIENCE - round);
        return batna + (int) Math.ceil((customerBest() - batna) * (double) left / PATIENCE);
    }

    /** Its answer to a whole package, after the rounds before it (oldest first). */
    public Reply answer(List<Round> before, Proposal proposal) {
        Map<String, String> deal = proposal.options();
        int value = toCustomer(deal);
        int batna = counterpart.batna().value();
        Map<String, String> lastOffer =
                before.isEmpty() ? Map.of() : before.getLast().reply().offered();
        if (!lastOffer.isEmpty() && lastOffer.equals(deal) && value >= batna) {
            return Reply.of(Reply.Move.ACCEPT);
        }
        if (value < batna) {
            long below = before.stream()
                    .filter(r -> toCustomer(r.proposal().options()) < batna)
                    .count();
            if (below + 1 >= WALK_AWAY_AT) {
                return Reply.of(Reply.Move.WALK_AWAY);
            }
            String issue = mostImportantShort(deal).orElseThrow();
            return new Reply(Reply.Move.REJECT, issue, null, null, null, Map.of());
        }
        int round = before.size() + 1 + (tradesByItsPriorities(proposal) ? 1 : 0);
        Optional<String> short_ = mostImportantShort(deal);
        if (value >= hope(round) || short_.isEmpty()) {
            return Reply.of(Reply.Move.ACCEPT);
        }
        String take = short_.get();
        String better = oneStepBetter(take, deal.get(take));
        Map<String, String> counter = new LinkedHashMap<>(deal);
        counter.put(take, better);
        Optional<String> give = leastImportantItCanGive(deal, take);
        if (give.isPresent()) {
            Map<String, String> traded = new LinkedHashMap<>(counter);
            String ours = bestForUs(give.get());
            traded.put(give.get(), ours);
            if (toCustomer(traded) > value) {
                return new Reply(Reply.Move.TRADE, take, better, give.get(), ours, Map.copyOf(traded));
            }
        }
        return new Reply(Reply.Move.COUNTER, take, better, null, null, Map.copyOf(counter));
    }

    /** A condition that asks it to give on an issue it ranks below the issue it is offered something on. */
    boolean tradesByItsPriorities(Proposal proposal) {
        return proposal.offers().stream()
                .filter(Proposal.Offer::conditioned)
                .anyMatch(offer -> priority(offer.conditionIssue()) < priority(offer.issue()));
    }

    int priority(String issue) {
        return issue(issue).map(CaseFile.CounterpartIssue::priority).orElse(0);
    }

    /** Its most important issue on which the package does not give it its best. */
    private Optional<String> mostImportantShort(Map<String, String> deal) {
        return issues().stream()
                .filter(i -> option(i.issue(), deal.get(i.issue()))
                                .map(CaseFile.NegotiationOption::customer)
                                .orElse(-1)
                        < bestFor(i, CaseFile.NegotiationOption::customer).customer())
                .max(Comparator.comparingInt(CaseFile.CounterpartIssue::priority))
                .map(CaseFile.CounterpartIssue::issue);
    }

    /** A less important issue on which the package does not yet give us our best. */
    private Optional<String> leastImportantItCanGive(Map<String, String> deal, String take) {
        return issues().stream()
                .filter(i -> i.priority() < priority(take))
                .filter(i -> !bestForUs(i.issue()).equals(deal.get(i.issue())))
                .min(Comparator.comparingInt(CaseFile.CounterpartIssue::priority))
                .map(CaseFile.CounterpartIssue::issue);
    }

    /** The option worth the least more to the customer than the current one (on a tie, the better for us). */
    private String oneStepBetter(String issue, String current) {
        int now =
                option(issue, current).map(CaseFile.NegotiationOption::customer).orElse(-1);
        return issue(issue).orElseThrow().options().stream()
                .filter(o -> o.customer() > now)
                .min(Comparator.comparingInt(CaseFile.NegotiationOption::customer)
                        .thenComparing(Comparator.comparingInt(CaseFile.NegotiationOption::ours)
                                .reversed()))
                .orElseThrow()
                .id();
    }

    private String bestForUs(String issue) {
        return bestFor(issue(issue).orElseThrow(), CaseFile.NegotiationOption::ours)
                .id();
    }

    private static CaseFile.NegotiationOption bestFor(
            CaseFile.CounterpartIssue issue, java.util.function.ToIntFunction<CaseFile.NegotiationOption> side) {
        return issue.options().stream().max(Comparator.comparingInt(side)).orElseThrow();
    }

    /** What it says, in the language given, with the issues and options named. */
    public String line(Reply reply, Locale language) {
        CaseFile.CounterpartLines lines = counterpart.lines();
        LocalizedText text = switch (reply.move()) {
            case ACCEPT -> lines.accept();
            case REJECT -> lines.reject();
            case COUNTER -> lines.counter();
            case TRADE -> lines.trade();
            case WALK_AWAY -> lines.walkAway();
        };
        return text.in(language)
                .replace("{issue}", issueName(reply.issue(), language))
                .replace("{option}", optionLabel(reply.issue(), reply.option(), language))
                .replace("{takeIssue}", issueName(reply.issue(), language))
                .replace("{take}", optionLabel(reply.issue(), reply.option(), language))
                .replace("{giveIssue}", issueName(reply.given(), language))
                .replace("{give}", optionLabel(reply.given(), reply.givenOption(), language));
    }

    /** The closing line that sums up the deal. */
    public String dealLine(Map<String, String> deal, Locale language) {
        return counterpart.lines().deal().in(language).replace("{deal}", describe(deal, language));
    }

    /** "price: Same price, step financing by phase; the consultant: …" */
    public String describe(Map<String, String> deal, Locale language) {
        String separator = LocalizedText.isChinese(language) ? "；" : "; ";
        String colon = LocalizedText.isChinese(language) ? "：" : ": ";
        List<String> parts = new ArrayList<>();
        for (CaseFile.CounterpartIssue issue : issues()) {
            if (deal.containsKey(issue.issue())) {
                parts.add(issue.name().in(language)
                        + colon
                        + optionLabel(issue.issue(), deal.get(issue.issue()), language));
            }
        }
        return String.join(separator, parts);
    }

    public String issueName(String issue, Locale language) {
        return issue == null ? "" : issue(issue).map(i -> i.name().in(language)).orElse(issue);
    }

    public String optionLabel(String issue, String option, Locale language) {
        return option == null
                ? ""
                : option(issue, option).map(o -> o.label().in(language)).orElse(option);
    }

    /** Every package of one option per issue, in the pack's order. */
    List<Map<String, String>> packages() {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (CaseFile.CounterpartIssue issue : issues()) {
            List<Map<String, String>> longer = new ArrayList<>();
            for (Map<String, String> partial : all) {
                for (CaseFile.NegotiationOption option : issue.options()) {
                    Map<String, String> next = new LinkedHashMap<>(partial);
                    next.put(issue.issue(), option.id());
                    longer.add(next);
                }
            }
            all = longer;
        }
        return all;
    }
}
