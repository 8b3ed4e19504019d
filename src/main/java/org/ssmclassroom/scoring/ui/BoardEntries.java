package org.ssmclassroom.scoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;

/** The entries of a board's sections that can be pinned as evidence, each with a label a person recognises. */
final class BoardEntries {

    private static final int SHOWN = 48;

    record Entry(String item, String label) {}

    private BoardEntries() {}

    static List<Entry> of(BoardSnapshot board, List<String> sections, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        for (Method.Section section : board.template().sections()) {
            if (!sections.contains(section.id())) {
                continue;
            }
            List<String> items = board.content().entriesOf(section.id());
            for (int i = 0; i < items.size(); i++) {
                String what = firstText(board.content(), items.get(i), section);
                String title = section.title().in(locale);
                String label = section.kind() == Method.SectionKind.LIST ? title + " " + (i + 1) : title;
                entries.add(new Entry(items.get(i), what.isEmpty() ? label : label + ": " + what));
            }
        }
        return entries;
    }

    static String labelOf(BoardSnapshot board, String item, Locale locale) {
        return of(
                        board,
                        board.template().sections().stream()
                                .map(Method.Section::id)
                                .toList(),
                        locale)
                .stream()
                .filter(e -> e.item().equals(item))
                .map(Entry::label)
                .findFirst()
                .orElse(item);
    }

    private static String firstText(BoardContent content, String item, Method.Section section) {
        return section.fields().stream()
                .map(field -> content.text(item, field.id()).strip())
                .filter(text -> !text.isEmpty())
                .findFirst()
                .map(text -> text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text)
                .orElse("");
    }
}
