package org.ssmclassroom.scoring;

import static org.ssmclassroom.scoring.ScoreChanges.rubric;
import static org.ssmclassroom.scoring.ScoreChanges.writable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * The leaderboard: the tables ranked by their released scores, and how the projector shows it (shown or not,
 * ranked by the total or by one exercise).
 */
@Service
public class LeaderboardService {

    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";

    private final ScoringRepository repository;
    private final WorkshopService workshops;
    private final ScoreChanges changes;
    private final TransactionTemplate transactions;

    LeaderboardService(
            ScoringRepository repository,
            WorkshopService workshops,
            ScoreChanges changes,
            TransactionTemplate transactions) {
        this.repository = repository;
        this.workshops = workshops;
        this.changes = changes;
        this.transactions = transactions;
    }

    /** Released scores only, every table; ranked by all exercises, or by one when {@code by} names it. */
    @PreAuthorize(INSTRUCTOR)
    public Leaderboard leaderboard(WorkshopId id, String by) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        ScoreChanges.ClassSheets all = changes.classSheets(workshop);
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
        changes.publish(workshop, null, null);
    }

    @PreAuthorize(INSTRUCTOR)
    public void showLeaderboard(WorkshopId id, boolean shown) {
        WorkshopSnapshot workshop = writable(workshops.snapshot(id));
        transactions.executeWithoutResult(s -> repository.showLeaderboard(id, shown));
        changes.publish(workshop, null, null);
    }
}
