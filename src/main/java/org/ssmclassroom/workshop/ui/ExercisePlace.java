package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Origin;
import org.ssmclassroom.scenario.ui.Badges;

/**
 * Where an exercise stands in the method, as the pack says: the SSM stage, the verifiable outcome that stage
 * aims at, and the pipeline milestone it marks. Shown with the exercise on the console and the tablets.
 */
class ExercisePlace extends Div {

    ExercisePlace(Method method, Method.Exercise exercise, Locale locale) {
        addClassName("exercise-place");
        method.placeOf(exercise).ifPresent(place -> {
            add(line("exercise.place.stage", place.stage().title().in(locale)));
            if (!place.outcomes().isEmpty()) {
                Span outcomes = line(
                        "exercise.place.outcome",
                        place.outcomes().stream()
                                .map(o -> o.text().in(locale))
                                .collect(Collectors.joining(getTranslation("exercise.place.or"))));
                // Which stage an outcome belongs to is our reading (the deck lost it): marked as authored.
                place.outcomes().stream()
                        .map(Method.Outcome::origin)
                        .filter(Origin::marked)
                        .findFirst()
                        .ifPresent(origin -> outcomes.add(Badges.origin(origin, locale)));
                add(outcomes);
            }
            if (!place.milestones().isEmpty()) {
                add(line(
                        "exercise.place.milestone",
                        place.milestones().stream()
                                .map(m -> m.title().in(locale))
                                .collect(Collectors.joining(" → "))));
            }
        });
    }

    private Span line(String key, String value) {
        Span line = new Span(getTranslation(key, value));
        line.addClassName("exercise-place-line");
        return line;
    }
}
