package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.LeaderboardService;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.ui.ScreenParts;

/**
 * Scores on the workshop's screens: the console's scoring progress for the exercise the class is on, each
 * table's released results on its tablets, and the leaderboard on the projector when the instructor shows it.
 */
@org.springframework.stereotype.Component
class ScoringParts implements ScreenParts {

    private final ScoringService scoring;
    private final LeaderboardService leaderboards;

    ScoringParts(ScoringService scoring, LeaderboardService leaderboards) {
        this.scoring = scoring;
        this.leaderboards = leaderboards;
    }

    @Override
    public Optional<Part> console(WorkshopSnapshot workshop) {
        return Optional.of(new ConsoleProgress(workshop));
    }

    /** The table's released results, newest first: news on its tablets. */
    @Override
    public Optional<News> tabletNews(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        NewsBox news = new NewsBox("tablet-results");
        Div results = news.box();
        Locale locale = UI.getCurrent().getLocale();
        Runnable render = () -> {
            results.removeAll();
            List<ScoreSheet> mine = scoring.resultsFor(device);
            if (!mine.isEmpty()) {
                results.add(new H2(results.getTranslation("results.title")));
                List<ScoreSheet> newestFirst = mine.reversed();
                newestFirst.forEach(sheet -> results.add(
                        new ResultsCard(sheet, workshop.pack().method(), locale, sheet == newestFirst.getFirst())));
            }
            news.holds(mine.size());
        };
        render.run();
        followChanges(
                results,
                workshop.workshop().id(),
                change -> change.table() == null || table.equals(change.table()),
                render);
        return Optional.of(news);
    }

    @Override
    public Optional<Part> projector(WorkshopSnapshot workshop) {
        Div board = new Div();
        board.addClassName("projector-leaderboard");
        Locale locale = UI.getCurrent().getLocale();
        WorkshopId id = workshop.workshop().id();
        Runnable render = () -> {
            board.removeAll();
            boolean shown = leaderboards.leaderboardShown(id);
            board.setVisible(shown);
            if (shown) {
                board.add(
                        new H2(board.getTranslation("leaderboard.title")),
                        new LeaderboardTable(
                                leaderboards.projectedLeaderboard(id),
                                workshop.pack().method(),
                                locale));
            }
        };
        render.run();
        followChanges(board, id, change -> true, render);
        return Optional.of(() -> board);
    }

    /** Re-reads on the changes that matter to it while attached. */
    private void followChanges(
            Component view,
            WorkshopId workshop,
            java.util.function.Predicate<ScoringService.Change> matters,
            Runnable render) {
        LiveView.follow(
                view, null, ScoringService.Change::revision, listener -> scoring.follow(workshop, listener), change -> {
                    if (matters.test(change)) {
                        render.run();
                    }
                });
    }

    /** Which tables are scored for the exercise the class is on, with the way to score the next one. */
    private final class ConsoleProgress implements Part {

        private final Section panel = new Section();
        private final Div body = new Div();
        private WorkshopSnapshot workshop;
        private String exercise;

        ConsoleProgress(WorkshopSnapshot initial) {
            panel.addClassNames("panel", "scoring-progress");
            panel.add(new H2(panel.getTranslation("scoring.progress")), body);
            workshop = initial;
            followChanges(panel, initial.workshop().id(), change -> true, this::render);
            show(initial);
        }

        @Override
        public Component component() {
            return panel;
        }

        @Override
        public void show(WorkshopSnapshot current) {
            workshop = current;
            String now = current.classExercise().map(Method.Exercise::id).orElse(null);
            if (body.getChildren().findAny().isEmpty() || !java.util.Objects.equals(now, exercise)) {
                exercise = now;
                render();
            }
        }

        private void render() {
            body.removeAll();
            Locale locale = UI.getCurrent().getLocale();
            long id = workshop.workshop().id().value();
            Method.Exercise open = exercise == null
                    ? null
                    : workshop.pack().method().exercise(exercise).orElse(null);
            if (open == null || open.rubric() == null) {
                body.add(new Span(panel.getTranslation("scoring.progress.none")));
                body.add(new Anchor("workshops/" + id + "/scores", panel.getTranslation("scoring.overview")));
                return;
            }
            Map<TableId, ScoreSheet> sheets =
                    scoring.progress(workshop.workshop().id(), exercise);
            Div row = new Div();
            row.addClassName("progress-row");
            for (WorkshopTable table : workshop.tables()) {
                ScoreSheet sheet = sheets.get(table.id());
                Anchor score = new Anchor(
                        "workshops/" + id + "/score/" + table.id().value() + "/" + exercise,
                        panel.getTranslation(
                                "scoring.progress.table",
                                table.name(),
                                sheet.scoredCriteria(),
                                sheet.rubric().criteria().size()));
                score.addClassNames("progress-chip", sheet.complete() ? "complete" : "incomplete");
                score.getElement()
                        .setAttribute(
                                "aria-label",
                                panel.getTranslation(
                                        "scoring.progress.tableNamed",
                                        table.name(),
                                        sheet.scoredCriteria(),
                                        sheet.rubric().criteria().size()));
                row.add(score);
            }
            boolean released = sheets.values().stream().anyMatch(ScoreSheet::released);
            body.add(
                    new Span(open.label().in(locale)
                            + (released ? " · " + panel.getTranslation("scoring.released") : "")),
                    row,
                    new Anchor("workshops/" + id + "/scores/" + exercise, panel.getTranslation("scoring.overview")));
        }
    }
}
