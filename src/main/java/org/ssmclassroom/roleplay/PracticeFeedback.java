package org.ssmclassroom.roleplay;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ScenarioPack;

/**
 * The card at the end of a practice interview: what was found and the trainee's question that found it, what was
 * missed with a question in a 9-block form that would have found it, how the questions were put, the time taken.
 */
public record PracticeFeedback(
        Discovery discovery,
        List<CaseFile.Target> found,
        java.util.Map<String, String> foundBy,
        List<Missed> missed,
        Duration taken) {

    /** A missed target, and a question that would have found it with its 9-block cell (row · column). */
    public record Missed(CaseFile.Target target, LocalizedText cell, LocalizedText question) {}

    /** The feedback card of a session: found and missed targets, the question mix, the time taken. */
    static PracticeFeedback of(PracticeSession session, ScenarioPack pack) {
        var found = session.found();
        List<CaseFile.Target> uncovered =
                session.targets().stream().filter(t -> found.contains(t.id())).toList();
        List<Missed> missed = session.targets().stream()
                .filter(t -> !found.contains(t.id()))
                .map(t -> missed(t, pack))
                .toList();
        return new PracticeFeedback(session.discovery(), uncovered, firstAsked(session), missed, session.taken());
    }

    /** The trainee's own question that first uncovered each target, to quote it on the card. */
    private static java.util.Map<String, String> firstAsked(PracticeSession session) {
        java.util.Map<String, String> asked = new java.util.HashMap<>();
        session.turns().forEach(turn -> turn.targets().forEach(t -> asked.putIfAbsent(t, turn.question())));
        return java.util.Map.copyOf(asked);
    }

    /** The question that found this target, if it was found. */
    public Optional<String> foundBy(CaseFile.Target target) {
        return Optional.ofNullable(foundBy.get(target.id()));
    }

    private static Missed missed(CaseFile.Target target, ScenarioPack pack) {
        CaseFile.Sample sample = target.sample();
        if (sample != null) {
            return new Missed(target, cell(pack.method(), sample.row(), sample.column()), sample.question());
        }
        // No sample in the pack: the first example question of a fact that uncovers the target, in its own form.
        return PracticeService.interviewOf(pack)
                .flatMap(i -> i.facts().stream()
                        .filter(f ->
                                f.layers().stream().anyMatch(l -> l.reveals().contains(target.id())))
                        .flatMap(f -> f.asks().stream())
                        .findFirst())
                .map(ask -> new Missed(
                        target,
                        cell(
                                pack.method(),
                                null,
                                QuestionForms.of(LocalizedText.CHINESE)
                                        .form(ask.zh())
                                        .id()),
                        ask))
                .orElse(new Missed(target, null, null));
    }

    /** "Diagnose reasons · Open" from the method's 9-block vocabularies; just the column when no row is known. */
    private static LocalizedText cell(Method method, String row, String column) {
        Method.NineBlock grid = method.models().nineBlock();
        if (grid == null) {
            return null;
        }
        Optional<LocalizedText> columnLabel = label(method, grid.columns(), column);
        Optional<LocalizedText> rowLabel = label(method, grid.rows(), row);
        if (columnLabel.isEmpty()) {
            return rowLabel.orElse(null);
        }
        return rowLabel.map(r -> new LocalizedText(
                        r.zh() + " · " + columnLabel.get().zh(),
                        r.en() + " · " + columnLabel.get().en()))
                .orElse(columnLabel.get());
    }

    private static Optional<LocalizedText> label(Method method, String vocabulary, String term) {
        return term == null
                ? Optional.empty()
                : method.vocabulary(vocabulary).stream()
                        .flatMap(v -> v.terms().stream())
                        .filter(t -> t.id().equals(term))
                        .map(Method.Term::label)
                        .findFirst();
    }
}
