package org.ssmclassroom.roleplay;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.ScenarioPack;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code evaluate-practice --set <questions.yaml>}: asks the practice partner every question of an evaluation
 * set, each in a fresh conversation, and prints how often it was understood, per language and per kind. A
 * question about the business is understood when the answer uncovers one of its targets; a pitch or off-topic
 * talk when it is recognised as such.
 */
public final class PracticeEvaluation {

    /** One question of a set and what a right answer does. */
    public record Question(String lang, String q, QuestionKind kind, List<String> targets, boolean paraphrase) {

        public Question {
            targets = targets == null ? List.of() : targets;
        }
    }

    public record Set(String caseId, List<Question> questions) {}

    /** A question and what the partner made of it. */
    public record Outcome(Question question, PracticePartner.Reply reply, boolean understood, long micros) {}

    /** How many of a group were understood. */
    public record Score(int understood, int asked) {
        public double share() {
            return asked == 0 ? 1 : (double) understood / asked;
        }
    }

    private PracticeEvaluation() {}

    public static Set read(InputStream yaml) {
        return read(YAMLMapper.builder().build().readTree(yaml));
    }

    static Set read(tools.jackson.databind.JsonNode tree) {
        JsonMapper json = JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        List<Question> questions = new ArrayList<>();
        tree.get("questions").forEach(q -> questions.add(json.treeToValue(q, Question.class)));
        return new Set(tree.get("case").asString(), questions);
    }

    public static List<Outcome> run(ScenarioPack pack, Set set) {
        Map<String, PracticePartner> partners = new TreeMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Question question : set.questions()) {
            PracticePartner partner = partners.computeIfAbsent(
                    question.lang(),
                    lang -> PracticePartner.of(pack, lang.equals("en") ? Locale.ENGLISH : LocalizedText.CHINESE)
                            .orElseThrow());
            long start = System.nanoTime();
            PracticePartner.Reply reply = partner.start().ask(question.q());
            long micros = (System.nanoTime() - start) / 1000;
            outcomes.add(new Outcome(question, reply, understood(question, reply), micros));
        }
        return outcomes;
    }

    static boolean understood(Question question, PracticePartner.Reply reply) {
        if (!question.kind().asksAboutTheBusiness()) {
            return reply.kind() == question.kind();
        }
        return reply.kind().asksAboutTheBusiness() && reply.targets().stream().anyMatch(question.targets()::contains);
    }

    /** Scores by a key of each outcome (its language, its language and kind …), in key order. */
    public static Map<String, Score> by(List<Outcome> outcomes, java.util.function.Function<Outcome, String> key) {
        Map<String, Score> scores = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            scores.merge(
                    key.apply(outcome),
                    new Score(outcome.understood() ? 1 : 0, 1),
                    (a, b) -> new Score(a.understood() + b.understood(), a.asked() + b.asked()));
        }
        return scores;
    }

    public static int command(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length < 3 || !args[1].equals("--set")) {
            err.println(
                    "usage: evaluate-practice --set <questions.yaml|conversations.yaml> [--packs <folder>] [--verbose]");
            return 2;
        }
        tools.jackson.databind.JsonNode tree;
        try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
            tree = YAMLMapper.builder().build().readTree(in);
        }
        String folder = null;
        for (int i = 3; i + 1 < args.length; i++) {
            if (args[i].equals("--packs")) {
                folder = args[i + 1];
            }
        }
        String caseId = tree.get("case").asString();
        Optional<ScenarioPack> pack = PracticeCommand.pack(caseId, folder);
        if (pack.isEmpty()) {
            err.println("no valid case pack '" + caseId + "'");
            return 1;
        }
        if (ConversationEvaluation.isConversations(tree)) {
            ConversationEvaluation.Set conversations = ConversationEvaluation.read(tree);
            ConversationEvaluation.print(
                    ConversationEvaluation.run(pack.get(), conversations),
                    conversations,
                    List.of(args).contains("--verbose"),
                    out);
            return 0;
        }
        Set set = read(tree);
        List<Outcome> outcomes = run(pack.get(), set);
        out.println("Practice partner on " + set.caseId() + ": " + outcomes.size() + " questions");
        print(
                out,
                "business questions with the right target, per language",
                by(business(outcomes, true), o -> o.question().lang()));
        print(
                out,
                "pitches and off-topic talk recognised, per language",
                by(business(outcomes, false), o -> o.question().lang()));
        print(
                out,
                "per language and kind",
                by(
                        outcomes,
                        o -> o.question().lang() + " " + o.question().kind().id()));
        print(
                out,
                "business questions put as the 9-block model says (open/control/confirm), per language",
                PracticeEvaluation.by(
                        business(outcomes, true).stream()
                                .map(o -> new Outcome(
                                        o.question(),
                                        o.reply(),
                                        o.reply().kind() == o.question().kind(),
                                        o.micros()))
                                .toList(),
                        o -> o.question().lang()));
        print(
                out,
                "business questions sharing a word with the pack, per language",
                by(
                        business(outcomes, true).stream()
                                .filter(o -> !o.question().paraphrase())
                                .toList(),
                        o -> o.question().lang()));
        print(
                out,
                "paraphrases sharing no keyword with the facts",
                by(
                        outcomes.stream().filter(o -> o.question().paraphrase()).toList(),
                        o -> o.question().lang()));
        List<Long> times = outcomes.stream().map(Outcome::micros).sorted().toList();
        out.printf(
                Locale.ROOT,
                "  answer time (models loaded): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                times.get(times.size() / 2) / 1000.0,
                times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1000.0,
                times.getLast() / 1000.0);
        if (List.of(args).contains("--verbose")) {
            outcomes.stream()
                    .filter(o -> !o.understood())
                    .forEach(o -> out.println("  missed [" + o.question().lang()
                            + " " + o.question().kind().id() + " "
                            + o.question().targets() + "] " + o.question().q()
                            + "  ->  " + o.reply().kind().id() + " " + o.reply().targets()));
        }
        return 0;
    }

    private static List<Outcome> business(List<Outcome> outcomes, boolean business) {
        return outcomes.stream()
                .filter(o -> o.question().kind().asksAboutTheBusiness() == business)
                .toList();
    }

    static void print(PrintStream out, String title, Map<String, Score> scores) {
        out.println("  " + title + ":");
        scores.forEach((key, score) -> out.printf(
                Locale.ROOT,
                "    %-18s %3d / %3d  %5.1f%%%n",
                key,
                score.understood(),
                score.asked(),
                100 * score.share()));
    }
}
