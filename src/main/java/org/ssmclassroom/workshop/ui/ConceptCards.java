package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * The console's concept cards for the exercises the tables are on: one tap puts a card on the projector, another
 * takes it off. The trainees see the same cards beside the exercise on their tablets.
 */
class ConceptCards extends Section {

    private final Consumer<String> project;
    private final Div list = new Div();

    /** @param project puts the card with this id on the projector, or none for null */
    ConceptCards(Consumer<String> project) {
        this.project = project;
        addClassNames("panel", "concept-cards");
        String title = getTranslation("console.cards");
        getElement().setAttribute("aria-label", title);
        list.addClassName("concept-card-list");
        add(new H2(title), list);
    }

    void show(WorkshopSnapshot workshop, Locale locale) {
        list.removeAll();
        Method method = workshop.pack().method();
        Set<Method.Card> cards = new LinkedHashSet<>();
        workshop.tables().stream()
                .map(t -> workshop.exercise(t.id()))
                .flatMap(java.util.Optional::stream)
                .distinct()
                .forEach(exercise -> cards.addAll(method.cardsFor(exercise)));
        setVisible(!cards.isEmpty());
        String projected = workshop.workshop().projectedCard();
        for (Method.Card card : cards) {
            boolean onScreen = card.id().equals(projected);
            String title = card.title().in(locale);
            Button toggle = new Button(
                    getTranslation(onScreen ? "console.cards.takeOff" : "console.cards.project", title),
                    e -> project.accept(onScreen ? null : card.id()));
            toggle.getElement().setAttribute("aria-pressed", String.valueOf(onScreen));
            if (onScreen) {
                toggle.addThemeVariants(ButtonVariant.PRIMARY);
            }
            list.add(toggle);
        }
        if (projected != null && cards.stream().noneMatch(c -> Objects.equals(c.id(), projected))) {
            Span other = new Span(getTranslation("console.cards.other"));
            list.add(other, new Button(getTranslation("console.cards.takeOffAny"), e -> project.accept(null)));
        }
        setEnabled(!workshop.workshop().isClosed());
    }
}
