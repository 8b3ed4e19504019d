package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ui.Badges;
import org.ssmclassroom.scoring.ScoreSheet;

/**
 * A table's released result of one exercise, folded to its points; opened, each criterion's level, points and
 * the instructors' comments.
 */
class ResultsCard extends NativeDetails {

    ResultsCard(ScoreSheet sheet, Method method, Locale locale, boolean opened) {
        addClassName("results-card");
        String exercise = method.exercise(sheet.exerciseId())
                .map(e -> e.label().in(locale) + " — " + e.title().in(locale))
                .orElse(sheet.exerciseId());
        H3 summary = new H3(getTranslation(
                "results.of", exercise, sheet.points(), sheet.rubric().total()));
        // The deck has no rubrics: the criteria are the pack authors', marked as such.
        summary.add(Badges.origin(sheet.rubric().origin(), locale));
        setSummary(summary);
        setOpen(opened);
        UnorderedList criteria = new UnorderedList();
        for (Method.Criterion criterion : sheet.rubric().criteria()) {
            ListItem item = new ListItem();
            item.add(new Paragraph(criterion.label().in(locale)));
            switch (sheet.outcome(criterion.id())) {
                case ScoreSheet.Outcome.Scored scored -> {
                    String level = criterion
                            .level(scored.points())
                            .map(l -> l.label().in(locale))
                            .orElse("");
                    Paragraph points =
                            new Paragraph(getTranslation("results.points", scored.points(), criterion.points(), level));
                    points.addClassName("results-points");
                    item.add(points);
                    scored.comments().forEach(c -> item.add(new Paragraph(getTranslation("results.comment", c))));
                }
                default -> item.add(new Paragraph(getTranslation("results.notScored")));
            }
            criteria.add(item);
        }
        setContent(criteria);
    }
}
