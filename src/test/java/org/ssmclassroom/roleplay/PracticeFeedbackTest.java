package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.ScenarioPack;

/** The feedback card counts what the whole conversation uncovered and never suggests a question already asked. */
class PracticeFeedbackTest {

    private final ScenarioPack homebody =
            PracticeCommand.pack("homebody", "scenarios").orElseThrow();
    private final List<CaseFile.Target> targets =
            homebody.caseData().orElseThrow().interview().targets();

    private PracticeSession session(PracticeSession.Turn... turns) {
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        return new PracticeSession(
                new PracticeSession.Id(1),
                new WorkshopId(1),
                new ParticipantId(1),
                "Ana",
                null,
                at,
                at,
                List.of(turns),
                targets,
                null);
    }

    private static PracticeSession.Turn turn(int position, String question, String... targets) {
        return new PracticeSession.Turn(
                position,
                "Ana",
                question,
                QuestionKind.OPEN,
                List.of(targets),
                "…",
                Instant.parse("2026-12-07T10:01:00Z"));
    }

    @Test
    void aTargetUncoveredAnywhereInTheConversationIsNotMissed() {
        PracticeFeedback card = PracticeFeedback.of(
                session(turn(1, "最关键的方针是什么？由谁负责？", "critical-initiative", "owner"), turn(2, "后来呢？", "no-action-plan")),
                homebody);

        assertThat(card.found())
                .extracting(CaseFile.Target::id)
                .containsExactlyInAnyOrder("critical-initiative", "owner", "no-action-plan");
        assertThat(card.missed())
                .extracting(m -> m.target().id())
                .doesNotContain("critical-initiative", "owner", "no-action-plan");
    }

    @Test
    void theQuestionSuggestedForAMissedTargetIsNeverOneTheTraineeAskedInEitherLanguage() {
        CaseFile.Target owner =
                targets.stream().filter(t -> t.id().equals("owner")).findFirst().orElseThrow();
        CaseFile.Target pain =
                targets.stream().filter(t -> t.id().equals("pain")).findFirst().orElseThrow();
        PracticeFeedback card = PracticeFeedback.of(
                session(
                        turn(1, owner.sample().question().zh()),
                        turn(2, pain.sample().question().en() + " ")),
                homebody);

        PracticeFeedback.Missed missedOwner = missed(card, "owner");
        assertThat(missedOwner.question()).isNotNull();
        assertThat(missedOwner.question().zh())
                .isNotEqualTo(owner.sample().question().zh());
        assertThat(missed(card, "pain").question().en())
                .isNotEqualTo(pain.sample().question().en());
        assertThat(missed(card, "direction").question())
                .isEqualTo(targets.getFirst().sample().question());
    }

    private static PracticeFeedback.Missed missed(PracticeFeedback card, String id) {
        return card.missed().stream()
                .filter(m -> m.target().id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
