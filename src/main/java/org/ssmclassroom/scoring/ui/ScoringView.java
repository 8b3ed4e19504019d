package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * Scoring one table's work on one exercise: its board read-only beside the rubric. A tap on a level, a
 * comment, a pinned entry: each is saved as it is made. Works on a laptop and walking the room with a tablet.
 */
@Route("workshops/:workshopId/score/:tableId/:exerciseId")
@RolesAllowed(Roles.INSTRUCTOR)
class ScoringView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoringService scoring;
    private final WorkshopService workshops;
    private final BoardService boards;
    private final Map<String, CriterionCard> cards = new LinkedHashMap<>();
    private final Span summary = new Span();
    private String title = "";

    ScoringView(ScoringService scoring, WorkshopService workshops, BoardService boards) {
        this.scoring = scoring;
        this.workshops = workshops;
        this.boards = boards;
        addClassNames("page", "scoring-view");
        summary.addClassName("scoring-summary");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        cards.clear();
        TableId tableId =
                new TableId(event.getRouteParameters().getLong("tableId").orElse(-1L));
        String exerciseId = event.getRouteParameters().get("exerciseId").orElse("");
        WorkshopSnapshot workshop = workshops.snapshotOfTable(tableId);
        WorkshopTable table = workshop.table(tableId).orElseThrow();
        Method.Exercise exercise = workshop.pack().method().exercise(exerciseId).orElseThrow();
        Locale locale = getLocale();
        title = getTranslation("scoring.title", table.name(), exercise.label().in(locale));
        ScoreSheet sheet = scoring.sheet(tableId, exerciseId);
        BoardService.AtTimeUp times = boards.atTimeUp(tableId, exerciseId);
        BoardSnapshot board = times.then();
        Div rubric = new Div();
        rubric.addClassName("scoring-rubric");
        rubric.add(summary);
        boolean editable = scoring.editable(workshop.workshop().id());
        for (Method.Criterion criterion : sheet.rubric().criteria()) {
            CriterionCard card =
                    new CriterionCard(scoring, sheet, criterion, board, locale, () -> showSheet(tableId, exerciseId));
            card.setEnabled(editable);
            cards.put(criterion.id(), card);
            rubric.add(card);
        }
        Div columns = new Div(new TimeUpBoard(boards, times, locale), rubric);
        columns.addClassName("scoring-columns");
        add(new H1(title), navigation(workshop, table, exercise), columns);
        showSummary(sheet);
        LiveView.follow(
                this,
                null,
                ScoringService.Change::revision,
                listener -> scoring.follow(workshop.workshop().id(), listener),
                change -> {
                    if (tableId.equals(change.table()) && exerciseId.equals(change.exerciseId())) {
                        showSheet(tableId, exerciseId);
                    }
                });
    }

    /** The table's sheet as stored now, on every card and in the summary. */
    private void showSheet(TableId table, String exerciseId) {
        ScoreSheet now = scoring.sheet(table, exerciseId);
        cards.values().forEach(card -> card.show(now));
        showSummary(now);
    }

    private Div navigation(WorkshopSnapshot workshop, WorkshopTable table, Method.Exercise exercise) {
        Locale locale = getLocale();
        Select<WorkshopTable> tables = new Select<>();
        tables.setLabel(getTranslation("scoring.table"));
        tables.setItems(workshop.tables());
        tables.setItemLabelGenerator(WorkshopTable::name);
        tables.setValue(table);
        tables.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(workshop, e.getValue(), exercise.id());
            }
        });
        Select<Method.Exercise> exercises = ExerciseChoice.of(
                workshop.pack().method().agendaExercises().stream()
                        .filter(e -> e.rubric() != null)
                        .toList(),
                exercise,
                locale,
                chosen -> go(workshop, table, chosen.id()));
        List<WorkshopTable> all = workshop.tables();
        WorkshopTable next = all.get((all.indexOf(table) + 1) % all.size());
        Button nextTable =
                new Button(getTranslation("scoring.next", next.name()), e -> go(workshop, next, exercise.id()));
        nextTable.addThemeVariants(ButtonVariant.PRIMARY);
        Anchor overview = new Anchor(
                "workshops/" + workshop.workshop().id().value() + "/scores/" + exercise.id(),
                getTranslation("scoring.overview"));
        Div row = new Div(tables, exercises, nextTable, overview);
        row.addClassName("control-row");
        return row;
    }

    private void go(WorkshopSnapshot workshop, WorkshopTable table, String exercise) {
        UI.getCurrent()
                .navigate(
                        ScoringView.class,
                        new RouteParameters(Map.of(
                                "workshopId",
                                        String.valueOf(workshop.workshop().id().value()),
                                "tableId", String.valueOf(table.id().value()),
                                "exerciseId", exercise)));
    }

    private void showSummary(ScoreSheet sheet) {
        summary.setText(getTranslation(
                "scoring.summary",
                sheet.scoredCriteria(),
                sheet.rubric().criteria().size(),
                sheet.points(),
                sheet.rubric().total()));
        summary.setClassName("released", sheet.released());
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
