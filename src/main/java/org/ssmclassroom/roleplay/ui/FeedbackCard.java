package org.ssmclassroom.roleplay.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ssmclassroom.roleplay.PracticeFeedback;
import org.ssmclassroom.roleplay.QuestionKind;

/**
 * The card at the end of a practice interview: found and missed targets, with a question that would have found
 * each missed one, the question mix and the time taken.
 */
final class FeedbackCard extends Div {

    FeedbackCard(PracticeFeedback feedback, Locale locale) {
        addClassNames("role-card", "practice-feedback");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("practice.feedback"));
        add(new H2(getTranslation("practice.feedback")), Meter.of(this, feedback.discovery(), false));
        add(
                new Paragraph(getTranslation("practice.mix", mix(feedback))),
                new Paragraph(getTranslation(
                        "practice.taken",
                        feedback.taken().toMinutes(),
                        feedback.taken().toSecondsPart())));
        UnorderedList found = new UnorderedList();
        found.addClassName("practice-found");
        found.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("practice.found", feedback.found().size()));
        for (var target : feedback.found()) {
            ListItem item = new ListItem(new Span("✓ " + target.label().in(locale)));
            feedback.foundBy(target).ifPresent(question -> {
                Paragraph quote = new Paragraph(getTranslation("practice.foundBy", question));
                quote.addClassName("practice-quote");
                item.add(quote);
            });
            found.add(item);
        }
        add(new H3(getTranslation("practice.found", feedback.found().size())), found);
        if (feedback.missed().isEmpty()) {
            add(new Paragraph(getTranslation("practice.nothingMissed")));
            return;
        }
        UnorderedList missed = new UnorderedList();
        missed.addClassName("practice-missed");
        missed.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("practice.missed", feedback.missed().size()));
        for (PracticeFeedback.Missed miss : feedback.missed()) {
            ListItem item = new ListItem(new Span("○ " + miss.target().label().in(locale)));
            if (miss.question() != null) {
                Paragraph tryThis = new Paragraph(getTranslation(
                        "practice.tryThis",
                        miss.cell() == null
                                ? getTranslation("practice.aQuestion")
                                : miss.cell().in(locale),
                        miss.question().in(locale)));
                tryThis.addClassName("practice-sample");
                item.add(tryThis);
            }
            missed.add(item);
        }
        add(new H3(getTranslation("practice.missed", feedback.missed().size())), missed);
    }

    private String mix(PracticeFeedback feedback) {
        return Stream.of(QuestionKind.values())
                .map(kind -> getTranslation(
                        "interview.tag." + kind.id(),
                        feedback.discovery().questions().getOrDefault(kind, 0)))
                .collect(Collectors.joining(" · "));
    }
}
