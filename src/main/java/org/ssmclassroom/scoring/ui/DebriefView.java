package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.ui.BoardPicture;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ui.Badges;
import org.ssmclassroom.scoring.CoverageService;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * The debrief on the projector: two to four tables' boards of one exercise side by side, drawn as boards,
 * beside the model answer; below, which table covered which key point.
 */
@Route("workshops/:workshopId/debrief/:exerciseId?")
@RolesAllowed(Roles.INSTRUCTOR)
class DebriefView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MOST_COMPARED = 4;

    private final ScoringService scoring;
    private final CoverageService coverageService;
    private final WorkshopService workshops;
    private final BoardService boards;
    private final Div compare = new Div();
    private final Div coverage = new Div();
    private final MultiSelectComboBox<WorkshopTable> tables = new MultiSelectComboBox<>();
    private final Checkbox model = new Checkbox();
    private WorkshopSnapshot workshop;
    private Method.Exercise exercise;
    private String title = "";

    DebriefView(
            ScoringService scoring, CoverageService coverageService, WorkshopService workshops, BoardService boards) {
        this.scoring = scoring;
        this.coverageService = coverageService;
        this.workshops = workshops;
        this.boards = boards;
        addClassNames("page", "debrief-view");
        compare.addClassName("debrief-compare");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        WorkshopId id =
                new WorkshopId(event.getRouteParameters().getLong("workshopId").orElse(-1L));
        workshop = workshops.snapshot(id);
        List<Method.Exercise> exercises = workshop.pack().method().agendaExercises().stream()
                .filter(e -> e.template() != null)
                .toList();
        exercise = ExerciseChoice.wanted(
                workshop, exercises, event.getRouteParameters().get("exerciseId"));
        Locale locale = getLocale();
        title = getTranslation(
                "debrief.title",
                exercise.label().in(locale) + " — " + exercise.title().in(locale));
        tables.setLabel(getTranslation("debrief.tables", MOST_COMPARED));
        tables.setItems(workshop.tables());
        tables.setItemLabelGenerator(WorkshopTable::name);
        tables.setValue(new LinkedHashSet<>(
                workshop.tables().subList(0, Math.min(2, workshop.tables().size()))));
        tables.addValueChangeListener(e -> {
            if (e.getValue().size() > MOST_COMPARED) {
                tables.setValue(e.getOldValue());
                return;
            }
            renderCompare();
        });
        model.setLabel(getTranslation("debrief.model"));
        model.setValue(true);
        model.addValueChangeListener(e -> renderCompare());
        Div controls = new Div(
                ExerciseChoice.of(
                        exercises,
                        exercise,
                        locale,
                        chosen -> UI.getCurrent()
                                .navigate(
                                        DebriefView.class,
                                        new RouteParameters(Map.of(
                                                "workshopId", String.valueOf(id.value()), "exerciseId", chosen.id())))),
                tables,
                model);
        controls.addClassName("control-row");
        add(new H1(title), controls, compare, new H2(getTranslation("debrief.keyPoints")), coverage);
        renderCompare();
        renderCoverage();
        LiveView.follow(
                this, null, ScoringService.Change::revision, listener -> scoring.follow(id, listener), change -> {
                    // Marks and releases of other exercises leave this exercise's coverage as it is.
                    if (exercise.id().equals(change.exerciseId())) {
                        renderCoverage();
                    }
                });
    }

    private void renderCompare() {
        compare.removeAll();
        Locale locale = getLocale();
        String viewer = getTranslation("board.instructor");
        Set<WorkshopTable> chosen = tables.getValue();
        for (WorkshopTable table : chosen) {
            Div column = new Div(
                    new H2(table.name()),
                    new BoardPicture(boards, boards.boardFor(table.id(), exercise.id()), locale, viewer, true)
                            .named(table.name()));
            column.addClassName("debrief-column");
            compare.add(column);
        }
        int columns = chosen.size();
        if (model.getValue()) {
            compare.add(modelColumn(locale));
            columns++;
        }
        compare.getStyle().set("--debrief-columns", String.valueOf(Math.max(1, columns)));
    }

    private Div modelColumn(Locale locale) {
        H2 heading = new H2(getTranslation("debrief.modelAnswer"));
        // An answer the pack's authors wrote (the deck's is lost) says so on the projector.
        workshop.pack()
                .modelAnswer(exercise.id())
                .ifPresent(answer -> heading.add(Badges.origin(workshop.pack().originOf(answer), locale)));
        Div column = new Div(heading);
        column.addClassNames("debrief-column", "debrief-model");
        boards.modelAnswer(workshop.workshop().id(), exercise.id(), locale)
                .ifPresent(board -> column.add(new BoardPicture(boards, board, locale, "", false)
                        .named(getTranslation("debrief.modelAnswer"))));
        workshop.pack()
                .modelAnswer(exercise.id())
                .map(CaseFile.ModelAnswer::answer)
                .ifPresent(answer -> column.add(new Paragraph(answer.in(locale))));
        workshop.pack()
                .modelAnswer(exercise.id())
                .map(CaseFile.ModelAnswer::document)
                .flatMap(id -> workshop.pack().caseData().flatMap(c -> c.document(id)))
                .ifPresent(document -> {
                    com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                            document.title().in(locale),
                            org.ssmclassroom.base.ui.MarkdownView.underTitle(
                                    workshop.pack()
                                            .documentBody(document.id())
                                            .map(body -> body.in(locale))
                                            .orElse(""),
                                    document.title().in(locale),
                                    3));
                    details.addClassName("debrief-document");
                    details.setOpened(true);
                    column.add(details);
                });
        UnorderedList points = new UnorderedList();
        workshop.pack().keyPoints(exercise.id()).forEach(p -> {
            ListItem point = new ListItem(p.text().in(locale));
            point.add(Badges.origin(workshop.pack().originOf(p), locale));
            points.add(point);
        });
        column.add(points);
        return column;
    }

    private void renderCoverage() {
        coverage.removeAll();
        coverage.add(new CoverageTable(
                scoring, coverageService, boards, workshop, exercise, getLocale(), this::renderCoverage));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
