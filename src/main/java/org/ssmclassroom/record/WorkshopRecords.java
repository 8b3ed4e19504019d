package org.ssmclassroom.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssmclassroom.base.AloneOrAsATable;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.roleplay.InterviewService;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.roleplay.PracticeSession;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.CoverageService;
import org.ssmclassroom.scoring.Leaderboard;
import org.ssmclassroom.scoring.LeaderboardService;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.takeaway.PersonalPlan;
import org.ssmclassroom.takeaway.PersonalPlans;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.Workshop;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;
import tools.jackson.databind.json.JsonMapper;

/** The workshop's record for the instructor to keep: its scores as CSV and as a spreadsheet, and its archive. */
@Service
public class WorkshopRecords {

    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";
    /** Excel reads a CSV as UTF-8 (and so shows Chinese) only when it starts with this mark. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build();

    private final WorkshopService workshops;
    private final ScoringService scoring;
    private final CoverageService coverage;
    private final LeaderboardService leaderboards;
    private final BoardService boards;
    private final InterviewService interviews;
    private final PracticeService practice;
    private final org.ssmclassroom.negotiation.NegotiationService negotiations;
    private final PersonalPlans plans;
    private final Clock clock;

    WorkshopRecords(
            WorkshopService workshops,
            ScoringService scoring,
            CoverageService coverage,
            LeaderboardService leaderboards,
            BoardService boards,
            InterviewService interviews,
            PracticeService practice,
            org.ssmclassroom.negotiation.NegotiationService negotiations,
            PersonalPlans plans,
            Clock clock) {
        this.workshops = workshops;
        this.scoring = scoring;
        this.coverage = coverage;
        this.leaderboards = leaderboards;
        this.boards = boards;
        this.interviews = interviews;
        this.practice = practice;
        this.negotiations = negotiations;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Every table's score of every criterion, in the workshop's language, UTF-8 with a BOM; text that a
     * spreadsheet would run as a formula is written as text.
     */
    @PreAuthorize(INSTRUCTOR)
    public byte[] scoresCsv(WorkshopId id) {
        ScoreRows rows = rows(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        List<List<Object>> lines = new java.util.ArrayList<>();
        lines.add(List.copyOf(rows.header()));
        rows.rows().forEach(row -> lines.add(row.cells()));
        out.writeBytes(CsvText.of(lines).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The same rows on a "Scores" sheet, and each table's released points per exercise on "Totals". */
    @PreAuthorize(INSTRUCTOR)
    public byte[] scoresXlsx(WorkshopId id) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        Labels labels = new Labels(workshop.workshop().language());
        ScoreRows rows = rows(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(out, "SSM Classroom", "1.0");
            Worksheet scores = book.newWorksheet(labels.get("record.sheet.scores"));
            writeRow(scores, 0, List.copyOf(rows.header()));
            scores.range(0, 0, 0, rows.header().size() - 1).style().bold().set();
            for (int r = 0; r < rows.rows().size(); r++) {
                writeRow(scores, r + 1, rows.rows().get(r).cells());
            }
            totals(
                    book.newWorksheet(labels.get("record.sheet.totals")),
                    workshop,
                    leaderboards.leaderboard(id, null),
                    labels);
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The whole workshop as one JSON document (format and version in docs/archive-format.md). */
    @PreAuthorize(INSTRUCTOR)
    public byte[] archive(WorkshopId id) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        Workshop about = workshop.workshop();
        List<String> exercises = workshop.pack().method().agendaExercises().stream()
                .map(Method.Exercise::id)
                .toList();
        Map<TableId, InterviewService.Kept> interview = new HashMap<>();
        interviews.kept(id).forEach(d -> interview.put(d.table(), d));
        List<PracticeSession> sessions = practice.sessions(id);
        List<org.ssmclassroom.negotiation.Negotiation> negotiated = negotiations.negotiations(id);
        List<WorkshopArchive.Table> tables = new ArrayList<>();
        for (WorkshopTable table : workshop.tables()) {
            tables.add(tableOf(workshop, table, exercises, interview.get(table.id()), sessions, negotiated));
        }
        WorkshopArchive archive = new WorkshopArchive(
                WorkshopArchive.FORMAT,
                WorkshopArchive.VERSION,
                clock.instant(),
                new WorkshopArchive.Header(
                        about.name(),
                        about.date(),
                        about.packId(),
                        workshop.pack().manifest().version(),
                        about.language().toLanguageTag(),
                        about.state().name(),
                        about.createdBy()),
                tables,
                new java.util.TreeSet<>(scoring.released(id)),
                interviews.updateReleased(id));
        return JSON.writeValueAsBytes(archive);
    }

    /** One table's report as a PDF, in the workshop's language. */
    @PreAuthorize(INSTRUCTOR)
    public byte[] tableReport(TableId table) {
        WorkshopSnapshot workshop = workshops.snapshotOfTable(table);
        Locale locale = workshop.workshop().language();
        WorkshopTable at = workshop.table(table).orElseThrow();
        Labels labels = new Labels(locale);
        List<Participant> seated = workshop.members(table);
        List<TableReport.Member> members = seated.stream()
                .map(p -> new TableReport.Member(p.name(), p.company(), p.jobTitle()))
                .toList();
        Map<String, org.ssmclassroom.board.BoardContent> boardsByExercise = new LinkedHashMap<>();
        boards.recordOf(table).forEach(b -> boardsByExercise.put(b.exerciseId(), b.content()));
        List<TableReport.ExerciseRoles> roles = new ArrayList<>();
        for (Method.Exercise exercise : workshop.pack().method().agendaExercises()) {
            if (boardsByExercise.containsKey(exercise.id())) {
                Map<org.ssmclassroom.base.ParticipantId, List<String>> held = workshop.roles(table, exercise.id());
                roles.add(new TableReport.ExerciseRoles(
                        exercise.label().in(locale),
                        seated.stream()
                                .map(p -> String.join(
                                        labels.get("list.separator"),
                                        held.getOrDefault(p.id(), List.of()).stream()
                                                .map(role -> workshop.pack()
                                                        .method()
                                                        .course()
                                                        .role(role)
                                                        .map(r -> r.title().in(locale))
                                                        .orElse(role))
                                                .toList()))
                                .toList()));
            }
        }
        Map<String, ScoreSheet> sheets = new LinkedHashMap<>();
        for (Method.Exercise exercise : workshop.pack().method().agendaExercises()) {
            if (exercise.rubric() != null) {
                sheets.put(exercise.id(), scoring.sheet(table, exercise.id()));
            }
        }
        TableReport report = new TableReport(workshop.pack(), locale, labels);
        return report.pdf(new TableReport.Content(
                workshop.workshop().name(),
                workshop.workshop().date().toString(),
                at.name(),
                members,
                roles,
                boardsByExercise,
                sheets));
    }

    /**
     * This device's trainee's own take-away as a PDF (ADR 027): their plan, their table's boards, the released
     * results with comments and their last practice feedback. The trainee is the one seated on the device; no id
     * from the tablet is taken, so no trainee reaches another's.
     */
    public Optional<byte[]> personalReport(DeviceToken device) {
        return workshops
                .seatOf(device)
                .flatMap(seat -> seat.workshop().participant(seat.participant()).map(me -> {
                    WorkshopSnapshot workshop = seat.workshop();
                    Map<String, ScoreSheet> sheets = new LinkedHashMap<>();
                    scoring.resultsFor(device).forEach(sheet -> sheets.put(sheet.exerciseId(), sheet));
                    Map<String, org.ssmclassroom.board.BoardContent> byExercise = new LinkedHashMap<>();
                    if (me.table() != null) {
                        for (Method.Exercise exercise : workshop.pack().method().agendaExercises()) {
                            boards.boardOf(device, exercise.id())
                                    .ifPresent(b -> byExercise.put(exercise.id(), b.content()));
                        }
                    }
                    Optional<PersonalPlan> plan = plans.mine(device);
                    return personal(
                            workshop,
                            me,
                            plan,
                            plan.map(PersonalPlan::written).orElse(false),
                            byExercise,
                            sheets,
                            practice.lastFeedback(device),
                            negotiations.ended(device));
                }));
    }

    /**
     * Every trainee's take-away as one zip of PDFs, for the instructor. A plan the trainee has not shared is left
     * out (the PDF says whether there is one), as on the console.
     */
    @PreAuthorize(INSTRUCTOR)
    public byte[] personalReports(WorkshopId id) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        Set<String> released = scoring.released(id);
        Map<ParticipantId, PersonalPlans.Writer> writers = new HashMap<>();
        if (PersonalPlans.declared(workshop.pack())) {
            plans.writers(id).forEach(w -> writers.put(w.participant(), w));
        }
        List<PracticeSession> sessions = practice.sessions(id);
        List<org.ssmclassroom.negotiation.Negotiation> negotiated = negotiations.negotiations(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Set<String> names = new java.util.HashSet<>();
            for (Participant p : workshop.participants()) {
                Map<String, org.ssmclassroom.board.BoardContent> byExercise = new LinkedHashMap<>();
                Map<String, ScoreSheet> sheets = new LinkedHashMap<>();
                if (p.table() != null) {
                    boards.recordOf(p.table()).forEach(b -> byExercise.put(b.exerciseId(), b.content()));
                    for (Method.Exercise exercise : workshop.pack().method().agendaExercises()) {
                        if (exercise.rubric() != null && released.contains(exercise.id())) {
                            sheets.put(exercise.id(), scoring.sheet(p.table(), exercise.id()));
                        }
                    }
                }
                byte[] pdf = personal(
                        workshop,
                        p,
                        plans.shared(id, p.id()),
                        writers.containsKey(p.id()) && writers.get(p.id()).written(),
                        byExercise,
                        sheets,
                        lastFeedback(sessions, p, workshop),
                        negotiated.stream()
                                .filter(n -> n.ended()
                                        && AloneOrAsATable.belongsTo(n.startedBy(), n.table(), p.id(), p.table()))
                                .toList());
                String name = fileName(p, names);
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write(pdf);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] personal(
            WorkshopSnapshot workshop,
            Participant me,
            Optional<PersonalPlan> plan,
            boolean written,
            Map<String, org.ssmclassroom.board.BoardContent> boardsByExercise,
            Map<String, ScoreSheet> sheets,
            Optional<org.ssmclassroom.roleplay.PracticeFeedback> feedback,
            List<org.ssmclassroom.negotiation.Negotiation> negotiated) {
        Locale locale = workshop.workshop().language();
        Labels labels = new Labels(locale);
        Optional<TableReport.Content> table = Optional.ofNullable(me.table())
                .flatMap(workshop::table)
                .map(at -> new TableReport.Content(
                        workshop.workshop().name(),
                        workshop.workshop().date().toString(),
                        at.name(),
                        workshop.members(at.id()).stream()
                                .map(p -> new TableReport.Member(p.name(), p.company(), p.jobTitle()))
                                .toList(),
                        List.of(),
                        boardsByExercise,
                        sheets));
        TableReport tables = new TableReport(workshop.pack(), locale, labels, sheets::containsKey);
        return new PersonalReport(tables, locale, labels)
                .pdf(new PersonalReport.Content(
                        me.name(),
                        workshop.workshop().name(),
                        workshop.workshop().date().toString(),
                        plan,
                        written,
                        table,
                        feedback,
                        negotiationCards(workshop, negotiated, locale)));
    }

    /** The end cards of the trainee's finished negotiations, their packages described in the workshop's language. */
    private List<PersonalReport.NegotiationCard> negotiationCards(
            WorkshopSnapshot workshop, List<org.ssmclassroom.negotiation.Negotiation> negotiated, Locale locale) {
        return org.ssmclassroom.negotiation.NegotiationService.customer(workshop)
                .map(customer -> negotiated.stream()
                        .map(n -> {
                            var review = org.ssmclassroom.negotiation.Review.of(n, customer);
                            boolean joint = !review.bestForBoth().isEmpty()
                                    && !review.bestForBoth().equals(review.bestForUs());
                            return new PersonalReport.NegotiationCard(
                                    review,
                                    customer.describe(review.deal(), locale),
                                    customer.counterpart().batna().text().in(locale),
                                    customer.describe(review.bestForUs(), locale),
                                    joint ? customer.describe(review.bestForBoth(), locale) : "");
                        })
                        .toList())
                .orElse(List.of());
    }

    /** The last session the trainee finished, alone or with the table they sit at, as the tablet shows it. */
    private static Optional<org.ssmclassroom.roleplay.PracticeFeedback> lastFeedback(
            List<PracticeSession> sessions, Participant p, WorkshopSnapshot workshop) {
        return sessions.stream()
                .filter(PracticeSession::ended)
                .filter(s -> AloneOrAsATable.belongsTo(s.startedBy(), s.table(), p.id(), p.table()))
                .max(java.util.Comparator.comparing(PracticeSession::endedAt))
                .map(s -> PracticeService.feedback(s, workshop.pack()));
    }

    /** The trainee's name as a file name, made unique; characters a file system refuses become "_". */
    private static String fileName(Participant p, Set<String> taken) {
        String base = p.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        String name = base.isEmpty() ? "trainee-" + p.id().value() : base;
        String file = name + ".pdf";
        for (int n = 2; !taken.add(file); n++) {
            file = name + "-" + n + ".pdf";
        }
        return file;
    }

    private WorkshopArchive.Table tableOf(
            WorkshopSnapshot workshop,
            WorkshopTable table,
            List<String> exercises,
            InterviewService.Kept discovery,
            List<PracticeSession> sessions,
            List<org.ssmclassroom.negotiation.Negotiation> negotiated) {
        List<WorkshopArchive.Mark> marks = new ArrayList<>();
        List<WorkshopArchive.Agreed> agreed = new ArrayList<>();
        List<WorkshopArchive.Covered> covered = new ArrayList<>();
        List<WorkshopArchive.TimeUp> timeUps = new ArrayList<>();
        for (String exercise : exercises) {
            workshops
                    .timeUp(table.id(), exercise)
                    .ifPresent(at -> timeUps.add(new WorkshopArchive.TimeUp(exercise, at)));
            boolean scored = workshop.pack()
                    .method()
                    .exercise(exercise)
                    .map(e -> e.rubric() != null)
                    .orElse(false);
            if (scored) {
                ScoreSheet sheet = scoring.sheet(table.id(), exercise);
                sheet.marks().forEach(m -> marks.add(new WorkshopArchive.Mark(exercise, m)));
                sheet.agreed().forEach(a -> agreed.add(new WorkshopArchive.Agreed(exercise, a)));
            }
            coverage.coverageMarks(table.id(), exercise)
                    .forEach((point, marked) -> covered.add(new WorkshopArchive.Covered(exercise, point, marked)));
        }
        List<WorkshopArchive.Roles> roles = workshop.overrides().stream()
                .filter(o -> o.table().equals(table.id()))
                .map(o -> new WorkshopArchive.Roles(
                        o.exerciseId(),
                        workshop.participant(o.participant())
                                .map(Participant::name)
                                .orElse(""),
                        o.roles()))
                .toList();
        return new WorkshopArchive.Table(
                table.position(),
                table.name(),
                workshop.members(table.id()).stream()
                        .map(p -> new WorkshopArchive.Member(
                                p.name(), p.company(), p.jobTitle(), p.yearsInSales(), p.joinedAt()))
                        .toList(),
                roles,
                boards.recordOf(table.id()).stream()
                        .map(WorkshopArchive.Board::of)
                        .toList(),
                marks,
                agreed,
                covered,
                timeUps,
                workshop.members(table.id()).stream()
                        .filter(p -> p.id().equals(table.spokesperson()))
                        .map(Participant::name)
                        .findFirst()
                        .orElse(null),
                interviewOf(discovery),
                practiceAt(workshop.members(table.id()), table, sessions),
                negotiationsAt(workshop.members(table.id()), table, negotiated));
    }

    /** The negotiations started by a member of the table, chosen as {@link #practiceAt} chooses sessions. */
    private static List<WorkshopArchive.Negotiation> negotiationsAt(
            List<Participant> members, WorkshopTable table, List<org.ssmclassroom.negotiation.Negotiation> all) {
        Map<org.ssmclassroom.base.ParticipantId, String> names = new HashMap<>();
        members.forEach(p -> names.put(p.id(), p.name()));
        return all.stream()
                .filter(n -> names.containsKey(n.startedBy()))
                .filter(n -> !n.asATable() || n.table().equals(table.id()))
                .map(n -> new WorkshopArchive.Negotiation(
                        names.get(n.startedBy()), n.asATable(), n.startedAt(), n.endedAt(), n.rounds()))
                .toList();
    }

    /**
     * The sessions started by a member of the table: a table's own where it was the table's, a trainee's own where
     * the trainee sits now. A table's session whose starter has since moved to another table is left out.
     */
    private static List<WorkshopArchive.Practice> practiceAt(
            List<Participant> members, WorkshopTable table, List<PracticeSession> sessions) {
        Map<org.ssmclassroom.base.ParticipantId, String> names = new HashMap<>();
        members.forEach(p -> names.put(p.id(), p.name()));
        return sessions.stream()
                .filter(s -> names.containsKey(s.startedBy()))
                .filter(s -> !s.asATable() || s.table().equals(table.id()))
                .map(s -> new WorkshopArchive.Practice(
                        names.get(s.startedBy()), s.asATable(), s.startedAt(), s.endedAt(), s.turns(), s.persona()))
                .toList();
    }

    private static WorkshopArchive.Interview interviewOf(InterviewService.Kept discovery) {
        if (discovery == null) {
            return null;
        }
        Map<String, Map<String, Integer>> conversations = new java.util.TreeMap<>();
        discovery.questions().forEach((persona, tags) -> {
            if (persona != null) {
                conversations.put(persona, byKind(tags));
            }
        });
        return new WorkshopArchive.Interview(
                new java.util.TreeSet<>(discovery.found()).stream().toList(),
                byKind(discovery.questions().getOrDefault(null, Map.of())),
                conversations);
    }

    private static Map<String, Integer> byKind(Map<org.ssmclassroom.roleplay.QuestionKind, Integer> tags) {
        Map<String, Integer> questions = new java.util.TreeMap<>();
        tags.forEach((kind, count) -> questions.put(kind.id(), count));
        return questions;
    }

    private ScoreRows rows(WorkshopId id) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        Map<String, Map<TableId, ScoreSheet>> sheets = new LinkedHashMap<>();
        for (Method.Exercise exercise : workshop.pack().method().agendaExercises()) {
            if (exercise.rubric() != null) {
                sheets.put(exercise.id(), scoring.progress(id, exercise.id()));
            }
        }
        Locale locale = workshop.workshop().language();
        return ScoreRows.of(workshop, sheets, locale, new Labels(locale));
    }

    private static void totals(Worksheet sheet, WorkshopSnapshot workshop, Leaderboard board, Labels labels) {
        Locale locale = workshop.workshop().language();
        List<Object> head =
                new java.util.ArrayList<>(List.of(labels.get("leaderboard.rank"), labels.get("leaderboard.table")));
        board.exercises()
                .forEach(e -> head.add(workshop.pack()
                        .method()
                        .exercise(e)
                        .map(x -> x.label().in(locale))
                        .orElse(e)));
        head.add(labels.get("leaderboard.total"));
        writeRow(sheet, 0, head);
        for (int r = 0; r < board.rows().size(); r++) {
            Leaderboard.Row row = board.rows().get(r);
            List<Object> cells = new java.util.ArrayList<>(List.of(row.rank(), row.name()));
            board.exercises().forEach(e -> cells.add(row.points().get(e)));
            cells.add(row.total());
            writeRow(sheet, r + 1, cells);
        }
    }

    private static void writeRow(Worksheet sheet, int row, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            switch (cells.get(c)) {
                case null -> {}
                case Number number -> sheet.value(row, c, number);
                case Object other -> sheet.value(row, c, other.toString());
            }
        }
    }
}
