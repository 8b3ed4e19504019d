package org.ssmclassroom.scenario.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Origin;

/**
 * A stage of the course as its slide has it: title and description, the sales step beside the customer's buying
 * step, and the stage headings, the deck's blanks left blank and said so. Drawn the same on the tablet, the projector
 * and in the library (published for the workshop's screens, ADR 026).
 */
public final class StageCard extends Div {

    private final Locale locale;

    /** The whole card of one stage. */
    public StageCard(Method.Place place, Method.StageHeadings headings, Locale locale) {
        this.locale = locale;
        addClassNames("stage-card", "concept-card");
        Method.Stage stage = place.stage();
        add(new H3(stage.title().in(locale)));
        Paragraph description = new Paragraph(stage.description().in(locale));
        description.addClassName("stage-description");
        description.add(marks(stage.origin(), locale));
        add(description, steps(stage, locale));
        if (headings != null && !headings.headings().isEmpty()) {
            Div list = new Div();
            list.addClassName("stage-headings");
            headings.headings().forEach(heading -> list.add(heading(heading, place)));
            add(list);
            if (headings.source() != null) {
                Span source = new Span(headings.source().in(locale));
                source.addClassName("concept-source");
                add(source);
            }
        }
    }

    /** Every stage in a line each: title, the two steps, its outcomes; for an exercise that places the opportunity. */
    public static Div overview(List<Method.Place> places, Locale locale) {
        Div overview = new Div();
        overview.addClassNames("stage-overview", "concept-card");
        overview.add(new H3(translate(locale, "stage.overview")));
        for (Method.Place place : places) {
            Div row = new Div(new H4(place.stage().title().in(locale)), steps(place.stage(), locale));
            row.addClassName("stage-row");
            if (!place.outcomes().isEmpty()) {
                row.add(outcomes(place.outcomes(), locale));
            }
            overview.add(row);
        }
        return overview;
    }

    private static Component steps(Method.Stage stage, Locale locale) {
        Div steps = new Div(
                step("stage.salesStep", stage.salesStep(), locale),
                step("stage.buyingStep", stage.buyingStep(), locale));
        steps.addClassName("stage-steps");
        return steps;
    }

    private static Component step(String key, org.ssmclassroom.base.LocalizedText text, Locale locale) {
        Span label = new Span(translate(locale, key));
        label.addClassName("stage-step-label");
        Span value = new Span(text == null ? "" : text.in(locale));
        value.addClassName("stage-step-text");
        Div step = new Div(label, value);
        step.addClassName("stage-step");
        return step;
    }

    private Component heading(Method.StageHeading heading, Method.Place place) {
        Div block = new Div();
        block.addClassName("stage-heading");
        H4 title = new H4(heading.title().in(locale));
        block.add(title);
        Component content = null;
        if (heading.fill() == Method.StageFill.MILESTONE && !place.milestones().isEmpty()) {
            Paragraph milestones = new Paragraph(String.join(
                    translate(locale, "concept.listSeparator"),
                    place.milestones().stream().map(m -> m.title().in(locale)).toList()));
            // Which milestone a stage reaches is the pack's reading of its outcomes, never the deck's.
            boolean authored = place.outcomes().stream()
                    .filter(o -> o.milestone() != null)
                    .anyMatch(o -> o.origin() == Origin.AUTHORED);
            milestones.add(marks(authored ? Origin.AUTHORED : null, locale));
            content = milestones;
        }
        if (heading.fill() == Method.StageFill.OUTCOMES && !place.outcomes().isEmpty()) {
            content = outcomes(place.outcomes(), locale);
        }
        if (content == null) {
            Span blank = new Span(translate(locale, "stage.blank"));
            blank.addClassName("stage-blank");
            content = blank;
        }
        block.add(content);
        return block;
    }

    private static UnorderedList outcomes(List<Method.Outcome> outcomes, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("stage-outcomes");
        for (Method.Outcome outcome : outcomes) {
            ListItem item = new ListItem(outcome.id() + ". " + outcome.text().in(locale));
            item.add(marks(outcome.origin(), locale));
            list.add(item);
        }
        return list;
    }

    /** The authored mark, as trainees see it wherever they see the content (the shared one, styled as a card's). */
    private static Span[] marks(Origin origin, Locale locale) {
        Span[] marks = Badges.origin(origin, locale);
        for (Span mark : marks) {
            mark.addClassName("concept-origin");
        }
        return marks;
    }
}
