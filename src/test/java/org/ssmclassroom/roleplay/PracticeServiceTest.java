package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.Workshops;

@AppTest
class PracticeServiceTest {

    @Autowired
    PracticeService practice;

    @Autowired
    PracticeRepository repository;

    @Autowired
    WorkshopService workshops;

    @Autowired
    Trainees trainees;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private WorkshopId workshop;
    private List<List<DeviceToken>> tables;

    @BeforeEach
    void aClassOfTwoTables() {
        Instructor.signIn();
        workshop = Workshops.homebody(workshops, 2);
        tables = Workshops.seated(workshops, trainees, workshop, 2, 2);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionStoredBeforePersonasTalksToTheInterviewsPersonaAndHistoryIsKeptPerPersona() {
        DeviceToken me = tables.get(0).get(0);
        PracticeSession before = practice.start(me, false);
        practice.ask(me, before.id(), "What is your strategic direction for the next three years?");
        practice.end(me, before.id());
        jdbc.sql("UPDATE practice_session SET persona = NULL WHERE id = ?")
                .param(before.id().value())
                .update();
        PracticeSession withSarah = practice.start(me, false, "sarah");
        PracticeSession.Turn turn = practice.ask(me, withSarah.id(), "What is causing the loss of market share?");
        practice.end(me, withSarah.id());
        PracticeSession withYoshi = practice.start(me, false, "yoshi");
        practice.end(me, withYoshi.id());

        assertThat(turn.targets()).containsExactly("sarah-reasons");
        assertThat(practice.history(me))
                .extracting(p -> p.persona().name() + " " + p.sessions() + " "
                        + p.best().discovery().percent())
                .containsExactly("Yoshi Goto 2 14", "Sarah Updown 1 18");
        assertThat(practice.lastEnded(me).orElseThrow().targets())
                .extracting(org.ssmclassroom.scenario.CaseFile.Target::id)
                .contains("direction");
        assertThatThrownBy(() -> practice.start(me, false, "tony"))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("noSuchPersona");
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theHistoryReadsEveryEndedSessionsTurnsInOneQueryNotOnePerSession() {
        DeviceToken me = tables.get(0).get(0);
        for (int i = 0; i < 4; i++) {
            PracticeSession session = practice.start(me, false, i % 2 == 0 ? "yoshi" : "sarah");
            practice.ask(me, session.id(), "What is your strategic direction for the next three years?");
            practice.end(me, session.id());
        }
        var reads = org.ssmclassroom.testing.TableReads.count(dataSource, "practice_turn");

        List<PracticeService.Progress> history = practice.history(me);

        assertThat(history)
                .extracting(p -> p.persona().name() + " " + p.sessions() + " "
                        + p.latest().turns().size())
                .containsExactly("Yoshi Goto 2 1", "Sarah Updown 2 1");
        assertThat(reads.get())
                .as("statements reading practice_turn for 4 sessions")
                .isEqualTo(1);
    }

    @Test
    void everyQuestionAndAnswerIsStoredAndTheMeterFillsFromTheAnswers() {
        DeviceToken me = tables.get(0).get(0);
        PracticeSession session = practice.start(me, false);

        PracticeSession.Turn first =
                practice.ask(me, session.id(), "What is your strategic direction for the next three years?");
        practice.ask(me, session.id(), "Our CRM suite has the best analytics on the market.");

        assertThat(first.targets()).containsExactly("direction");
        PracticeSession now = practice.current(me).orElseThrow();
        assertThat(now.turns())
                .extracting(PracticeSession.Turn::kind)
                .containsExactly(QuestionKind.OPEN, QuestionKind.PITCH);
        assertThat(now.discovery().percent()).isEqualTo(14);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_turn WHERE session_id = ?")
                        .param(session.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aSessionLeftRunningWhenTheWorkshopClosesReadsAsEndedAtItsLastQuestion() {
        DeviceToken me = tables.get(0).get(0);
        PracticeSession session = practice.start(me, false);
        practice.ask(me, session.id(), "Who owns this initiative?");

        Instructor.signIn();
        workshops.close(workshop);

        assertThat(practice.sessions(workshop)).singleElement().satisfies(ended -> {
            assertThat(ended.ended()).isTrue();
            assertThat(ended.endedAt()).isEqualTo(ended.turns().getLast().at());
        });
        assertThat(practice.session(workshop, session.id()).orElseThrow().ended())
                .isTrue();
    }

    @Test
    void aFollowUpAfterARestartGetsTheNextLayerAsIfNothingHappened() {
        DeviceToken me = tables.get(0).get(0);
        PracticeSession session = practice.start(me, false);
        practice.ask(me, session.id(), "Who owns this initiative?");

        PracticeService restarted = new PracticeService(
                repository,
                workshops,
                transactions,
                clock,
                new PartnerConversations(p -> Optional.empty()),
                org.ssmclassroom.base.ClusterBus.SINGLE_NODE);
        PracticeSession.Turn deeper = restarted.ask(me, session.id(), "Could you tell me more?");

        assertThat(deeper.answer()).isEqualTo("So far there is no action plan for it.");
        assertThat(deeper.targets()).containsExactly("no-action-plan");
    }

    @Test
    void aTableInterviewsTogetherAndAnotherTableCannotAsk() {
        DeviceToken first = tables.get(0).get(0);
        DeviceToken teammate = tables.get(0).get(1);
        DeviceToken stranger = tables.get(1).get(0);
        PracticeSession ours = practice.start(first, true);

        assertThat(practice.start(teammate, true).id()).isEqualTo(ours.id());
        practice.ask(teammate, ours.id(), "Why does this have to happen now?");

        assertThat(practice.current(first).orElseThrow().found()).containsExactly("compelling-reason");
        assertThatThrownBy(() -> practice.ask(stranger, ours.id(), "Who owns it?"))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("notYourPractice");
        assertThat(practice.current(stranger)).isEmpty();
    }

    @Test
    void theFeedbackCardNamesWhatWasMissedWithAQuestionThatWouldHaveFoundIt() {
        DeviceToken me = tables.get(0).get(0);
        PracticeSession session = practice.start(me, false);
        practice.ask(me, session.id(), "Where do you want the company to be in a few years?");
        PracticeSession ended = practice.end(me, session.id());

        PracticeFeedback feedback = practice.lastFeedback(me).orElseThrow();

        assertThat(feedback.found()).extracting(t -> t.id()).containsExactly("direction");
        assertThat(feedback.missed()).hasSize(11);
        PracticeFeedback.Missed reason = feedback.missed().stream()
                .filter(m -> m.target().id().equals("compelling-reason"))
                .findFirst()
                .orElseThrow();
        assertThat(reason.cell().en()).isEqualTo("Explore impact · Open");
        assertThat(reason.question().en()).contains("Why must this happen now");
        assertThat(practice.current(me)).isEmpty();
        assertThat(practice.lastEnded(me)).map(PracticeSession::id).contains(ended.id());
        assertThatThrownBy(() -> practice.ask(me, session.id(), "Who owns it?"))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("practiceEnded");
    }

    @Test
    void anEmptyOrOverlongQuestionIsRefusedAndNothingIsStored() {
        DeviceToken me = tables.get(0).get(0);
        PracticeSession session = practice.start(me, false);

        assertThatThrownBy(() -> practice.ask(me, session.id(), "   ")).hasMessageContaining("emptyQuestion");
        assertThatThrownBy(() -> practice.ask(me, session.id(), "x".repeat(501)))
                .hasMessageContaining("tooLong");
        assertThat(practice.current(me).orElseThrow().turns()).isEmpty();
    }

    @Test
    void theInstructorSeesEverySessionOfTheWorkshop() {
        practice.start(tables.get(0).get(0), false);
        practice.start(tables.get(1).get(0), true);

        Instructor.signIn();
        assertThat(practice.sessions(workshop)).hasSize(2).anyMatch(PracticeSession::asATable);
    }
}
