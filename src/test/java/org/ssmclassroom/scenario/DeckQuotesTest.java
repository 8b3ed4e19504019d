package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.scenario.PackFixtures.edited;
import static org.ssmclassroom.scenario.PackFixtures.files;
import static org.ssmclassroom.scenario.PackFixtures.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.LocalizedText;

/**
 * Every Chinese string the method pack quotes from the deck is found verbatim in the deck's text, kept in
 * {@code deck-quotes.txt}: a silent change of a quoted word fails here. Two liberties only, both of layout: the
 * extraction's ASCII punctuation and the packs' full-width punctuation compare equal (NFKC), and whitespace is
 * ignored. Where the pack joins several deck lines into one item it uses {@code ；} between them and {@code ：}
 * after a heading (also {@code /}, {@code 、} and {@code ·} between a diagram's labels); each joined part must then be
 * the deck's; a table cell the deck leaves empty shows {@code —}. Content
 * marked {@code authored} is ours and is not held here (docs/adr/029-deck-quotes.md).
 */
class DeckQuotesTest {

    private static final String DECK = deck();

    /** How a table card shows a cell the deck leaves empty. */
    private static final String EMPTY_CELL = "—";

    /** How the packs name the case and its persona in the deck's own sentences ({case}, {persona}). */
    private static final List<Map<String, String>> NAMES = List.of(
            Map.of("{case}", "Homebody", "{persona}", "Yoshi Goto"),
            Map.of("{case}", "Homebody", "{persona}", "Yoshi"));

    private static String deck() {
        try (InputStream in = DeckQuotesTest.class.getResourceAsStream("/deck-quotes.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return normal(Arrays.stream(text.split("\n"))
                    .filter(line -> !line.startsWith("#"))
                    .collect(Collectors.joining(",")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** The deck has this text, or each part the pack joined it from. */
    static boolean quoted(String text) {
        String normal = normal(text);
        if (normal.isEmpty() || normal.equals(EMPTY_CELL) || DECK.contains(normal)) {
            return true;
        }
        for (String separator : List.of(";", ":", "/", "、", "·")) {
            int at = normal.indexOf(separator);
            if (at < 0) {
                continue;
            }
            List<String> parts = separator.equals(":")
                    ? List.of(normal.substring(0, at), normal.substring(at + 1))
                    : List.of(normal.split(java.util.regex.Pattern.quote(separator), -1));
            return parts.stream().allMatch(p -> !p.isEmpty() && quoted(p));
        }
        return false;
    }

    private static boolean quotedWithNames(String text) {
        return NAMES.stream().anyMatch(names -> {
            String named = text;
            for (Map.Entry<String, String> name : names.entrySet()) {
                named = named.replace(name.getKey(), name.getValue());
            }
            return quoted(named);
        });
    }

    /** Where each deck-quoted Chinese string of the method pack sits, by a path a reader can find it with. */
    static Map<String, String> deckStrings(Method method) {
        Map<String, String> strings = new LinkedHashMap<>();
        for (Method.Card card : method.cards()) {
            if (card.origin() != Origin.DECK) {
                continue;
            }
            String at = "concepts.yaml card " + card.id();
            put(strings, at + " title", card.title());
            put(strings, at + " text", card.text());
            for (int i = 0; i < card.items().size(); i++) {
                put(strings, at + " item " + i, card.items().get(i));
            }
            for (int r = 0; r < card.table().size(); r++) {
                for (int c = 0; c < card.table().get(r).size(); c++) {
                    put(
                            strings,
                            at + " table " + r + "," + c,
                            card.table().get(r).get(c));
                }
            }
        }
        for (Method.Exercise exercise : method.exercises()) {
            if (exercise.origin() != null && exercise.origin() != Origin.DECK) {
                continue;
            }
            String at = "exercises.yaml " + exercise.id();
            put(strings, at + " title", exercise.title());
            for (int i = 0; i < exercise.instructions().size(); i++) {
                put(strings, at + " instruction " + i, exercise.instructions().get(i));
            }
        }
        for (Method.Vocabulary vocabulary : method.vocabularies()) {
            if (vocabulary.origin() == Origin.AUTHORED) {
                continue;
            }
            // A vocabulary's title names the pack's list ("问题类型"); its terms are the deck's words.
            String at = "vocabularies.yaml " + vocabulary.id();
            for (Method.Term term : vocabulary.terms()) {
                if (term.origin() != Origin.AUTHORED) {
                    put(strings, at + " " + term.id() + " label", term.label());
                    put(strings, at + " " + term.id() + " description", term.description());
                }
            }
        }
        Method.Course course = method.course();
        for (int i = 0; i < course.goals().size(); i++) {
            put(strings, "course.yaml goal " + i, course.goals().get(i));
        }
        for (Method.Stage stage : course.stages()) {
            String at = "course.yaml " + stage.id();
            put(strings, at + " title", stage.title());
            if (stage.origin() != Origin.AUTHORED) {
                put(strings, at + " description", stage.description());
            }
            put(strings, at + " salesStep", stage.salesStep());
            put(strings, at + " buyingStep", stage.buyingStep());
        }
        course.milestones().forEach(m -> put(strings, "course.yaml milestone " + m.id(), m.title()));
        // An outcome's `authored` mark is for its stage and milestone, which the deck lost; its words are the deck's.
        course.outcomes().forEach(o -> put(strings, "course.yaml outcome " + o.id(), o.text()));
        for (Method.Role role : course.roles()) {
            if (role.origin() != Origin.AUTHORED) {
                put(strings, "course.yaml role " + role.id() + " title", role.title());
                put(strings, "course.yaml role " + role.id() + " duty", role.duty());
            }
        }
        return strings;
    }

    private static void put(Map<String, String> strings, String at, LocalizedText text) {
        if (text != null && text.zh() != null && !text.zh().isBlank()) {
            strings.put(at, text.zh());
        }
    }

    private static Method method(Map<String, byte[]> files) {
        PackResult result = read("ssm-method", files);
        assertThat(result).isInstanceOf(PackResult.Valid.class);
        return ((PackResult.Valid) result).pack().method();
    }

    private static List<String> unquoted(Method method) {
        List<String> missing = new ArrayList<>();
        deckStrings(method).forEach((at, zh) -> {
            if (!quotedWithNames(zh)) {
                missing.add(at + ": " + zh);
            }
        });
        return missing;
    }

    @Test
    void everyStringTheMethodPackQuotesFromTheDeckIsTheDecksWordForWord() {
        Method method = method(files("ssm-method"));
        assertThat(deckStrings(method)).hasSizeGreaterThan(150);
        assertThat(unquoted(method)).isEmpty();
    }

    @Test
    void theHomebodyPainChainsAreTheDecksBoxesWordForWord() {
        PackResult result = read("homebody", files("homebody"));
        assertThat(result).isInstanceOf(PackResult.Valid.class);
        CaseFile caseFile = ((PackResult.Valid) result).pack().caseData().orElseThrow();
        List<String> missing = new ArrayList<>();
        for (CaseFile.PainChain chain : caseFile.painChains()) {
            List<LocalizedText> texts = new ArrayList<>(List.of(chain.title()));
            for (CaseFile.Link link : chain.links()) {
                assertThat(link.role())
                        .as(chain.id() + " " + link.person() + " has the deck's label")
                        .isNotNull();
                texts.add(link.role());
                texts.add(link.pain());
                link.reasons().forEach(reason -> texts.add(reason.text()));
            }
            texts.stream()
                    .map(LocalizedText::zh)
                    .filter(zh -> !quoted(zh))
                    .forEach(zh -> missing.add(chain.id() + ": " + zh));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theAccountPlanCardIsTheDecksSlide28WithOnlyTheCaseNameLeftOutOfItsTitle() {
        Method.Card card = method(files("ssm-method")).cards().stream()
                .filter(c -> c.id().equals("account-plan"))
                .findFirst()
                .orElseThrow();
        // A method pack names no case: the deck's title is "Homebody客户计划的要素"; the source says so.
        assertThat(card.title().zh()).isEqualTo("客户计划的要素");
        assertThat(DECK).contains(normal("Homebody" + card.title().zh()));
        assertThat(card.source().zh()).contains("Homebody客户计划的要素");
        assertThat(card.origin()).isEqualTo(Origin.DECK);
    }

    @Test
    void changingOneQuotedWordOfACardFailsTheCheck() {
        Method method = method(edited("ssm-method", "concepts.yaml", text -> text.replace("会带你找到关键决策者", "会带你找到决策者")));
        assertThat(unquoted(method))
                .containsExactly(
                        "concepts.yaml card sponsor-decision-makers item 0: " + "赞助者：提供信息；会在公司内部替你开路，帮你销售；会带你找到决策者");
    }

    @Test
    void changingOneQuotedWordOfAnInstructionFailsTheCheck() {
        Method method =
                method(edited("ssm-method", "exercises.yaml", text -> text.replace("至少涵盖4个客户关键人物", "至少涵盖3个客户关键人物")));
        assertThat(unquoted(method)).singleElement().asString().startsWith("exercises.yaml ex4 instruction 2");
    }

    @Test
    void punctuationWidthAndTheJoinsOfTheDecksLinesAreTheOnlyLiberties() {
        assertThat(quoted("客户采取迫切行动的理由是什么？")).isTrue();
        assertThat(quoted("赞助者：提供信息；会带你找到关键决策者")).isTrue();
        assertThat(quoted("赞助者：提供信息；会带你找到关键人物")).isFalse();
        assertThat(quoted("分析我们的优劣势。")).as("the deck ends this line with '.'").isFalse();
    }
}
