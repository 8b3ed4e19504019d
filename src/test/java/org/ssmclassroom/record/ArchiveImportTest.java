package org.ssmclassroom.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.roleplay.Discovery;
import org.ssmclassroom.roleplay.InterviewService;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.roleplay.PracticeSession;
import org.ssmclassroom.roleplay.QuestionKind;
import org.ssmclassroom.scoring.CoverageService;
import org.ssmclassroom.scoring.LeaderboardService;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.JoinCheck;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.Workshop;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@AppTest
class ArchiveImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ArchiveImport archives;

    @Autowired
    WorkshopRecords records;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    ScoringService scoring;

    @Autowired
    LeaderboardService leaderboards;

    @Autowired
    CoverageService keyPoints;

    @Autowired
    BoardService boards;

    @Autowired
    InterviewService interviews;

    @Autowired
    PracticeService practice;

    @Autowired
    javax.sql.DataSource dataSource;

    private WorkshopId workshop;
    private TableId one;
    private DeviceToken mei;

    /** A class that did ex2 and ex4: typed, removed an entry, undid a change, ran out of time, was scored. */
    @BeforeEach
    void aClassWithBoardsHistoryScoresAndCoverage() {
        Instructor.signIn();
        workshop = workshops.create(
                new NewWorkshop(
                        "上海班", LocalDate.of(2026, 12, 1), "homebody", Locale.SIMPLIFIED_CHINESE, List.of("第1桌", "第2桌")),
                AppTest.INSTRUCTOR);
        one = workshops.snapshot(workshop).tables().get(0).id();
        TableId two = workshops.snapshot(workshop).tables().get(1).id();
        mei = DeviceToken.random();
        DeviceToken wang = DeviceToken.random();
        Workshops.join(workshops, trainees, workshop, mei, "王美", 0);
        Workshops.join(workshops, trainees, workshop, wang, "张伟", 1);
        steering.openExercise(workshop, "ex2", Set.of());
        BoardId board = boards.boardOf(mei).orElseThrow().boardId();
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "salesperson", "张伟", 0);
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "salesperson", "张伟 (化名)", 1);
        boards.undoMyLastChange(mei, board);
        steering.startClock(workshop, Set.of(), Duration.ofMinutes(5));
        steering.endClock(workshop, Set.of());
        scoring.mark(one, "ex2", "complete", 4, "信息齐全", 0);
        scoring.pin(one, "ex2", "complete", "opportunity/main", true);
        scoring.mark(two, "ex2", "complete", 1, "缺少金额", 0);
        scoring.release(workshop, "ex2");
        steering.openExercise(workshop, "ex4", Set.of());
        BoardId chain = boards.boardOf(mei).orElseThrow().boardId();
        BoardItemId ceo = boards.addItem(mei, chain, "pain-chain");
        boards.edit(mei, chain, ceo, "name", "张总", 0);
        BoardItemId gone = boards.addItem(mei, chain, "pain-chain");
        boards.edit(mei, chain, gone, "name", "李财务", 0);
        boards.removeItem(mei, chain, gone);
        steering.overrideRoles(one, workshops.seatOf(mei).orElseThrow().participant(), List.of("spokesperson"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anImportedArchiveHoldsTheSameWorkshopAsTheOriginal() {
        byte[] original = records.archive(workshop);

        ArchiveImport.Imported imported = archives.importArchive(original);

        assertThat(imported.id()).isNotEqualTo(workshop);
        assertThat(imported.packVersionThen()).isNull();
        assertThat(comparable(records.archive(imported.id()))).isEqualTo(comparable(original));
    }

    /**
     * The interview's ticks and tags, its released update, a spokesperson who is not the table's first member, and
     * practice interviews: a trainee's own and the table's.
     */
    @Test
    void theCaseInterviewPracticeAndTheSpokespersonSurviveTheTrip() {
        DeviceToken li = DeviceToken.random();
        Workshops.join(workshops, trainees, workshop, li, "李娜", 0);
        steering.openExercise(workshop, "ex3", Set.of());
        steering.overrideRoles(one, workshops.seatOf(mei).orElseThrow().participant(), List.of("devils-advocate"));
        steering.overrideRoles(one, workshops.seatOf(li).orElseThrow().participant(), List.of("spokesperson"));
        interviews.mark(mei, "pain", true);
        interviews.tag(mei, QuestionKind.OPEN);
        interviews.tag(mei, QuestionKind.OPEN);
        interviews.tag(mei, QuestionKind.PITCH);
        interviews.releaseUpdate(workshop, true);
        PracticeSession own = practice.start(mei, false);
        practice.ask(mei, own.id(), "Who owns this initiative?");
        practice.ask(mei, own.id(), "Our CRM suite has the best analytics on the market.");
        practice.end(mei, own.id());
        PracticeSession ours = practice.start(li, true);
        practice.ask(li, ours.id(), "Why does this have to happen now?");
        practice.end(li, ours.id());
        byte[] original = records.archive(workshop);

        WorkshopId copy = archives.importArchive(original).id();

        assertThat(comparable(records.archive(copy))).isEqualTo(comparable(original));
        assertThat(JSON.readTree(original)
                        .get("tables")
                        .get(0)
                        .get("spokesperson")
                        .asString())
                .isEqualTo("李娜");
        Discovery atFirst = interviews.classDiscovery(copy).getFirst();
        assertThat(atFirst.found()).containsExactly("pain");
        assertThat(atFirst.questions()).containsEntry(QuestionKind.OPEN, 2).containsEntry(QuestionKind.PITCH, 1);
        assertThat(interviews.updateReleased(copy)).isTrue();
        assertThat(practice.sessions(copy))
                .extracting(p ->
                        p.startedByName() + " " + p.asATable() + " " + p.turns().size())
                .containsExactly("王美 false 2", "李娜 true 1");
        assertThat(practice.sessions(copy).get(1).turns().getFirst().question())
                .isEqualTo("Why does this have to happen now?");
        WorkshopId neverEnded = archives.importArchive(changed(
                        original, a -> ((ObjectNode) table(a).get("practice").get(0)).putNull("endedAt")))
                .id();
        assertThat(practice.sessions(neverEnded).getFirst().endedAt())
                .isEqualTo(practice.sessions(copy).getFirst().turns().getLast().at());
        TableId first = workshops.snapshot(copy).tables().getFirst().id();
        var spokesperson = workshops.snapshot(copy).members(first).stream()
                .filter(p -> p.name().equals("李娜"))
                .findFirst()
                .orElseThrow();
        assertThat(workshops.snapshot(copy).holds(first, spokesperson.id(), "spokesperson"))
                .isTrue();
        assertRefused(
                changed(original, a -> table(a).put("spokesperson", "陌生人")),
                "archiveNotAMember",
                "/tables/0/spokesperson",
                "陌生人");
        assertRefused(
                changed(original, a -> ((ObjectNode) table(a).get("interview").get("questions")).put("rant", 1)),
                "archiveNoQuestionKind",
                "/tables/0/interview/questions/rant",
                "rant");
        assertRefused(
                changed(original, a -> ((ObjectNode) table(a).get("practice").get(0)).put("startedBy", "陌生人")),
                "archiveNotAMember",
                "/tables/0/practice/0/startedBy",
                "陌生人");
        assertRefused(
                changed(
                        original,
                        a -> ((ObjectNode) table(a).get("practice")
                                        .get(0)
                                        .get("turns")
                                        .get(0))
                                .put("question", "x".repeat(501))),
                "archiveTooLong",
                "/tables/0/practice/0/turns/0/question",
                501);
    }

    /**
     * A practice with Sarah Updown in exercise 5 and the classroom conversation with her: the session keeps its
     * persona, the observer's tags stay hers; an archive made before personas reads as the interview's.
     */
    @Test
    void aPersonasPracticeAndItsClassroomConversationSurviveTheTrip() {
        steering.openExercise(workshop, "ex5", Set.of());
        steering.overrideRoles(one, workshops.seatOf(mei).orElseThrow().participant(), List.of("devils-advocate"));
        interviews.mark(mei, "sarah-pain", true);
        interviews.tag(mei, QuestionKind.OPEN);
        PracticeSession withSarah = practice.start(mei, false, "sarah");
        practice.ask(mei, withSarah.id(), "您现在最头疼的问题是什么？");
        practice.end(mei, withSarah.id());
        PracticeSession withYoshi = practice.start(mei, false, "yoshi");
        practice.end(mei, withYoshi.id());
        byte[] original = records.archive(workshop);
        assertThat(table((ObjectNode) JSON.readTree(original))
                        .get("practice")
                        .get(0)
                        .get("persona")
                        .asString())
                .isEqualTo("sarah");

        WorkshopId copy = archives.importArchive(original).id();

        assertThat(comparable(records.archive(copy))).isEqualTo(comparable(original));
        assertThat(practice.sessions(copy)).extracting(PracticeSession::persona).containsExactly("sarah", "yoshi");
        assertThat(practice.sessions(copy).getFirst().found()).containsExactly("sarah-pain");
        InterviewService.Kept kept = interviews.kept(copy).getFirst();
        assertThat(kept.found()).containsExactly("sarah-pain");
        assertThat(kept.questions()).containsOnlyKeys("sarah");
        assertThat(kept.questions().get("sarah")).containsEntry(QuestionKind.OPEN, 1);
        WorkshopId older = archives.importArchive(changed(
                        original, a -> ((ObjectNode) table(a).get("practice").get(0)).remove("persona")))
                .id();
        assertThat(practice.sessions(older))
                .extracting(PracticeSession::persona)
                .containsExactly("yoshi", "yoshi");
        assertRefused(
                changed(original, a -> ((ObjectNode) table(a).get("practice").get(0)).put("persona", "x".repeat(65))),
                "archiveTooLong",
                "/tables/0/practice/0/persona",
                65,
                64);
    }

    @Test
    void theImportedWorkshopShowsItsScoresLeaderboardAndBoardsAsTheyStood() throws Exception {
        WorkshopId copy = archives.importArchive(records.archive(workshop)).id();

        assertThat(workshops.snapshot(copy).workshop().state()).isEqualTo(Workshop.State.ARCHIVED);
        TableId first = workshops.snapshot(copy).tables().getFirst().id();
        assertThat(scoring.sheet(first, "ex2").points()).isEqualTo(4);
        assertThat(scoring.sheet(first, "ex2").released()).isTrue();
        assertThat(leaderboards.leaderboard(copy, null).rows())
                .extracting(r -> r.name() + " " + r.rank())
                .containsExactly("第1桌 1", "第2桌 2");
        assertThat(boards.boardFor(first, "ex2").content().text("opportunity/main", "salesperson"))
                .isEqualTo("张伟");
        assertThat(boards.atTimeUp(first, "ex2").timeUp()).isNotNull();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(records.tableReport(first))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("上海班", "第1桌", "王美", "张总", "信息齐全");
        }
    }

    @Test
    void anImportedWorkshopIsReadOnlyForTraineesAndInstructors() {
        WorkshopId copy = archives.importArchive(records.archive(workshop)).id();
        Workshop archived = workshops.snapshot(copy).workshop();
        TableId first = workshops.snapshot(copy).tables().getFirst().id();

        assertThat(trainees.checkCode(
                        archived.joinCode().value(),
                        org.ssmclassroom.security.Network.of("10.0.0.9"),
                        DeviceToken.random()))
                .isInstanceOf(JoinCheck.Closed.class);
        assertThat(scoring.editable(copy)).isFalse();
        assertThatThrownBy(() -> scoring.mark(first, "ex2", "complete", 2, "", 0))
                .isInstanceOf(ActionRefused.class)
                .hasMessageContaining("archived");
        assertThatThrownBy(() -> scoring.withdraw(copy, "ex2")).hasMessageContaining("archived");
        assertThatThrownBy(() -> keyPoints.markCoverage(first, "ex3", "owner-sarah", true))
                .hasMessageContaining("archived");
        assertThatThrownBy(() -> steering.openExercise(copy, "ex3", Set.of())).isInstanceOf(ActionRefused.class);
        workshops.close(copy);
        assertThat(workshops.snapshot(copy).workshop().state()).isEqualTo(Workshop.State.ARCHIVED);
        assertThat(boards.boardFor(first, "ex2").locked()).isTrue();
    }

    @Test
    void aBrokenArchiveIsRefusedWithWhereAndWhyAndLeavesNothingBehind() {
        int before = workshops.workshops().size();
        byte[] good = records.archive(workshop);

        assertRefused(
                "{\n  \"format\": \"ssm-classroom/workshop-archive\",\n  \"version\": 1,,\n}", "archiveNotJson", 3);
        assertRefused("{\"format\": \"something-else\", \"version\": 1}", "archiveNotArchive");
        assertRefused(changed(good, a -> a.put("version", 2)), "archiveVersion", 2, 1);
        assertRefused(
                changed(good, a -> ((ObjectNode) a.get("workshop")).put("pack", "nowhere")),
                "archiveNoPack",
                "nowhere");
        assertRefused(
                changed(
                        good,
                        a -> ((ObjectNode) a.get("tables").get(0).get("boards").get(1)).put("exercise", "ex99")),
                "archiveNoExercise",
                "/tables/0/boards/1",
                "ex99");
        assertRefused(
                changed(good, a -> ((ObjectNode) a.get("tables").get(0)).put("position", "first")),
                "archiveWrongValue",
                "/tables/0/position");
        assertRefused(
                changed(good, a -> ((ObjectNode) a.get("tables").get(1)).put("position", 1)),
                "archiveDuplicateTable",
                1);

        assertThat(workshops.workshops()).hasSize(before);
    }

    @Test
    void anArchiveThatContradictsItselfIsRolledBackWhole() {
        int before = workshops.workshops().size();
        byte[] twice = changed(records.archive(workshop), a -> {
            var marks = (tools.jackson.databind.node.ArrayNode)
                    a.get("tables").get(0).get("marks");
            marks.add(marks.get(0).deepCopy());
        });

        assertThatThrownBy(() -> archives.importArchive(twice)).hasMessageContaining("archiveInconsistent");
        assertThat(workshops.workshops()).hasSize(before);
    }

    /** What a live class could never hold, each refused with its place, and nothing left behind. */
    @Test
    void anArchiveHoldingMoreThanALiveClassCouldIsRefusedWithThePlace() {
        int before = workshops.workshops().size();
        byte[] good = records.archive(workshop);

        assertRefused(
                changed(good, a -> value(a).put("text", "x".repeat(5_000_000))),
                "archiveTooLong",
                "/tables/0/boards/0/values/0/text",
                5_000_000);
        assertRefused(
                changed(good, a -> mark(a).put("points", 999)),
                "archiveNotALevel",
                "/tables/0/marks/0/mark/points",
                999);
        assertRefused(
                changed(good, a -> mark(a).put("points", -50)),
                "archiveNotALevel",
                "/tables/0/marks/0/mark/points",
                -50);
        assertRefused(
                changed(good, a -> mark(a).put("criterion", "made-up")),
                "archiveNoCriterion",
                "/tables/0/marks/0",
                "made-up",
                "ex2");
        assertRefused(
                changed(good, a -> ((ObjectNode) a.get("workshop")).put("language", "xx")),
                "archiveLanguage",
                "/workshop/language",
                "xx");
        assertRefused(
                changed(good, a -> ((ObjectNode) a.get("workshop")).put("date", "+999999999-12-31")),
                "archiveDate",
                "/workshop/date",
                "+999999999-12-31");
        assertRefused(
                changed(good, a -> member(a).put("joinedAt", "+999999999-12-31T00:00:00Z")),
                "archiveDate",
                "/tables/0/participants/0/joinedAt");
        assertRefused(
                changed(good, a -> member(a).put("yearsInSales", 999)),
                "archiveOutOfRange",
                "/tables/0/participants/0/yearsInSales",
                999);
        assertRefused(
                changed(good, a -> table(a).withArray("participants").addNull()),
                "archiveMissing",
                "/tables/0/participants/1");
        assertRefused(
                changed(good, a -> board(a).withArray("history").addNull()),
                "archiveMissing",
                "/tables/0/boards/0/history/2");
        assertRefused(changed(good, a -> table(a).withArray("marks").addNull()), "archiveMissing", "/tables/0/marks/1");
        assertRefused(
                changed(
                        good,
                        a -> ((ObjectNode) table(a).get("roles").get(0))
                                .withArray("roles")
                                .add("king")),
                "archiveNoRole",
                "/tables/0/roles/0/roles/1",
                "king");
        assertRefused(
                changed(good, a -> table(a).withArray("boards").add(board(a).deepCopy())),
                "archiveInconsistent",
                "/tables/0/boards/2",
                "/tables/0/boards/0");
        assertRefused(
                changed(good, a -> value(a).put("item", "no-section")),
                "archiveItemId",
                "/tables/0/boards/0/values/0/item",
                "no-section");
        assertRefused(
                changed(good, a -> {
                    var participants = table(a).withArray("participants");
                    for (int i = 0; i < 200; i++) {
                        participants.add(member(a).deepCopy().put("name", "Trainee " + i));
                    }
                }),
                "archiveTooMany",
                "/tables/0/participants",
                201,
                12); // a table seats 12 (ssm.class.max-table-members)

        assertThat(workshops.workshops()).hasSize(before);
    }

    @Test
    void whatTheDatabaseStillRefusesIsSaidWithoutItsStatementAndLeavesNothingBehind() {
        int before = workshops.workshops().size();
        byte[] good = records.archive(workshop);
        Runnable disarm = org.ssmclassroom.testing.FailingWrites.failNext(dataSource, "board_value", row -> true);
        try {
            assertThatThrownBy(() -> archives.importArchive(good))
                    .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                        assertThat(refused.key()).isEqualTo("refused.archiveNotWritten");
                        assertThat(refused.getMessage())
                                .doesNotContainIgnoringCase("insert")
                                .doesNotContain("disk full");
                    });
        } finally {
            disarm.run();
        }
        assertThat(workshops.workshops()).hasSize(before);
    }

    private static ObjectNode table(ObjectNode archive) {
        return (ObjectNode) archive.get("tables").get(0);
    }

    private static ObjectNode member(ObjectNode archive) {
        return (ObjectNode) table(archive).get("participants").get(0);
    }

    private static ObjectNode board(ObjectNode archive) {
        return (ObjectNode) table(archive).get("boards").get(0);
    }

    private static ObjectNode value(ObjectNode archive) {
        return (ObjectNode) board(archive).get("values").get(0);
    }

    private static ObjectNode mark(ObjectNode archive) {
        return (ObjectNode) table(archive).get("marks").get(0).get("mark");
    }

    private void assertRefused(String json, String key, Object... arguments) {
        assertRefused(json.getBytes(StandardCharsets.UTF_8), key, arguments);
    }

    private void assertRefused(byte[] json, String key, Object... arguments) {
        assertThatThrownBy(() -> archives.importArchive(json)).isInstanceOfSatisfying(ActionRefused.class, refused -> {
            assertThat(refused.key()).isEqualTo("refused." + key);
            assertThat(refused.arguments()).startsWith(arguments);
        });
    }

    private static byte[] changed(byte[] json, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) JSON.readTree(json);
        change.accept(tree);
        return JSON.writeValueAsBytes(tree);
    }

    /** What must survive the trip: everything but when it was exported, the state and the database's ids. */
    private static JsonNode comparable(byte[] archive) {
        ObjectNode tree = (ObjectNode) JSON.readTree(archive);
        tree.remove("exportedAt");
        ((ObjectNode) tree.get("workshop")).remove(List.of("state", "createdBy"));
        tree.get("tables")
                .forEach(table -> table.get("boards")
                        .forEach(board -> board.get("history").forEach(change -> ((ObjectNode) change).remove("id"))));
        return tree;
    }
}
