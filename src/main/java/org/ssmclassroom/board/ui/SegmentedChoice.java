package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.scenario.Method;

/**
 * A small vocabulary as a row of toggle buttons: one tap instead of opening a dropdown and picking, which on an
 * org map is eight dropdowns a person. Each button shows the term's symbol and label and is named by the label;
 * tapping the chosen term again clears the choice, as the dropdown's empty entry did.
 */
final class SegmentedChoice extends CustomField<String> {

    /** Above this many terms, or with longer labels, the row stops fitting a board entry: a dropdown stays. */
    static final int MOST_TERMS = 6;

    static final int LONGEST_LABEL = 24;

    private final Map<String, Button> segments = new LinkedHashMap<>();
    private String chosen;

    SegmentedChoice(String label, List<Method.Term> terms, Locale locale) {
        setLabel(label);
        addClassName("segmented-choice");
        Div row = new Div();
        row.addClassName("segmented-options"); // the custom field around it is the labelled group
        for (Method.Term term : terms) {
            String name = term.label().in(locale);
            Button segment = new Button();
            if (term.symbol() != null && !term.symbol().isBlank()) {
                Span symbol = new Span(term.symbol());
                symbol.addClassName("segment-symbol");
                symbol.getElement().setAttribute("aria-hidden", "true");
                segment.getElement().appendChild(symbol.getElement());
            }
            Span text = new Span(name);
            text.addClassName("segment-label");
            segment.getElement().appendChild(text.getElement());
            // Named by its label alone: the symbol is hidden from the name, so what is spoken is what is shown.
            segment.getElement().setAttribute("aria-pressed", "false");
            segment.addClassName("segment");
            segment.addClickListener(e -> {
                String tapped = term.id().equals(chosen) ? null : term.id();
                show(tapped);
                updateValue();
            });
            segments.put(term.id(), segment);
            row.add(segment);
        }
        add(row);
    }

    /** Whether a choice field's vocabulary is small enough, in this language, to show as segments. */
    static boolean fits(Optional<Method.Vocabulary> vocabulary, Locale locale) {
        return vocabulary
                .filter(v -> v.layout() == null)
                .map(Method.Vocabulary::terms)
                .filter(terms -> terms.size() >= 2 && terms.size() <= MOST_TERMS)
                .filter(terms -> terms.stream()
                        .allMatch(t -> t.label()
                                        .in(locale)
                                        .codePointCount(0, t.label().in(locale).length())
                                <= LONGEST_LABEL))
                .isPresent();
    }

    @Override
    protected String generateModelValue() {
        return chosen;
    }

    @Override
    protected void setPresentationValue(String value) {
        show(value);
    }

    private void show(String value) {
        chosen = value == null || value.isBlank() ? null : value;
        segments.forEach((id, segment) -> {
            boolean on = id.equals(chosen);
            segment.getElement().setAttribute("aria-pressed", String.valueOf(on));
            segment.setClassName("segment-chosen", on);
            if (on) {
                segment.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                segment.removeThemeVariants(ButtonVariant.PRIMARY);
            }
        });
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        segments.values().forEach(segment -> segment.setEnabled(!readOnly));
    }

    @Override
    public String getEmptyValue() {
        return null;
    }
}
