package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.LocalizedText;

/**
 * The negotiation: unique issues, each involving known people; and the computer customer's side, when the case
 * declares one: a customer of the case, one entry per issue with unique options, priorities that agree with the
 * scoring table, a best alternative a deal can reach, and lines that fill in what they name, in both languages.
 */
record NegotiationChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements CasePackCheck {

    private static final String AT = "/negotiation/counterpart";

    /** The placeholders each line must fill in; others may appear only where listed. */
    private static final Map<String, List<String>> NEEDED = Map.of(
            "accept", List.of(),
            "reject", List.of("{issue}"),
            "counter", List.of("{issue}", "{option}"),
            "trade", List.of("{give}", "{take}"),
            "walkAway", List.of(),
            "deal", List.of("{deal}"));

    private static final List<String> PLACEHOLDERS =
            List.of("{issue}", "{option}", "{give}", "{giveIssue}", "{take}", "{takeIssue}", "{deal}");

    @Override
    public void run() {
        if (caseFile.negotiation() == null) {
            return;
        }
        List<CaseFile.Issue> issues = caseFile.negotiation().issues();
        problems.unique(tree, "/negotiation/issues", issues, CaseFile.Issue::id);
        for (int i = 0; i < issues.size(); i++) {
            List<String> involved = nullSafe(issues.get(i).people());
            for (int p = 0; p < involved.size(); p++) {
                person(tree, "/negotiation/issues/" + i + "/people/" + p, involved.get(p));
            }
        }
        CaseFile.Counterpart counterpart = caseFile.negotiation().counterpart();
        if (counterpart != null) {
            persona(counterpart.persona());
            counterpartIssues(issues, counterpart.issues());
            priorities(counterpart.issues());
            reachable(counterpart);
            lines(counterpart.lines());
        }
    }

    private void persona(String id) {
        if (person(tree, AT + "/persona", id)
                && caseFile.person(id).map(CaseFile.Person::side).orElse(null) != CaseFile.Side.CUSTOMER) {
            problems.at(tree, AT + "/persona", "'" + id + "' is on our side; the counterpart plays the customer");
        }
    }

    /** One entry per issue of the negotiation, each with options of its own ids. */
    private void counterpartIssues(List<CaseFile.Issue> issues, List<CaseFile.CounterpartIssue> declared) {
        Set<String> known = MethodPackCheck.ids(issues, CaseFile.Issue::id);
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < declared.size(); i++) {
            String issue = declared.get(i).issue();
            String at = AT + "/issues/" + i;
            if (!known.contains(issue)) {
                problems.at(
                        tree,
                        at + "/issue",
                        "unknown issue '" + issue + "'; the negotiation's issues are "
                                + String.join(", ", new java.util.TreeSet<>(known)));
            } else if (!seen.add(issue)) {
                problems.at(tree, at + "/issue", "issue '" + issue + "' is declared twice");
            }
            problems.unique(tree, at + "/options", declared.get(i).options(), CaseFile.NegotiationOption::id);
        }
        known.stream()
                .filter(id -> !seen.contains(id))
                .sorted()
                .forEach(id -> problems.at(
                        tree, AT + "/issues", "issue '" + id + "' has no priority and options for the counterpart"));
    }

    /** An issue that matters more to the customer spans more value to it than one that matters less. */
    private void priorities(List<CaseFile.CounterpartIssue> declared) {
        for (int i = 0; i < declared.size(); i++) {
            for (int j = 0; j < declared.size(); j++) {
                CaseFile.CounterpartIssue more = declared.get(i);
                CaseFile.CounterpartIssue less = declared.get(j);
                if (more.priority() > less.priority() && spread(more) < spread(less)) {
                    problems.at(
                            tree,
                            AT + "/issues/" + i + "/priority",
                            "issue '" + more.issue() + "' has priority " + more.priority()
                                    + " but its options span " + spread(more) + " in value to the customer, less than"
                                    + " issue '" + less.issue() + "' (priority " + less.priority() + ") spans: "
                                    + spread(less) + "; the scoring table must agree with the priorities");
                }
            }
        }
    }

    private static int spread(CaseFile.CounterpartIssue issue) {
        var values = issue.options().stream().mapToInt(CaseFile.NegotiationOption::customer);
        var stats = values.summaryStatistics();
        return issue.options().isEmpty() ? 0 : stats.getMax() - stats.getMin();
    }

    /** Some agreement is worth at least the customer's best alternative to it and ours to us. */
    private void reachable(CaseFile.Counterpart counterpart) {
        if (counterpart.batna() == null || counterpart.ourBatna() == null) {
            return;
        }
        int[] best = {-1, -1};
        walk(counterpart.issues(), 0, 0, 0, counterpart.ourBatna().value(), best);
        if (best[0] < counterpart.batna().value()) {
            problems.at(
                    tree,
                    AT + "/batna/value",
                    "no agreement reaches the customer's best alternative ("
                            + counterpart.batna().value() + "): the most the options give it is " + best[0]);
        } else if (best[1] < counterpart.batna().value()) {
            problems.at(
                    tree,
                    AT + "/batna/value",
                    "no agreement worth at least our best alternative ("
                            + counterpart.ourBatna().value()
                            + ") reaches the customer's (" + counterpart.batna().value() + "): there is nothing to"
                            + " agree on");
        }
    }

    /** best[0]: the most any agreement gives the customer; best[1]: the most one worth ourBatna to us gives it. */
    private static void walk(
            List<CaseFile.CounterpartIssue> issues, int i, int customer, int ours, int ourBatna, int[] best) {
        if (i == issues.size()) {
            best[0] = Math.max(best[0], customer);
            if (ours >= ourBatna) {
                best[1] = Math.max(best[1], customer);
            }
            return;
        }
        for (CaseFile.NegotiationOption option : issues.get(i).options()) {
            walk(issues, i + 1, customer + option.customer(), ours + option.ours(), ourBatna, best);
        }
    }

    /** Every line fills in what it must, and only what it may, in both languages. */
    private void lines(CaseFile.CounterpartLines lines) {
        if (lines == null) {
            return;
        }
        Map<String, LocalizedText> byName = Map.of(
                "accept", lines.accept(),
                "reject", lines.reject(),
                "counter", lines.counter(),
                "trade", lines.trade(),
                "walkAway", lines.walkAway(),
                "deal", lines.deal());
        byName.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(line -> {
            for (Locale language : List.of(LocalizedText.CHINESE, Locale.ENGLISH)) {
                String tag = language.toLanguageTag();
                String text = line.getValue() == null ? "" : line.getValue().in(language);
                String at = AT + "/lines/" + line.getKey() + "/" + tag;
                NEEDED.get(line.getKey()).stream()
                        .filter(p -> !text.contains(p))
                        .forEach(p -> problems.at(tree, at, "the " + tag + " line does not say " + p));
                java.util.regex.Matcher named =
                        java.util.regex.Pattern.compile("\\{[A-Za-z]+}").matcher(text);
                while (named.find()) {
                    if (!PLACEHOLDERS.contains(named.group())) {
                        problems.at(
                                tree,
                                at,
                                "unknown placeholder " + named.group() + "; a line may say "
                                        + String.join(", ", PLACEHOLDERS));
                    }
                }
            }
        });
    }
}
