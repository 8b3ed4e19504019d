package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.ssmclassroom.base.ui.ActionPair;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * The console's concept cards for the exercises the tables are on: one tap puts a card on the projector, another
 * takes it off. The trainees see the same cards beside the exercise on their tablets. Each card's two buttons are
 * made once and say what they do: "Take off" takes off that card only, never one another instructor put up since.
 */
class ConceptCards extends Section {

    private final Consumer<String> project;
    private final Consumer<String> takeOff;
    private final Div list = new Div();
    private final Map<String, ActionPair> shown = new LinkedHashMap<>();
    private final Span other = new Span();
    private final Button takeOffOther = new Button();
    private String otherCard;

    /**
     * @param project puts the card with this id on the projector
     * @param takeOff takes the card with this id off the projector, if it is there
     */
    ConceptCards(Consumer<String> project, Consumer<String> takeOff) {
        this.project = project;
        this.takeOff = takeOff;
        addClassNames("panel", "concept-cards");
        String title = getTranslation("console.cards");
        getElement().setAttribute("aria-label", title);
        list.addClassName("concept-card-list");
        other.setText(getTranslation("console.cards.other"));
        takeOffOther.setText(getTranslation("console.cards.takeOffAny"));
        takeOffOther.addClickListener(e -> takeOff.accept(otherCard));
        add(new H2(title), list);
    }

    void show(WorkshopSnapshot workshop, Locale locale) {
        Method method = workshop.pack().method();
        // The stage cards first, as the tablets show them, then the concept cards: id to title.
        Map<String, String> cards = new LinkedHashMap<>();
        List<Method.Exercise> exercises = workshop.tables().stream()
                .map(t -> workshop.exercise(t.id()))
                .flatMap(java.util.Optional::stream)
                .distinct()
                .toList();
        exercises.forEach(exercise -> method.stagesFor(exercise)
                .forEach(place ->
                        cards.put(place.stage().id(), place.stage().title().in(locale))));
        exercises.forEach(exercise -> method.cardsFor(exercise)
                .forEach(card -> cards.put(card.id(), card.title().in(locale))));
        setVisible(!cards.isEmpty());
        List<String> ids = List.copyOf(cards.keySet());
        if (!ids.equals(List.copyOf(shown.keySet()))) {
            list.removeAll();
            shown.clear();
            cards.forEach((id, title) -> {
                Button putUp = new Button(getTranslation("console.cards.project", title), e -> project.accept(id));
                putUp.getElement().setAttribute("aria-pressed", "false");
                Button takeDown = new Button(getTranslation("console.cards.takeOff", title), e -> takeOff.accept(id));
                takeDown.getElement().setAttribute("aria-pressed", "true");
                takeDown.addThemeVariants(ButtonVariant.PRIMARY);
                shown.put(id, new ActionPair(putUp, takeDown));
                list.add(putUp, takeDown);
            });
            list.add(other, takeOffOther);
        }
        String projected = workshop.workshop().projectedCard();
        shown.forEach((id, pair) -> pair.show(id.equals(projected)));
        otherCard = projected != null && !shown.containsKey(projected) ? projected : null;
        other.setVisible(otherCard != null);
        takeOffOther.setVisible(otherCard != null);
        setEnabled(!workshop.workshop().isClosed());
    }
}
