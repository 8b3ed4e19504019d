package org.ssmclassroom.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.testing.SsmMethod;

class BoardModelTest {

    private static final Method METHOD = SsmMethod.METHOD;

    /** A board content built from "item#field" → text pairs. */
    private static BoardContent content(String... pairs) {
        Map<BoardContent.ValueKey, BoardContent.Value> values = new HashMap<>();
        List<BoardContent.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String item = pairs[i].substring(0, pairs[i].indexOf('#'));
            values.put(
                    new BoardContent.ValueKey(item, pairs[i].substring(pairs[i].indexOf('#') + 1)),
                    new BoardContent.Value(pairs[i + 1], 1, "t", Instant.EPOCH));
            if (items.stream().noneMatch(it -> it.id().equals(item))) {
                items.add(new BoardContent.Item(item, items.size()));
            }
        }
        return new BoardContent(items, values);
    }

    private static Map<String, Boolean> checks(String template, BoardContent content) {
        Map<String, Boolean> result = new HashMap<>();
        BoardChecks.evaluate(METHOD, METHOD.template(template).orElseThrow(), content)
                .forEach(r -> result.put(r.check().id(), r.passed()));
        return result;
    }

    @Test
    void everyKeyPersonOnTheOrgMapNeedsAllFourKeyFacts() {
        String[] yoshi = {
            "people/y#buyingRole",
            "E",
            "people/y#adaptability",
            "early",
            "people/y#attitude",
            "supporter",
            "people/y#coverage",
            "good"
        };
        assertThat(checks("org-map", content(yoshi))).containsEntry("four-facts", true);
        String[] withBoris = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(yoshi), java.util.stream.Stream.of("people/b#buyingRole", "U"))
                .toArray(String[]::new);
        assertThat(checks("org-map", content(withBoris)))
                .as("one person with one fact of four")
                .containsEntry("four-facts", false);
        assertThat(checks("org-map", content())).containsEntry("four-facts", false);
    }

    @Test
    void painChainCheckNeedsFourPeopleWithTitlePainAndReason() {
        String[] three = {
            "pain-chain/a#title",
            "CEO",
            "pain-chain/a#pain",
            "Share price",
            "pain-chain/a#reason1",
            "Profit",
            "pain-chain/b#title",
            "CFO",
            "pain-chain/b#pain",
            "Profit",
            "pain-chain/b#reason1",
            "Costs",
            "pain-chain/c#title",
            "COO",
            "pain-chain/c#pain",
            "Revenue",
            "pain-chain/c#reason1",
            "Share"
        };
        assertThat(checks("initiatives", content(three)).get("pain-chain-four")).isFalse();
        String[] fourWithoutReason = append(three, "pain-chain/d#title", "VP", "pain-chain/d#pain", "Loyalty");
        assertThat(checks("initiatives", content(fourWithoutReason)).get("pain-chain-four"))
                .isFalse();
        String[] four = append(fourWithoutReason, "pain-chain/d#reason1", "Service");
        assertThat(checks("initiatives", content(four)).get("pain-chain-four")).isTrue();
    }

    @Test
    void iscCheckNeedsAKeyNeedInEveryBlock() {
        String[] three = {"needs/a#block", "consulting", "needs/b#block", "systems", "needs/c#block", "applications"};
        assertThat(checks("preliminary-solution", content(three)).get("every-block"))
                .isFalse();
        assertThat(checks("preliminary-solution", content(append(three, "needs/d#block", "management")))
                        .get("every-block"))
                .isTrue();
    }

    @Test
    void nineBlockCheckCountsRowsThatHaveAQuestion() {
        BoardContent content = content(
                "questions/R.open#question",
                "What do you think of your current solution?",
                "questions/I.control#question",
                "Would it affect the service department?");
        assertThat(checks("pain-sheet", content).get("impact-questions")).isFalse();
        assertThat(checks(
                                "pain-sheet",
                                content(
                                        "questions/R.open#question",
                                        "a",
                                        "questions/I.open#question",
                                        "b",
                                        "questions/C.confirm#question",
                                        "c"))
                        .get("impact-questions"))
                .isTrue();
    }

    @Test
    void filledCheckReadsTheSectionsRecord() {
        assertThat(checks("challenges", content("team/main#spokesperson", "Mei"))
                        .get("spokesperson-chosen"))
                .isTrue();
        assertThat(checks("challenges", content("team/main#spokesperson", "  ")).get("spokesperson-chosen"))
                .isFalse();
    }

    @Test
    void decisionWalkFollowsTheAnswersToAStrategy() {
        Method.DecisionTree tree = METHOD.models().decisionTrees().getFirst();
        DecisionWalk open = DecisionWalk.of(tree, Map.of("f1", "yes"));
        assertThat(open.question()).map(Method.Node::id).contains("f2");
        assertThat(open.outcome()).isEmpty();
        assertThat(DecisionWalk.of(tree, Map.of("f1", "yes", "f2", "yes", "f3", "no", "f4", "yes"))
                        .outcome())
                .contains("flanking");
        DecisionWalk walkAway = DecisionWalk.of(tree, Map.of("f1", "no", "f5", "no", "f7", "no"));
        assertThat(walkAway.outcome()).contains("walk-away");
        assertThat(walkAway.steps()).extracting(s -> s.node().id()).containsExactly("f1", "f5", "f7");
    }

    private static String[] append(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
