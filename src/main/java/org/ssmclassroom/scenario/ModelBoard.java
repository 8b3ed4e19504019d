package org.ssmclassroom.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.ssmclassroom.base.LocalizedText;

/**
 * A model answer written as a board, so a debrief can draw it as the tables' boards are drawn. In the case
 * file a {@code fields} section holds one entry and a {@code list} section a list of entries; an entry maps
 * field ids to values, plain (a term id, a number, a name) or a text in both languages.
 */
public final class ModelBoard {

    /** One entry of a section in one language: its position and each field's text as a board stores it. */
    public record Entry(String section, int position, Map<String, String> values) {}

    private ModelBoard() {}

    /** The entries of a model board in the given language, in the template's section order. */
    public static List<Entry> entries(Method.Template template, Map<String, Object> board, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        for (Method.Section section : template.sections()) {
            List<Map<String, Object>> written = entriesOf(board.get(section.id()));
            for (int i = 0; i < written.size(); i++) {
                Map<String, String> values = new LinkedHashMap<>();
                written.get(i).forEach((field, value) -> values.put(field, text(value, locale)));
                entries.add(new Entry(section.id(), i, values));
            }
        }
        return entries;
    }

    /**
     * Reports each section, field and value of a model board that its exercise's template would not accept:
     * {@code report} takes a JSON pointer below the board and the message.
     */
    static void check(
            Method method, Method.Template template, Map<String, Object> board, BiConsumer<String, String> report) {
        board.forEach((sectionId, written) -> {
            Optional<Method.Section> section = template.sections().stream()
                    .filter(s -> s.id().equals(sectionId))
                    .findFirst();
            if (section.isEmpty()) {
                report.accept(
                        "/" + sectionId,
                        "unknown section '" + sectionId + "' of board '" + template.id() + "'; it has "
                                + listed(template.sections().stream()
                                        .map(Method.Section::id)
                                        .toList()));
                return;
            }
            checkShape(section.get(), written, report);
            List<Map<String, Object>> entries = entriesOf(written);
            for (int i = 0; i < entries.size(); i++) {
                String at = "/" + sectionId + (written instanceof List<?> ? "/" + i : "");
                entries.get(i).forEach((field, value) -> checkValue(method, section.get(), field, value, at, report));
            }
        });
    }

    private static void checkShape(Method.Section section, Object written, BiConsumer<String, String> report) {
        String at = "/" + section.id();
        switch (section.kind()) {
            case FIELDS -> {
                if (!(written instanceof Map<?, ?>)) {
                    report.accept(at, "section '" + section.id() + "' has fields: give one entry, not a list");
                }
            }
            case LIST -> {
                if (!(written instanceof List<?>)) {
                    report.accept(at, "section '" + section.id() + "' is a list: give a list of entries");
                }
            }
            default ->
                report.accept(
                        at,
                        "a model board fills fields and list sections; '" + section.id() + "' is a "
                                + section.kind().name().toLowerCase(Locale.ROOT) + " section");
        }
    }

    private static void checkValue(
            Method method,
            Method.Section section,
            String fieldId,
            Object value,
            String at,
            BiConsumer<String, String> report) {
        Optional<Method.Field> field =
                section.fields().stream().filter(f -> f.id().equals(fieldId)).findFirst();
        String pointer = at + "/" + fieldId;
        if (field.isEmpty()) {
            report.accept(
                    pointer,
                    "unknown field '" + fieldId + "' of section '" + section.id() + "'; it has "
                            + listed(section.fields().stream()
                                    .map(Method.Field::id)
                                    .toList()));
            return;
        }
        Method.Field f = field.get();
        switch (f.type()) {
            case CHOICE -> {
                List<String> terms = method.vocabulary(f.vocabulary())
                        .map(v -> v.terms().stream().map(Method.Term::id).toList())
                        .orElse(List.of());
                if (!terms.contains(String.valueOf(value))) {
                    report.accept(
                            pointer,
                            "'" + value + "' is not a term of vocabulary '" + f.vocabulary() + "'; its terms are "
                                    + listed(terms));
                }
            }
            case MONEY -> checkMoney(fieldId, value, pointer, report);
            case SCALE, NUMBER -> {
                if (!(value instanceof Number number)) {
                    report.accept(pointer, "field '" + fieldId + "' takes a number, not '" + value + "'");
                } else if (f.type() == Method.FieldType.SCALE
                        && (number.intValue() < f.min() || number.intValue() > f.max())) {
                    report.accept(
                            pointer,
                            "field '" + fieldId + "' runs from " + f.min() + " to " + f.max() + ", not " + number);
                }
            }
            case YES_NO -> {
                if (!(value instanceof Boolean)) {
                    report.accept(pointer, "field '" + fieldId + "' takes true or false, not '" + value + "'");
                }
            }
            default -> {}
        }
    }

    /** A sum of money is an amount with its currency, so a figure never loses its unit. */
    private static void checkMoney(String fieldId, Object value, String pointer, BiConsumer<String, String> report) {
        if (!(value instanceof Map<?, ?> money)
                || !(money.get("amount") instanceof Number)
                || !(money.get("currency") instanceof String code)
                || money.size() != 2) {
            report.accept(
                    pointer,
                    "field '" + fieldId + "' takes an amount with its currency, as {amount: 600000, currency: USD},"
                            + " not '" + value + "'");
            return;
        }
        if (java.util.Currency.getAvailableCurrencies().stream()
                .noneMatch(c -> c.getCurrencyCode().equals(code))) {
            report.accept(pointer, "'" + code + "' is not an ISO 4217 currency code (USD, CNY, EUR …)");
        }
    }

    private static String listed(List<String> ids) {
        return String.join(", ", ids.stream().sorted().toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entriesOf(Object written) {
        if (written instanceof Map<?, ?> one) {
            return List.of((Map<String, Object>) one);
        }
        if (written instanceof List<?> many) {
            return many.stream()
                    .filter(Map.class::isInstance)
                    .map(entry -> (Map<String, Object>) entry)
                    .toList();
        }
        return List.of();
    }

    /** A value as a board stores it: a text in the language asked for, a plain number, "yes" for true. */
    private static String translated(Map<?, ?> both, Locale locale) {
        return String.valueOf(LocalizedText.isChinese(locale) ? both.get("zh-CN") : both.get("en"));
    }

    private static String money(Map<?, ?> money, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance(String.valueOf(money.get("currency"))));
        format.setMaximumFractionDigits(0);
        return format.format(new BigDecimal(money.get("amount").toString()));
    }

    private static String text(Object value, Locale locale) {
        return switch (value) {
            case Map<?, ?> map -> map.containsKey("currency") ? money(map, locale) : translated(map, locale);
            case Boolean yes -> yes ? "yes" : "";
            case Number number ->
                new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            case null -> "";
            default -> value.toString();
        };
    }
}
