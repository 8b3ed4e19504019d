package org.ssmclassroom.scoring;

import static org.ssmclassroom.scoring.ScoreChanges.rubric;
import static org.ssmclassroom.scoring.ScoreChanges.scorer;
import static org.ssmclassroom.scoring.ScoreChanges.writable;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.SignedIn;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * Instructors score each table's board against the exercise's rubric, mark by mark, saved as they are made;
 * released exercises show each table its own results. Who scores is the signed-in instructor, never a name a
 * screen passes in. The key points' coverage is {@link CoverageService}'s, the leaderboard {@link
 * LeaderboardService}'s; every scoring write of the three goes through {@link ScoreChanges}.
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
    private final ScoreChanges changes;
    private final Clock clock;

    ScoringService(
            ScoringRepository repository,
            WorkshopService workshops,
            BoardService boards,
            ScoreChanges changes,
            Clock clock) {
        this.repository = repository;
        this.workshops = workshops;
        this.boards = boards;
        this.changes = changes;
        this.clock = clock;
    }

    @PreAuthorize(INSTRUCTOR)
    public ScoreSheet sheet(TableId table, String exerciseId) {
        WorkshopSnapshot workshop = workshops.snapshotOfTable(table);
        return changes.sheet(
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
            result = changes.inTransaction(workshop, () -> {
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
        changes.publish(workshop, table, exerciseId);
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
        changes.inTransaction(workshop, () -> {
            if (pinned) {
                repository.pin(table, exerciseId, criterionId, scorer, item, clock.instant());
            } else {
                repository.unpin(table, exerciseId, criterionId, scorer, item);
            }
            return null;
        });
        changes.publish(workshop, table, exerciseId);
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
        changes.inTransaction(workshop, () -> {
            repository.agree(
                    table, exerciseId, new ScoreSheet.Agreed(criterionId, points, text, lead), clock.instant());
            return null;
        });
        changes.publish(workshop, table, exerciseId);
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
        released = Boolean.TRUE.equals(changes.inTransaction(workshop, () -> {
            ScoreChanges.ClassSheets all = changes.classSheets(workshop);
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
            changes.publish(workshop, null, exerciseId);
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
        withdrawn = Boolean.TRUE.equals(changes.inTransaction(workshop, () -> repository.withdraw(id, exerciseId)));
        if (withdrawn) {
            changes.publish(workshop, null, exerciseId);
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
        ScoreChanges.ClassSheets all = changes.classSheets(workshop);
        Map<TableId, ScoreSheet> sheets = new LinkedHashMap<>();
        workshop.tables().forEach(t -> sheets.put(t.id(), all.sheet(t.id(), exerciseId)));
        return sheets;
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
                .map(e -> changes.sheet(workshop, table.get(), e.id(), released))
                .toList();
    }

    /** Follows a workshop's scores; the returned action stops following. */
    public Runnable follow(WorkshopId id, Consumer<Change> listener) {
        return changes.follow(id, listener);
    }

    /** Whether scores of the workshop can still change: not in a workshop imported from an archive. */
    @PreAuthorize(INSTRUCTOR)
    public boolean editable(WorkshopId id) {
        return !workshops.snapshot(id).workshop().isArchived();
    }

    private static Method.Criterion criterion(WorkshopSnapshot workshop, String exerciseId, String criterionId) {
        return rubric(workshop, exerciseId)
                .criterion(criterionId)
                .orElseThrow(() -> new ActionRefused("noRubric", exerciseId + "/" + criterionId));
    }

    /** The instructor signed in on this screen: the one whose marks it edits. */
    @PreAuthorize(INSTRUCTOR)
    public String signedIn() {
        return scorer();
    }
}
