package org.ssmclassroom.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.roleplay.PracticeEvaluation;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.roleplay.PracticeSession;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.Workshops;

/**
 * On demand: {@code ./mvnw test -Dbenchmark.excluded=none -Dtest=PracticeLatencyBenchmark}. A trainee asks the
 * computer Yoshi every English question of the evaluation set in one practice interview, through the service a
 * tablet uses (the partner's answer, its storage in the database, the live notice): answer time per question,
 * after two uncounted warm-up questions, without the optional chat endpoint. Then every English conversation of the
 * conversation set, each in its own interview (follow-ups, repeats, two-part questions).
 */
@Tag("benchmark")
@AppTest
class PracticeLatencyBenchmark {

    @Autowired
    WorkshopService workshops;

    @Autowired
    Trainees trainees;

    @Autowired
    PracticeService practice;

    @Test
    void answersComeQuickly() throws Exception {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, 1);
        DeviceToken trainee =
                Workshops.seated(workshops, trainees, workshop, 1, 1).getFirst().getFirst();
        PracticeSession session = practice.start(trainee, false);
        List<String> questions =
                PracticeEvaluation.read(Files.newInputStream(Path.of("src/test/resources/practice/homebody.yaml")))
                        .questions()
                        .stream()
                        .filter(q -> q.lang().equals("en"))
                        .map(PracticeEvaluation.Question::q)
                        .toList();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            long t0 = System.nanoTime();
            practice.ask(trainee, session.id(), questions.get(i));
            if (i >= 2) {
                micros.add((System.nanoTime() - t0) / 1000);
            }
        }
        String text = String.format(
                "Practice answer time through the service (partner + store + notice), %d questions in one interview:"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                micros.size(),
                ClockLatencyBenchmark.percentile(micros, 50) / 1000.0,
                ClockLatencyBenchmark.percentile(micros, 95) / 1000.0,
                java.util.Collections.max(micros) / 1000.0);
        PracticeSession current = practice.end(trainee, session.id());
        List<Long> turns = new ArrayList<>();
        var conversations = org.ssmclassroom.roleplay.ConversationEvaluation.read(
                Files.newInputStream(Path.of("src/test/resources/practice/conversations/homebody.yaml")));
        for (var conversation : conversations.conversations()) {
            if (!conversation.lang().equals("en")) {
                continue;
            }
            current = practice.start(trainee, false);
            for (var turn : conversation.turns()) {
                long t0 = System.nanoTime();
                practice.ask(trainee, current.id(), turn.q());
                turns.add((System.nanoTime() - t0) / 1000);
            }
            practice.end(trainee, current.id());
        }
        text += String.format(
                "Practice answer time through the service, %d turns of %d English conversations:"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                turns.size(),
                conversations.conversations().stream()
                        .filter(c -> c.lang().equals("en"))
                        .count(),
                ClockLatencyBenchmark.percentile(turns, 50) / 1000.0,
                ClockLatencyBenchmark.percentile(turns, 95) / 1000.0,
                java.util.Collections.max(turns) / 1000.0);
        System.out.print(text);
        Path out = Path.of("target", "benchmarks", "practice-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
