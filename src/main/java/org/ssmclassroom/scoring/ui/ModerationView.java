package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * Moderation, as in moderated grading: every instructor's level and comment side by side per criterion, and
 * the level and comment the lead agrees, which is what the table will see.
 */
@Route("workshops/:workshopId/moderate/:tableId/:exerciseId")
@RolesAllowed(Roles.LEAD)
class ModerationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoringService scoring;
    private final WorkshopService workshops;
    private String title = "";

    ModerationView(ScoringService scoring, WorkshopService workshops) {
        this.scoring = scoring;
        this.workshops = workshops;
        addClassNames("page", "moderation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        TableId table =
                new TableId(event.getRouteParameters().getLong("tableId").orElse(-1L));
        String exerciseId = event.getRouteParameters().get("exerciseId").orElse("");
        WorkshopSnapshot workshop = workshops.snapshotOfTable(table);
        Locale locale = getLocale();
        Method.Exercise exercise = workshop.pack().method().exercise(exerciseId).orElseThrow();
        title = getTranslation(
                "moderation.title",
                workshop.table(table).orElseThrow().name(),
                exercise.label().in(locale));
        ScoreSheet sheet = scoring.sheet(table, exerciseId);
        add(new H1(title), new Paragraph(getTranslation("moderation.help")));
        boolean editable = scoring.editable(workshop.workshop().id());
        for (Method.Criterion criterion : sheet.rubric().criteria()) {
            Div row = criterionRow(sheet, criterion, locale);
            row.setEnabled(editable);
            add(row);
        }
        add(new Anchor(
                "workshops/" + workshop.workshop().id().value() + "/scores/" + exerciseId,
                getTranslation("scoring.overview")));
    }

    private Div criterionRow(ScoreSheet sheet, Method.Criterion criterion, Locale locale) {
        Div scorers = new Div();
        scorers.addClassName("moderation-scorers");
        for (String scorer : sheet.scorers()) {
            ScoreSheet.Mark mark = sheet.markOf(criterion.id(), scorer);
            String level = mark.points() == null
                    ? getTranslation("results.notScored")
                    : getTranslation(
                            "scoring.levelLabel",
                            mark.points(),
                            criterion
                                    .level(mark.points())
                                    .map(l -> l.label().in(locale))
                                    .orElse(""));
            Div column = new Div(new H3(scorer), new Paragraph(level), new Paragraph(mark.comment()));
            column.addClassName("moderation-scorer");
            scorers.add(column);
        }
        RadioButtonGroup<Integer> agreed = new RadioButtonGroup<>(getTranslation("moderation.agreed"));
        agreed.setItems(criterion.levels().stream().map(Method.Level::points).toList());
        agreed.setItemLabelGenerator(points -> getTranslation(
                "scoring.levelLabel",
                points,
                criterion.level(points).orElseThrow().label().in(locale)));
        TextArea comment = new TextArea(getTranslation("moderation.comment"));
        comment.setMaxLength(ScoringService.COMMENT_LIMIT);
        comment.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        sheet.agreedOn(criterion.id())
                .ifPresentOrElse(
                        settled -> {
                            agreed.setValue(settled.points());
                            comment.setValue(settled.comment());
                        },
                        () -> {
                            if (sheet.outcome(criterion.id()) instanceof ScoreSheet.Outcome.Scored scored) {
                                agreed.setValue(scored.points());
                            }
                        });
        Runnable save = () -> {
            if (agreed.getValue() != null) {
                scoring.agree(sheet.table(), sheet.exerciseId(), criterion.id(), agreed.getValue(), comment.getValue());
            }
        };
        agreed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        comment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        Div row = new Div(new H3(criterion.label().in(locale)), scorers, agreed, comment);
        row.addClassNames("criterion-card", "moderation-row");
        if (sheet.outcome(criterion.id()) instanceof ScoreSheet.Outcome.Disputed) {
            row.addClassName("disputed");
        }
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", criterion.label().in(locale));
        return row;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
