package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Origin;
import org.ssmclassroom.scenario.ui.Badges;

/**
 * One field of one board item, bound to its stored text and version. A person field offers the names already
 * on the board, so a reporting line always names someone on the map. Edits commit on blur or Enter (so Chinese
 * input methods finish composing first); updates from others replace the text unless this user is in it.
 */
final class FieldEditor {

    private final BoardItemId item;
    private final Method.Field field;
    private final Component component;
    private final HasValue<?, ?> input;
    private int version;
    private boolean focused;
    private java.time.Instant begunAt;
    private boolean finishing;
    private boolean unsaved;
    private boolean updating;
    private List<String> offered = List.of();

    FieldEditor(BoardItemId item, Method.Field field, Method method, Locale locale, boolean readOnly) {
        this.item = item;
        this.field = field;
        String label = field.label().in(locale);
        this.component = switch (field.type()) {
            case LONG_TEXT -> {
                TextArea area = new TextArea(label);
                area.setMaxLength(field.type().maxLength());
                yield area;
            }
            case CHOICE -> {
                List<Method.Term> terms = method.vocabulary(field.vocabulary())
                        .map(Method.Vocabulary::terms)
                        .orElse(List.of());
                // A handful of short terms is one tap each; a long list stays a dropdown.
                if (!readOnly && SegmentedChoice.fits(method.vocabulary(field.vocabulary()), locale)) {
                    yield new SegmentedChoice(label, terms, locale);
                }
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(terms.stream().map(Method.Term::id).toList());
                select.setItemLabelGenerator(id -> id == null
                        ? ""
                        : terms.stream()
                                .filter(t -> t.id().equals(id))
                                .findFirst()
                                .map(t -> (t.symbol() == null ? "" : t.symbol() + " ")
                                        + t.label().in(locale))
                                .orElse(id));
                select.setEmptySelectionAllowed(true);
                yield select;
            }
            case SCALE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(IntStream.rangeClosed(field.min(), field.max())
                        .mapToObj(String::valueOf)
                        .toList());
                select.setItemLabelGenerator(value -> value == null ? "" : value);
                select.setEmptySelectionAllowed(true);
                yield select;
            }
            case PERSON -> {
                Select<String> people = new Select<>();
                people.setLabel(label);
                people.setEmptySelectionAllowed(true);
                people.setItemLabelGenerator(name -> name == null ? "" : name);
                yield people;
            }
            case DATE -> new DatePicker(label);
            case YES_NO -> new Checkbox(label);
            default -> {
                // Read only (debrief, scoring, the instructor's view), a short text may still be long: it wraps.
                if (readOnly) {
                    TextArea shown = new TextArea(label);
                    shown.addClassName("short-text");
                    yield shown;
                }
                TextField text = new TextField(label);
                text.setMaxLength(field.type().maxLength());
                yield text;
            }
        };
        this.input = (HasValue<?, ?>) component;
        component.getElement().setAttribute("data-item", item.toString());
        component.getElement().setAttribute("data-field", field.id());
        component.addClassName("board-field");
        if (component instanceof HasHelper helped) {
            helper(helped, field, method, locale);
        }
        input.setReadOnly(readOnly);
        if (field.required()) {
            component.getElement().setAttribute("aria-required", "true");
        }
    }

    /**
     * The field's hint, and the authored mark where the field or its choices are the pack authors' (the field,
     * the whole list, or the terms named before the mark).
     */
    private static void helper(HasHelper helped, Method.Field field, Method method, Locale locale) {
        Optional<Method.Vocabulary> vocabulary =
                field.type() == Method.FieldType.CHOICE ? method.vocabulary(field.vocabulary()) : Optional.empty();
        List<Method.Term> authoredTerms = vocabulary.stream()
                .filter(v -> !Origin.marked(v.origin()))
                .flatMap(v -> v.terms().stream())
                .filter(t -> Origin.marked(t.origin()))
                .toList();
        Origin origin = Optional.ofNullable(field.origin())
                .filter(Origin::marked)
                .or(() -> vocabulary.map(Method.Vocabulary::origin).filter(Origin::marked))
                .or(() -> authoredTerms.stream().map(Method.Term::origin).findFirst())
                .orElse(null);
        if (origin == null) {
            if (field.hint() != null) {
                helped.setHelperText(field.hint().in(locale));
            }
            return;
        }
        Span helper = new Span();
        helper.addClassName("field-helper");
        if (field.hint() != null) {
            helper.add(new Span(field.hint().in(locale) + " "));
        }
        if (!authoredTerms.isEmpty()) {
            helper.add(new Span(authoredTerms.stream()
                            .map(t -> t.label().in(locale))
                            .collect(java.util.stream.Collectors.joining(" · "))
                    + " "));
        }
        helper.add(Badges.origin(origin, locale));
        helped.setHelperComponent(helper);
    }

    Component component() {
        return component;
    }

    BoardItemId item() {
        return item;
    }

    Method.Field field() {
        return field;
    }

    int version() {
        return version;
    }

    void setVersion(int version) {
        this.version = version;
    }

    boolean isFocused() {
        return focused;
    }

    /** Focus comes and goes with the writer; {@code at} is when they started on the field. */
    void setFocused(boolean focused, java.time.Instant at) {
        this.focused = focused;
        if (focused) {
            begunAt = at;
        }
    }

    /**
     * Whether the field holds typed text, which reaches the server only when the writer leaves it; choices,
     * scales, dates and ticks send every change at once, so nothing of theirs waits in the browser.
     */
    boolean typesText() {
        return component instanceof TextField || component instanceof TextArea;
    }

    java.time.Instant begunAt() {
        return begunAt;
    }

    /**
     * The board locked while this field was being written: it stays writable until the writer leaves it, so
     * what they type reaches the server (a read-only field's changes would be dropped without a word).
     */
    boolean isFinishing() {
        return finishing;
    }

    void setFinishing(boolean finishing) {
        this.finishing = finishing;
        if (finishing) {
            component.addClassName("finishing-after-time-up");
        } else {
            component.removeClassName("finishing-after-time-up");
        }
    }

    /** Shows the stored value, unless this user is typing in the field right now. */
    void show(BoardContent content) {
        int stored = content.version(item, field.id());
        if (stored == version && (version != 0 || unsaved) || focused && stored != version) {
            return;
        }
        version = stored;
        setText(content.text(item, field.id()));
    }

    void setText(String text) {
        updating = true;
        try {
            if (field.type() == Method.FieldType.PERSON && !text.isBlank() && !offered.contains(text)) {
                List<String> more = new java.util.ArrayList<>(offered);
                more.add(text);
                offer(more);
            }
            switch (component) {
                case DatePicker date -> date.setValue(text.isBlank() ? null : LocalDate.parse(text));
                case Checkbox box -> box.setValue("yes".equals(text));
                case AbstractField<?, ?> any ->
                    setRaw(
                            any,
                            text.isBlank() && !(component instanceof TextField || component instanceof TextArea)
                                    ? null
                                    : text);
                default -> {}
            }
        } finally {
            updating = false;
        }
    }

    @SuppressWarnings("unchecked")
    private static void setRaw(AbstractField<?, ?> field, String text) {
        ((AbstractField<?, String>) field).setValue(text);
    }

    String text() {
        Object value = input.getValue();
        return switch (value) {
            case null -> "";
            case Boolean yes -> yes ? "yes" : "";
            case LocalDate date -> date.toString();
            default -> value.toString();
        };
    }

    /** Marks the field as not saved, with why, keeping what the user typed. */
    void refuse(String message) {
        unsaved = true;
        if (component instanceof HasValidation invalid) {
            invalid.setErrorMessage(message);
            invalid.setInvalid(true);
        }
    }

    void accepted() {
        unsaved = false;
        if (component instanceof HasValidation invalid && invalid.isInvalid()) {
            invalid.setInvalid(false);
        }
    }

    boolean isUpdating() {
        return updating;
    }

    /** Refreshes the names a person field offers, keeping what it shows. */
    void offer(List<String> names) {
        if (field.type() == Method.FieldType.PERSON && component instanceof Select<?> box) {
            @SuppressWarnings("unchecked")
            Select<String> combo = (Select<String>) box;
            String value = combo.getValue();
            List<String> items = new java.util.ArrayList<>(names);
            if (value != null && !value.isBlank() && !items.contains(value)) {
                items.add(value);
            }
            if (items.equals(offered)) {
                return;
            }
            boolean wasUpdating = updating;
            updating = true;
            try {
                offered = List.copyOf(items);
                combo.setItems(offered);
                combo.setValue(value);
            } finally {
                updating = wasUpdating;
            }
        }
    }

    HasValue<?, ?> input() {
        return input;
    }
}
