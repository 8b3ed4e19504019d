package org.ssmclassroom.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/** The workshop's scores as rows, one per table, exercise and criterion: what the CSV and the XLSX hold. */
record ScoreRows(List<String> header, List<Row> rows) {

    record Row(
            String table,
            String exercise,
            String criterion,
            Integer points,
            int outOf,
            String level,
            String comments,
            String scorers,
            String scorerPoints,
            String state,
            boolean released) {

        List<Object> cells() {
            return java.util.Arrays.asList(
                    table,
                    exercise,
                    criterion,
                    points,
                    outOf,
                    level,
                    comments,
                    scorers,
                    scorerPoints,
                    state,
                    released ? "✓" : "");
        }
    }

    private static final List<String> COLUMNS = List.of(
            "leaderboard.table",
            "console.exercise",
            "report.criterion",
            "report.points",
            "record.outOf",
            "report.level",
            "report.comments",
            "record.scorers",
            "record.scorerPoints",
            "record.state",
            "record.released");

    /** @param sheets each exercise's sheets by table, in agenda order */
    static ScoreRows of(
            WorkshopSnapshot workshop, Map<String, Map<TableId, ScoreSheet>> sheets, Locale locale, Labels labels) {
        Method method = workshop.pack().method();
        List<Row> rows = new ArrayList<>();
        for (WorkshopTable table : workshop.tables()) {
            sheets.forEach((exerciseId, byTable) -> {
                ScoreSheet sheet = byTable.get(table.id());
                String exercise = method.exercise(exerciseId)
                        .map(e -> e.label().in(locale) + " — " + e.title().in(locale))
                        .orElse(exerciseId);
                for (Method.Criterion criterion : sheet.rubric().criteria()) {
                    rows.add(row(table, exercise, sheet, criterion, locale, labels));
                }
            });
        }
        return new ScoreRows(COLUMNS.stream().map(labels::get).toList(), rows);
    }

    private static Row row(
            WorkshopTable table,
            String exercise,
            ScoreSheet sheet,
            Method.Criterion criterion,
            Locale locale,
            Labels labels) {
        ScoreSheet.Outcome outcome = sheet.outcome(criterion.id());
        Integer points = outcome instanceof ScoreSheet.Outcome.Scored scored ? scored.points() : null;
        String level = points == null
                ? ""
                : criterion.level(points).map(l -> l.label().in(locale)).orElse("");
        String comments =
                outcome instanceof ScoreSheet.Outcome.Scored scored ? String.join(" | ", scored.comments()) : "";
        // Each instructor's own points, in the same order as the names: "lee; wang" and "4; 3".
        var marks = sheet.marks().stream()
                .filter(m -> m.criterion().equals(criterion.id()) && m.points() != null)
                .toList();
        String scorers = marks.stream().map(m -> m.scorer()).collect(Collectors.joining("; "));
        String scorerPoints =
                marks.stream().map(m -> String.valueOf(m.points())).collect(Collectors.joining("; "));
        String state = labels.get(
                switch (outcome) {
                    case ScoreSheet.Outcome.Scored s -> "record.state.scored";
                    case ScoreSheet.Outcome.Disputed d -> "record.state.disputed";
                    case ScoreSheet.Outcome.Unscored u -> "record.state.unscored";
                });
        return new Row(
                table.name(),
                exercise,
                criterion.label().in(locale),
                points,
                criterion.points(),
                level,
                comments,
                scorers,
                scorerPoints,
                state,
                sheet.released());
    }
}
