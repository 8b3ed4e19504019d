package org.ssmclassroom.scoring;

import static org.ssmclassroom.scoring.ScoreChanges.scorer;
import static org.ssmclassroom.scoring.ScoreChanges.writable;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardChecks;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * Which of the exercise's key points each table covered: marked by an instructor, or suggested from the boards
 * (ADR 017).
 */
@Service
public class CoverageService {

    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";

    private final ScoringRepository repository;
    private final WorkshopService workshops;
    private final BoardService boards;
    private final ScoreChanges changes;
    private final Clock clock;

    CoverageService(
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
        changes.inTransaction(workshop, () -> {
            repository.markCoverage(table, exerciseId, pointId, covered, by, clock.instant());
            return null;
        });
        changes.publish(workshop, table, exerciseId);
    }
}
