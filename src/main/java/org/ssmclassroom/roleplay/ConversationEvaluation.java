package org.ssmclassroom.roleplay;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.ScenarioPack;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code evaluate-practice --set <conversations.yaml>}: plays whole conversations with the practice partner, turn
 * by turn in one conversation each, and scores every turn against what it should get: a fact uncovering its
 * targets, the next layer ({@code more}), the style's nothing-more or repeat line, a guarded fact held back, a
 * pitch or small talk recognised. Printed per language, per kind of turn and per half (held-out or tuned).
 */
public final class ConversationEvaluation {

    /** One turn and what it should get; {@code kind} (open, control, confirm) is scored apart when given. */
    public record Turn(String q, String expect, List<String> targets, QuestionKind kind, String tag) {
        public Turn {
            targets = targets == null ? List.of() : targets;
        }
    }

    public record Conversation(String id, String lang, String half, List<Turn> turns) {}

    public record Set(String caseId, List<Conversation> conversations) {
        public int turns() {
            return conversations.stream().mapToInt(c -> c.turns().size()).sum();
        }
    }

    /** A turn, its conversation, what the partner answered, and whether that was right. */
    public record Outcome(
            Conversation conversation, Turn turn, PracticePartner.Reply reply, boolean right, long micros) {

        public boolean kindRight() {
            return turn.kind() == null || turn.kind() == reply.kind();
        }
    }

    private ConversationEvaluation() {}

    /** Whether the YAML file holds conversations rather than single questions. */
    static boolean isConversations(tools.jackson.databind.JsonNode tree) {
        return tree.has("conversations");
    }

    public static Set read(InputStream yaml) {
        return read(YAMLMapper.builder().build().readTree(yaml));
    }

    static Set read(tools.jackson.databind.JsonNode tree) {
        JsonMapper json = JsonMapper.builder().build();
        List<Conversation> conversations = new ArrayList<>();
        tree.get("conversations").forEach(c -> conversations.add(json.treeToValue(c, Conversation.class)));
        return new Set(tree.get("case").asString(), conversations);
    }

    public static List<Outcome> run(ScenarioPack pack, Set set) {
        Map<String, PracticePartner> partners = new TreeMap<>();
        java.util.Set<String> guarded = guardedTargets(pack);
        List<Outcome> outcomes = new ArrayList<>();
        for (Conversation conversation : set.conversations()) {
            PracticePartner partner = partners.computeIfAbsent(
                    conversation.lang(),
                    lang -> PracticePartner.of(pack, lang.equals("en") ? Locale.ENGLISH : LocalizedText.CHINESE)
                            .orElseThrow());
            PracticePartner.Conversation talk = partner.start();
            for (Turn turn : conversation.turns()) {
                long start = System.nanoTime();
                PracticePartner.Reply reply = talk.ask(turn.q());
                long micros = (System.nanoTime() - start) / 1000;
                outcomes.add(new Outcome(conversation, turn, reply, right(turn, reply, guarded), micros));
            }
        }
        return outcomes;
    }

    /** The targets only guarded facts reveal: a turn expecting "guarded-refused" must uncover none of them. */
    static java.util.Set<String> guardedTargets(ScenarioPack pack) {
        java.util.Set<String> guarded = new java.util.HashSet<>();
        pack.caseData()
                .map(CaseFile::interview)
                .ifPresent(i -> i.facts().stream()
                        .filter(CaseFile.PersonaFact::guarded)
                        .flatMap(f -> f.layers().stream())
                        .forEach(l -> guarded.addAll(l.reveals())));
        return guarded;
    }

    static boolean right(Turn turn, PracticePartner.Reply reply, java.util.Set<String> guarded) {
        boolean targets = reply.targets().containsAll(turn.targets());
        PracticePartner.Line line = reply.line();
        return switch (turn.expect()) {
            case "fact" -> targets && (line == PracticePartner.Line.FACT || line == PracticePartner.Line.SHORT);
            case "short" -> targets && line == PracticePartner.Line.SHORT;
            case "more" -> targets && line == PracticePartner.Line.MORE;
            case "repeat" -> targets && line == PracticePartner.Line.REPEAT;
            case "nothing-more" -> line == PracticePartner.Line.NOTHING_MORE;
            case "guarded-refused" -> reply.targets().stream().noneMatch(guarded::contains);
            case "pitch" -> line == PracticePartner.Line.PITCH;
            case "offtopic" -> line == PracticePartner.Line.OFFTOPIC;
            case "unknown" -> line == PracticePartner.Line.UNKNOWN;
            default -> throw new IllegalArgumentException("unknown expectation '" + turn.expect() + "'");
        };
    }

    public static Map<String, PracticeEvaluation.Score> by(List<Outcome> outcomes, Function<Outcome, String> key) {
        return score(outcomes, key, Outcome::right);
    }

    static Map<String, PracticeEvaluation.Score> score(
            List<Outcome> outcomes, Function<Outcome, String> key, java.util.function.Predicate<Outcome> right) {
        Map<String, PracticeEvaluation.Score> scores = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            scores.merge(
                    key.apply(outcome),
                    new PracticeEvaluation.Score(right.test(outcome) ? 1 : 0, 1),
                    (a, b) -> new PracticeEvaluation.Score(a.understood() + b.understood(), a.asked() + b.asked()));
        }
        return scores;
    }

    static void print(List<Outcome> outcomes, Set set, boolean verbose, PrintStream out) {
        out.println("Practice partner on " + set.caseId() + ": "
                + set.conversations().size() + " conversations, " + outcomes.size() + " turns");
        PracticeEvaluation.print(
                out,
                "turns right, per language",
                by(outcomes, o -> o.conversation().lang()));
        PracticeEvaluation.print(
                out,
                "per half and language",
                by(
                        outcomes,
                        o -> o.conversation().half() + " " + o.conversation().lang()));
        PracticeEvaluation.print(
                out, "per kind of turn", by(outcomes, o -> o.turn().expect()));
        PracticeEvaluation.print(
                out,
                "per tag",
                by(
                        outcomes.stream().filter(o -> o.turn().tag() != null).toList(),
                        o -> o.turn().tag()));
        PracticeEvaluation.print(
                out,
                "question kind (open/control/confirm) right, per language",
                score(
                        outcomes.stream().filter(o -> o.turn().kind() != null).toList(),
                        o -> o.conversation().lang(),
                        Outcome::kindRight));
        List<Long> times = outcomes.stream().map(Outcome::micros).sorted().toList();
        if (!times.isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "  answer time (models loaded): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    times.get(times.size() / 2) / 1000.0,
                    times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1000.0,
                    times.getLast() / 1000.0);
        }
        if (verbose) {
            outcomes.stream()
                    .filter(o -> !o.right() || !o.kindRight())
                    .forEach(o -> out.println("  missed [" + o.conversation().id() + " "
                            + o.turn().expect() + " "
                            + o.turn().targets()
                            + (o.turn().kind() == null
                                    ? ""
                                    : " " + o.turn().kind().id())
                            + "] " + o.turn().q() + "  ->  " + o.reply().line().id() + " "
                            + o.reply().kind().id() + " " + o.reply().targets()));
        }
    }
}
