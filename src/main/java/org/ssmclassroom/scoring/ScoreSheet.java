package org.ssmclassroom.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;

/**
 * One table's scoring of one exercise against its rubric: every scorer's marks, what the lead agreed where
 * they differed, and whether the exercise's scores are released to the tables. Immutable.
 */
public record ScoreSheet(
        TableId table,
        String exerciseId,
        Method.Rubric rubric,
        List<Mark> marks,
        List<Agreed> agreed,
        boolean released) {

    /** The level the lead instructor agreed for a criterion, with the comment the table will read. */
    public record Agreed(String criterion, int points, String comment, String agreedBy) {}

    /** A scorer's judgement of one criterion: a level (or none yet), a comment, pinned board entries. */
    public record Mark(
            String criterion, String scorer, Integer points, String comment, Set<String> evidence, int version) {

        public static Mark blank(String criterion, String scorer) {
            return new Mark(criterion, scorer, null, "", Set.of(), 0);
        }
    }

    /** What a criterion comes to: not scored yet, scored, or scored differently by two instructors. */
    public sealed interface Outcome {
        record Unscored() implements Outcome {}

        /** The points that count, with every scorer's comment. */
        record Scored(int points, List<String> comments) implements Outcome {}

        record Disputed(List<Mark> marks) implements Outcome {}
    }

    /** Where the sheet stands: some criterion unscored, every one scored, or instructors differ on one. */
    public enum State {
        INCOMPLETE,
        COMPLETE,
        DISPUTED
    }

    public State state() {
        return disputed() ? State.DISPUTED : complete() ? State.COMPLETE : State.INCOMPLETE;
    }

    public Mark markOf(String criterion, String scorer) {
        return marks.stream()
                .filter(m -> m.criterion().equals(criterion) && m.scorer().equals(scorer))
                .findFirst()
                .orElse(Mark.blank(criterion, scorer));
    }

    /** Who scored this table's exercise, by name. */
    public List<String> scorers() {
        return marks.stream()
                .map(Mark::scorer)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    public Optional<Agreed> agreedOn(String criterion) {
        return agreed.stream().filter(a -> a.criterion().equals(criterion)).findFirst();
    }

    public Outcome outcome(String criterion) {
        Optional<Agreed> settled = agreedOn(criterion);
        if (settled.isPresent()) {
            String comment = settled.get().comment();
            return new Outcome.Scored(settled.get().points(), comment.isBlank() ? List.of() : List.of(comment));
        }
        List<Mark> given = marks.stream()
                .filter(m -> m.criterion().equals(criterion) && m.points() != null)
                .toList();
        if (given.isEmpty()) {
            return new Outcome.Unscored();
        }
        if (given.stream().map(Mark::points).distinct().count() > 1) {
            return new Outcome.Disputed(given);
        }
        List<String> comments = given.stream()
                .map(Mark::comment)
                .filter(Objects::nonNull)
                .filter(c -> !c.isBlank())
                .toList();
        return new Outcome.Scored(given.getFirst().points(), comments);
    }

    /** Every criterion has points that count. */
    public boolean complete() {
        return rubric.criteria().stream().allMatch(c -> outcome(c.id()) instanceof Outcome.Scored);
    }

    public boolean disputed() {
        return rubric.criteria().stream().anyMatch(c -> outcome(c.id()) instanceof Outcome.Disputed);
    }

    public long scoredCriteria() {
        return rubric.criteria().stream()
                .filter(c -> outcome(c.id()) instanceof Outcome.Scored)
                .count();
    }

    /** The points of the criteria scored so far. */
    public int points() {
        return rubric.criteria().stream()
                .map(c -> outcome(c.id()))
                .mapToInt(o -> o instanceof Outcome.Scored scored ? scored.points() : 0)
                .sum();
    }

    public Optional<Method.Criterion> criterion(String id) {
        return rubric.criterion(id);
    }
}
