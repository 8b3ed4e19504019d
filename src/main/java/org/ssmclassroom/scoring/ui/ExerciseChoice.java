package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.ssmclassroom.scenario.Method;

/** The exercise a scoring or debrief screen shows; choosing another goes to it. */
final class ExerciseChoice {

    private ExerciseChoice() {}

    /** The exercise asked for in the address; else the one the class is on; else the first. */
    static Method.Exercise wanted(
            org.ssmclassroom.workshop.WorkshopSnapshot workshop,
            List<Method.Exercise> among,
            java.util.Optional<String> asked) {
        String id = asked.orElseGet(() -> workshop.classExercise()
                .map(Method.Exercise::id)
                .orElse(among.getFirst().id()));
        return among.stream().filter(e -> e.id().equals(id)).findFirst().orElse(among.getFirst());
    }

    static Select<Method.Exercise> of(
            List<Method.Exercise> exercises, Method.Exercise current, Locale locale, Consumer<Method.Exercise> go) {
        Select<Method.Exercise> choice = new Select<>();
        choice.setLabel(choice.getTranslation("console.exercise"));
        choice.setItems(exercises);
        choice.setItemLabelGenerator(
                e -> e.label().in(locale) + " — " + e.title().in(locale));
        choice.setValue(current);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go.accept(e.getValue());
            }
        });
        return choice;
    }
}
