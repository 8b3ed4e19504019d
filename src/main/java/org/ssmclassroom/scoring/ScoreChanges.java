package org.ssmclassroom.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.LiveTopic;
import org.ssmclassroom.base.SignedIn;
import org.ssmclassroom.base.Subscribers;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * The one way scores change, for the scoring services: each action in one transaction holding the workshop's lock
 * (ADR 023), then a {@link ScoringService.Change} for every screen following the workshop's scores, on every node;
 * and the score sheets they all read.
 */
@Component
class ScoreChanges {

    private final ScoringRepository repository;
    private final WorkshopService workshops;
    private final TransactionTemplate transactions;
    private final Subscribers<WorkshopId, ScoringService.Change> followers;
    private final AtomicLong revisions = new AtomicLong();

    ScoreChanges(
            ScoringRepository repository, WorkshopService workshops, TransactionTemplate transactions, ClusterBus bus) {
        this.followers = new Subscribers<WorkshopId, ScoringService.Change>()
                .acrossNodes(
                        bus,
                        new LiveTopic<>("scores", WorkshopId.class, Where.class),
                        (id, where) -> where == null
                                ? new ScoringService.Change(revisions.incrementAndGet(), null, null)
                                : new ScoringService.Change(
                                        revisions.incrementAndGet(), where.table(), where.exerciseId()),
                        change -> new Where(change.table(), change.exerciseId()));
        this.repository = repository;
        this.workshops = workshops;
        this.transactions = transactions;
    }

    /** What another node's change was about: a table and an exercise (either may be null). */
    private record Where(TableId table, String exerciseId) {}

    /**
     * One scoring action: one transaction holding the workshop's lock, so that a release and a mark that would
     * dispute it, or two first marks, run one after the other on every node (ADR 023).
     */
    <T> T inTransaction(WorkshopSnapshot workshop, Supplier<T> action) {
        return transactions.execute(status -> {
            workshops.lockUntilCommit(workshop.workshop().id());
            return action.get();
        });
    }

    void publish(WorkshopSnapshot workshop, TableId table, String exerciseId) {
        followers.publish(
                workshop.workshop().id(), new ScoringService.Change(revisions.incrementAndGet(), table, exerciseId));
    }

    Runnable follow(WorkshopId id, Consumer<ScoringService.Change> listener) {
        return followers.subscribe(id, listener);
    }

    ScoreSheet sheet(WorkshopSnapshot workshop, TableId table, String exerciseId, Set<String> released) {
        Method.Rubric rubric = rubric(workshop, exerciseId);
        return new ScoreSheet(
                table,
                exerciseId,
                rubric,
                repository.marks(table, exerciseId),
                repository.agreed(table, exerciseId),
                released.contains(exerciseId));
    }

    ClassSheets classSheets(WorkshopSnapshot workshop) {
        return new ClassSheets(workshop);
    }

    /** Every sheet of a class from three reads, for the screens that show all tables at once. */
    final class ClassSheets {

        private final WorkshopSnapshot workshop;
        final Set<String> released;
        private final Map<ScoringRepository.Place, List<ScoreSheet.Mark>> marks;
        private final Map<ScoringRepository.Place, List<ScoreSheet.Agreed>> agreed;

        private ClassSheets(WorkshopSnapshot workshop) {
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

    static WorkshopSnapshot writable(WorkshopSnapshot workshop) {
        if (workshop.workshop().isArchived()) {
            throw new ActionRefused("archived");
        }
        return workshop;
    }

    static Method.Rubric rubric(WorkshopSnapshot workshop, String exerciseId) {
        Method method = workshop.pack().method();
        return method.exercise(exerciseId)
                .flatMap(e -> method.rubric(e.rubric()))
                .orElseThrow(() -> new ActionRefused("noRubric", exerciseId));
    }

    /** The instructor signed in on this screen: the one whose marks and settings an action writes. */
    static String scorer() {
        return SignedIn.instructor();
    }
}
