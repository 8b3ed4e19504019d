package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.ActionPair;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.LeaderboardService;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * A workshop's scores for one exercise: every table's progress, release to the tables (and taking it back),
 * the leaderboard and whether the projector shows it.
 */
@Route("workshops/:workshopId/scores/:exerciseId?")
@RolesAllowed(Roles.INSTRUCTOR)
class ScoresView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoringService scoring;
    private final LeaderboardService leaderboards;
    private final WorkshopService workshops;
    private final Div progress = new Div();
    private final Div leaderboard = new Div();
    /** Release and take back: two buttons, each doing what it said when tapped, whatever happened since. */
    private final ActionPair release;
    /** Ranks the leaderboard by the chosen exercise; no choice ranks by the total. */
    final Select<Method.Exercise> rankedBy = new Select<>();

    private final Checkbox projector = new Checkbox();
    private WorkshopSnapshot workshop;
    private Method.Exercise exercise;

    ScoresView(ScoringService scoring, LeaderboardService leaderboards, WorkshopService workshops) {
        this.scoring = scoring;
        this.leaderboards = leaderboards;
        this.workshops = workshops;
        addClassNames("page", "scores-view");
        progress.addClassName("scores-progress");
        // Listeners once here: moving to another exercise reuses this view and calls beforeEnter again.
        Button releasing = new Button(getTranslation("scores.release"), e -> release());
        releasing.addThemeVariants(ButtonVariant.PRIMARY);
        release = new ActionPair(releasing, new Button(getTranslation("scores.withdraw"), e -> withdraw()));
        projector.setLabel(getTranslation("leaderboard.onProjector"));
        projector.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                leaderboards.showLeaderboard(workshop.workshop().id(), e.getValue());
            }
        });
        rankedBy.setLabel(getTranslation("leaderboard.rankBy"));
        rankedBy.setEmptySelectionAllowed(true);
        rankedBy.setEmptySelectionCaption(getTranslation("leaderboard.total"));
        rankedBy.setItemLabelGenerator(
                e -> e == null ? getTranslation("leaderboard.total") : e.label().in(getLocale()));
        rankedBy.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                leaderboards.rankLeaderboardBy(
                        workshop.workshop().id(),
                        e.getValue() == null ? null : e.getValue().id());
                render();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        WorkshopId id =
                new WorkshopId(event.getRouteParameters().getLong("workshopId").orElse(-1L));
        workshop = workshops.snapshot(id);
        List<Method.Exercise> scored = workshop.pack().method().agendaExercises().stream()
                .filter(e -> e.rubric() != null)
                .toList();
        exercise = ExerciseChoice.wanted(
                workshop, scored, event.getRouteParameters().get("exerciseId"));
        rankedBy.setItems(scored);
        Anchor console = new Anchor("workshops/" + id.value(), getTranslation("scoring.backToConsole"));
        Anchor debrief =
                new Anchor("workshops/" + id.value() + "/debrief/" + exercise.id(), getTranslation("scores.debrief"));
        debrief.setTarget("_blank");
        Select<Method.Exercise> choice = ExerciseChoice.of(
                scored,
                exercise,
                getLocale(),
                chosen -> UI.getCurrent()
                        .navigate(
                                ScoresView.class,
                                new RouteParameters(
                                        Map.of("workshopId", String.valueOf(id.value()), "exerciseId", chosen.id()))));
        Div controls = new Div(choice, release.doing(), release.undoing(), debrief, console);
        controls.addClassName("control-row");
        add(
                new H1(getTranslation("scores.title", workshop.workshop().name())),
                controls,
                progress,
                new H2(getTranslation("leaderboard.title")),
                projector,
                rankedBy,
                leaderboard);
        render();
        LiveView.follow(
                this, null, ScoringService.Change::revision, listener -> scoring.follow(id, listener), c -> render());
    }

    private void render() {
        WorkshopId id = workshop.workshop().id();
        Map<TableId, ScoreSheet> sheets = scoring.progress(id, exercise.id());
        progress.removeAll();
        for (WorkshopTable table : workshop.tables()) {
            progress.add(tableRow(table, sheets.get(table.id())));
        }
        release.show(scoring.released(id).contains(exercise.id()));
        release.setEnabled(scoring.editable(id));
        projector.setValue(leaderboards.leaderboardShown(id));
        rankedBy.setValue(Optional.ofNullable(leaderboards.leaderboardRankedBy(id))
                .flatMap(e -> workshop.pack().method().exercise(e))
                .orElse(null));
        rankedBy.setEnabled(scoring.editable(id));
        projector.setEnabled(scoring.editable(id));
        leaderboard.removeAll();
        leaderboard.add(new LeaderboardTable(
                leaderboards.projectedLeaderboard(id), workshop.pack().method(), getLocale()));
    }

    private Div tableRow(WorkshopTable table, ScoreSheet sheet) {
        String state = sheet.state().name().toLowerCase(Locale.ROOT);
        Span status = new Span(getTranslation("scores.state." + state));
        status.addClassNames("badge", "badge-score-" + state);
        Anchor score = new Anchor(
                "workshops/" + workshop.workshop().id().value() + "/score/"
                        + table.id().value() + "/" + exercise.id(),
                getTranslation("scores.score"));
        score.getElement().setAttribute("aria-label", getTranslation("scoring.scoreNamed", table.name()));
        Div row = new Div(
                new Span(table.name()),
                new Span(getTranslation(
                        "scoring.summary",
                        sheet.scoredCriteria(),
                        sheet.rubric().criteria().size(),
                        sheet.points(),
                        sheet.rubric().total())),
                status,
                score);
        if (sheet.scorers().size() > 1 && scoring.signedInAsLead()) {
            Anchor moderate = new Anchor(
                    "workshops/" + workshop.workshop().id().value() + "/moderate/"
                            + table.id().value() + "/" + exercise.id(),
                    getTranslation("scores.moderate"));
            moderate.getElement().setAttribute("aria-label", getTranslation("scores.moderateNamed", table.name()));
            row.add(moderate);
        }
        row.addClassName("scores-row");
        row.getElement().setAttribute("aria-label", table.name());
        return row;
    }

    private void release() {
        if (!scoring.release(workshop.workshop().id(), exercise.id())) {
            quietly("scores.alreadyReleased");
        }
        render();
    }

    private void withdraw() {
        if (!scoring.withdraw(workshop.workshop().id(), exercise.id())) {
            quietly("scores.alreadyWithdrawn");
        }
        render();
    }

    /** A second tap of something already done: said, not an error. */
    private void quietly(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                        "scores.title",
                        workshop == null ? "" : workshop.workshop().name()) + " · " + getTranslation("app.name");
    }
}
