package org.ssmclassroom.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.LiveTopic;
import org.ssmclassroom.base.SignedIn;
import org.ssmclassroom.base.Subscribers;
import org.ssmclassroom.board.BoardChecks;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Ids.TableId;
import org.ssmclassroom.workshop.Ids.WorkshopId;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * Instructors score each table's board against the exercise's rubric, mark by mark, saved as they are made;
 * released exercises show each table its own results, and the projector the leaderboard. Who scores is the
 * signed-in instructor, never a name a screen passes in.
 */
@Service
public class ScoringService {

    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";
    private static final String LEAD = "hasRole('LEAD')";
    public static final int COMMENT_LIMIT = 2000;

    /** Something about a workshop's scores changed; screens re-read what they show. */
    public record Change(long revision, TableId table, String exerciseId) {}

    private final ScoringRepository repository;
    private final WorkshopService workshops;
    private final BoardService boards;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Subscribers<WorkshopId, Change> followers;
    private final AtomicLong revisions = new AtomicLong();

    ScoringService(
            ScoringRepository repository,
            WorkshopService workshops,
            BoardService boards,
            TransactionTemplate transactions,
            Clock clock,
            org.ssmclassroom.base.ClusterBus bus) {
        this.followers = new Subscribers<WorkshopId, Change>()
                .acrossNodes(
                        bus,
                        new LiveTopic<>("scores", WorkshopId.class, Where.class),
                        (id, where) -> where == null
                                ? new Change(revisions.incrementAndGet(), null, null)
                                : new Change(revisions.incrementAndGet(), where.table(), where.exerciseId()),
                        change -> new Where(change.table(), change.exerciseId()));
        this.repository = repository;
        this.workshops = workshops;
        this.boards = boards;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What another node's change was about: a table and an exercise (either may be null). */
    private record Where(TableId table, String exerciseId) {}

    @PreAuthorize(INSTRUCTOR)
    public ScoreSheet sheet(TableId table, String exerciseId) {
        WorkshopSnapshot workshop = workshops.snapshotOfTable(table);
        return sheet(
                workshop,
                table,
                exerciseId,
                repository.released(workshop.workshop().id()));
    }

    /** Sets the signed-in instructor's level (null: none) and comment for a criterion, if the mark is as they saw it. */
    @PreAuthorize(INSTRUCTOR)
    public MarkResult mark(
            TableId table, String exerciseId, String criterionId, Integer points, String comment, int seenVersion) {
        WorkshopSnapshot workshop = writable(workshops.snapshotOfTable(table));
        Method.Criterion criterion = criterion(workshop, exerciseId, criterionId);
        if (points != null && criterion.level(points).isEmpty()) {
            throw new ActionRefused("notALevel", points);
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > COMMENT_LIMIT) {
            throw new ActionRefused("tooLong", COMMENT_LIMIT);
        }
        String scorer = scorer();
        MarkResult result;
        try {
            result = inTransaction(workshop, () -> {
                ScoreSheet.Mark current = repository
                        .mark(table, exerciseId, criterionId, scorer)
                        .orElse(ScoreSheet.Mark.blank(criterionId, scorer));
                if (current.version() != seenVersion) {
                    return new MarkResult.Conflict(current);
                }
                ScoreSheet.Mark next = new ScoreSheet.Mark(
                        criterionId, scorer, points, text, current.evidence(), current.version() + 1);
                return repository.write(table, exerciseId, next, seenVersion, clock.instant())
                        ? new MarkResult.Saved(next)
                        : new MarkResult.Conflict(repository
                                .mark(table, exerciseId, criterionId, scorer)
                                .orElse(current));
            });
        } catch (DuplicateKeyException sameMomentElsewhere) {
            // Read after the failed transaction: on PostgreSQL nothing more can be read inside it.
            result = new MarkResult.Conflict(repository
                    .mark(table, exerciseId, criterionId, scorer)
                    .orElse(ScoreSheet.Mark.blank(criterionId, scorer)));
        }
        publish(workshop, table, exerciseId);
        return result;
    }

    /** Pins (or, with {@code pinned} false, unpins) one entry of the table's board as evidence for a criterion. */
    @PreAuthorize(INSTRUCTOR)
    public void pin(TableId table, String exerciseId, String criterionId, String item, boolean pinned) {
        WorkshopSnapshot workshop = writable(workshops.snapshotOfTable(table));
        criterion(workshop, exerciseId, criterionId);
        if (pinned && !boards.boardFor(table, exerciseId).content().shows(item)) {
            throw new ActionRefused("noSuchEntry");
        }
        String scorer = scorer();
        inTransaction(workshop, () -> {
            if (pinned) {
                repository.pin(table, exerciseId, criterionId, scorer, item, clock.instant());
            } else {
                repository.unpin(table, exerciseId, criterionId, scorer, item);
            }
            return null;
        });
        publish(workshop, table, exerciseId);
    }

    /** The lead instructor settles a criterion two instructors scored differently: the level the table will see. */
    @PreAuthorize(LEAD)
    public void agree(TableId table, String exerciseId, String criterionId, int points, String comment) {
        WorkshopSnapshot workshop = writable(workshops.snapshotOfTable(table));
        Method.Criterion criterion = criterion(workshop, exerciseId, criterionId);
        if (criterion.level(points).isEmpty()) {
            throw new ActionRefused("notALevel", points);
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > COMMENT_LIMIT) {
            throw new ActionRefused("tooLong", COMMENT_LIMIT);
        }
        String lead = scorer();
        inTransaction(workshop, () -> {
            repository.agree(
                    table, exerciseId, new ScoreSheet.Agreed(criterionId, points, text, lead), clock.instant());
            return null;
        });
        publish(workshop, table, exerciseId);
    }

    /**
     * Every table against the exercise's key points: marked by an instructor, or suggested from the text of the
     * section each point belongs to.
     */
    @PreAuthorize(INSTRUCTOR)
    public Coverage coverage(WorkshopId id, String exerciseId) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        List<Method.KeyPoint> points = workshop.pack().keyPoints(exerciseId);
        Map<TableId, Map<String, Coverage.Cell>> cells = new LinkedHashMap<>();
        for (WorkshopTable table : workshop.tables()) {
            BoardSnapshot board = boards.boardFor(table.id(), exerciseId);
            Set<String> passed =
                    BoardChecks.evaluate(workshop.pack().method(), board.template(), board.content()).stream()
                            .filter(BoardChecks.Result::passed)
                            .map(result -> result.check().id())
                            .collect(java.util.stream.Collectors.toSet());
            Map<String, Boolean> marked = repository.coverage(table.id(), exerciseId);
            Map<String, Coverage.Cell> row = new LinkedHashMap<>();
            for (Method.KeyPoint point : points) {
                row.put(point.id(), CoverageSuggestions.cell(point, board.content(), passed, marked.get(point.id())));
            }
            cells.put(table.id(), row);
        }
        return new Coverage(
                points, workshop.tables().stream().map(WorkshopTable::id).toList(), cells);
    }

    /** What the instructors marked of a table's key points, without suggestions: for the archive. */
    @PreAuthorize(INSTRUCTOR)
    public Map<String, Boolean> coverageMarks(TableId table, String exerciseId) {
        return repository.coverage(table, exerciseId);
    }

    /** Marks a key point covered or missing at a table, or clears the mark with {@code covered} null. */
    @PreAuthorize(INSTRUCTOR)
    public void markCoverage(TableId table, String exerciseId, String pointId, Boolean covered) {
        WorkshopSnapshot workshop = writable(workshops.snapshotOfTable(table));
        if (workshop.pack().keyPoints(exerciseId).stream().noneMatch(p -> p.id().equals(pointId))) {
            throw new ActionRefused("noSuchKeyPoint", pointId);
        }
        String by = scorer();
        inTransaction(workshop, () -> {
            repository.markCoverage(table, exerciseId, pointId, covered, by, clock.instant());
            return null;
        });
        publish(workshop, table, exerciseId);
    }

    /** Whether the signed-in instructor is the lead, who moderates and manages the other instructors' accounts. */
    public boolean signedInAsLead() {
        return SignedIn.isLead();
    }

    /**
     * Shows every table its own scores of the exercise; false when it was already released (a second tap, or
     * another instructor first), which changes nothing. Refused while two instructors disagree on a table: what
     * a table is shown must be one score. The check and the release are one transaction.
     */
    @PreAuthorize(INSTRUCTOR)
    public boolean release(WorkshopId id, String exerciseId) {
        WorkshopSnapshot workshop = writable(workshops.snapshot(id));
        String by = scorer();
        boolean released;
        released = Boolean.TRUE.equals(inTransaction(workshop, () -> {
            ClassSheets all = new ClassSheets(workshop);
            List<String> disputed = workshop.tables().stream()
                    .filter(t -> all.sheet(t.id(), exerciseId).disputed())
                    .map(WorkshopTable::name)
                    .toList();
            if (!disputed.isEmpty()) {
                throw new ActionRefused("scoresDisputed", String.join(", ", disputed));
            }
            if (all.released.contains(exerciseId)) {
                return false;
            }
            repository.release(id, exerciseId, by, clock.instant());
            return true;
        }));
        if (released) {
            publish(workshop, null, exerciseId);
        }
        return released;
    }

    /**
     * Takes a release back: the tables no longer see the exercise's scores. False when it was not released (a
     * second tap, or another instructor first), which changes nothing.
     */
    @PreAuthorize(INSTRUCTOR)
    public boolean withdraw(WorkshopId id, String exerciseId) {
        WorkshopSnapshot workshop = writable(workshops.snapshot(id));
        boolean withdrawn;
        withdrawn = Boolean.TRUE.equals(inTransaction(workshop, () -> repository.withdraw(id, exerciseId)));
        if (withdrawn) {
            publish(workshop, null, exerciseId);
        }
        return withdrawn;
    }

    @PreAuthorize(INSTRUCTOR)
    public Set<String> released(WorkshopId id) {
        return repository.released(id);
    }

    /** Each table's sheet for the exercise, for the console's progress and "next table". */
    @PreAuthorize(INSTRUCTOR)
    public Map<TableId, ScoreSheet> progress(WorkshopId id, String exerciseId) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        ClassSheets all = new ClassSheets(workshop);
        Map<TableId, ScoreSheet> sheets = new LinkedHashMap<>();
        workshop.tables().forEach(t -> sheets.put(t.id(), all.sheet(t.id(), exerciseId)));
        return sheets;
    }

    /** Released scores only, every table; ranked by all exercises, or by one when {@code by} names it. */
    @PreAuthorize(INSTRUCTOR)
    public Leaderboard leaderboard(WorkshopId id, String by) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        ClassSheets all = new ClassSheets(workshop);
        List<String> exercises = workshop.pack().method().agendaExercises().stream()
                .map(Method.Exercise::id)
                .filter(all.released::contains)
                .toList();
        List<Leaderboard.Entry> entries = new ArrayList<>();
        for (WorkshopTable table : workshop.tables()) {
            Map<String, Integer> points = new LinkedHashMap<>();
            for (String exercise : exercises) {
                ScoreSheet sheet = all.sheet(table.id(), exercise);
                if (sheet.scoredCriteria() > 0) {
                    points.put(exercise, sheet.points());
                }
            }
            entries.add(new Leaderboard.Entry(table.id(), table.name(), points));
        }
        return Leaderboard.of(exercises, entries, by != null && exercises.contains(by) ? by : null);
    }

    @PreAuthorize(INSTRUCTOR)
    public boolean leaderboardShown(WorkshopId id) {
        return repository.display(id).shown();
    }

    /** The exercise the projector's leaderboard ranks by; null: the total. */
    @PreAuthorize(INSTRUCTOR)
    public String leaderboardRankedBy(WorkshopId id) {
        return repository.display(id).rankedBy();
    }

    /** The leaderboard as the projector shows it, ranked as the instructor chose. */
    @PreAuthorize(INSTRUCTOR)
    public Leaderboard projectedLeaderboard(WorkshopId id) {
        return leaderboard(id, leaderboardRankedBy(id));
    }

    /** Ranks the projector's leaderboard by one scored exercise, or by the total with {@code exerciseId} null. */
    @PreAuthorize(INSTRUCTOR)
    public void rankLeaderboardBy(WorkshopId id, String exerciseId) {
        WorkshopSnapshot workshop = writable(workshops.snapshot(id));
        if (exerciseId != null) {
            rubric(workshop, exerciseId);
        }
        transactions.executeWithoutResult(s -> repository.rankLeaderboardBy(id, exerciseId));
        publish(workshop, null, null);
    }

    @PreAuthorize(INSTRUCTOR)
    public void showLeaderboard(WorkshopId id, boolean shown) {
        WorkshopSnapshot workshop = writable(workshops.snapshot(id));
        transactions.executeWithoutResult(s -> repository.showLeaderboard(id, shown));
        publish(workshop, null, null);
    }

    /** The released scores of the tablet's own table; no id from the tablet is trusted. */
    public List<ScoreSheet> resultsFor(DeviceToken device) {
        Optional<WorkshopService.Seat> seat = workshops.seatOf(device);
        if (seat.isEmpty()) {
            return List.of();
        }
        WorkshopSnapshot workshop = seat.get().workshop();
        Optional<TableId> table = workshop.participant(seat.get().participant()).map(Participant::table);
        if (table.isEmpty() || table.get() == null) {
            return List.of();
        }
        Set<String> released = repository.released(workshop.workshop().id());
        return workshop.pack().method().agendaExercises().stream()
                .filter(e -> released.contains(e.id()) && e.rubric() != null)
                .map(e -> sheet(workshop, table.get(), e.id(), released))
                .toList();
    }

    /** Follows a workshop's scores; the returned action stops following. */
    public Runnable follow(WorkshopId id, Consumer<Change> listener) {
        return followers.subscribe(id, listener);
    }

    private ScoreSheet sheet(WorkshopSnapshot workshop, TableId table, String exerciseId, Set<String> released) {
        Method.Rubric rubric = rubric(workshop, exerciseId);
        return new ScoreSheet(
                table,
                exerciseId,
                rubric,
                repository.marks(table, exerciseId),
                repository.agreed(table, exerciseId),
                released.contains(exerciseId));
    }

    /** Every sheet of a class from three reads, for the screens that show all tables at once. */
    private final class ClassSheets {

        private final WorkshopSnapshot workshop;
        private final Set<String> released;
        private final Map<ScoringRepository.Place, List<ScoreSheet.Mark>> marks;
        private final Map<ScoringRepository.Place, List<ScoreSheet.Agreed>> agreed;

        ClassSheets(WorkshopSnapshot workshop) {
            WorkshopId id = workshop.workshop().id();
            this.workshop = workshop;
            this.released = repository.released(id);
            this.marks = repository.marksOf(id);
            this.agreed = repository.agreedOf(id);
        }

        ScoreSheet sheet(TableId table, String exerciseId) {
            ScoringRepository.Place place = new ScoringRepository.Place(table, exerciseId);
            return new ScoreSheet(
                    table,
                    exerciseId,
                    rubric(workshop, exerciseId),
                    marks.getOrDefault(place, List.of()),
                    agreed.getOrDefault(place, List.of()),
                    released.contains(exerciseId));
        }
    }

    /** Whether scores of the workshop can still change: not in a workshop imported from an archive. */
    @PreAuthorize(INSTRUCTOR)
    public boolean editable(WorkshopId id) {
        return !workshops.snapshot(id).workshop().isArchived();
    }

    private static WorkshopSnapshot writable(WorkshopSnapshot workshop) {
        if (workshop.workshop().isArchived()) {
            throw new ActionRefused("archived");
        }
        return workshop;
    }

    private static Method.Rubric rubric(WorkshopSnapshot workshop, String exerciseId) {
        Method method = workshop.pack().method();
        return method.exercise(exerciseId)
                .flatMap(e -> method.rubric(e.rubric()))
                .orElseThrow(() -> new ActionRefused("noRubric", exerciseId));
    }

    private static Method.Criterion criterion(WorkshopSnapshot workshop, String exerciseId, String criterionId) {
        return rubric(workshop, exerciseId)
                .criterion(criterionId)
                .orElseThrow(() -> new ActionRefused("noRubric", exerciseId + "/" + criterionId));
    }

    /**
     * One scoring action: one transaction holding the workshop's lock, so that a release and a mark that would
     * dispute it, or two first marks, run one after the other on every node (ADR 023).
     */
    private <T> T inTransaction(WorkshopSnapshot workshop, Supplier<T> action) {
        return transactions.execute(status -> {
            workshops.lockUntilCommit(workshop.workshop().id());
            return action.get();
        });
    }

    private void publish(WorkshopSnapshot workshop, TableId table, String exerciseId) {
        followers.publish(workshop.workshop().id(), new Change(revisions.incrementAndGet(), table, exerciseId));
    }

    /** The instructor signed in on this screen: the one whose marks it edits. */
    @PreAuthorize(INSTRUCTOR)
    public String signedIn() {
        return scorer();
    }

    private static String scorer() {
        return SignedIn.instructor();
    }
}
