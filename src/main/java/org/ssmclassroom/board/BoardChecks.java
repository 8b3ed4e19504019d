package org.ssmclassroom.board;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.scenario.Method;

/** The pack's completeness checks, computed from what is on the board — never ticked by hand. */
public final class BoardChecks {

    public record Result(Method.Check check, boolean passed) {}

    private BoardChecks() {}

    public static List<Result> evaluate(Method method, Method.Template template, BoardContent content) {
        return template.checks() == null
                ? List.of()
                : template.checks().stream()
                        .map(check -> new Result(check, passes(method, template, check, content)))
                        .toList();
    }

    static boolean passes(Method method, Method.Template template, Method.Check check, BoardContent content) {
        Method.Section section = template.sections().stream()
                .filter(s -> s.id().equals(check.section()))
                .findFirst()
                .orElseThrow();
        return switch (check.kind()) {
            case FILLED ->
                check.fields().stream()
                        .allMatch(f -> content.filled(BoardContent.itemId(section.id(), BoardContent.MAIN), f));
            case MIN_ITEMS ->
                content.itemsOf(section.id()).stream()
                                .filter(item -> fields(check).stream().allMatch(f -> content.filled(item.id(), f)))
                                .count()
                        >= check.min();
            case EVERY_ITEM -> {
                List<BoardContent.Item> items = content.itemsOf(section.id());
                yield items.size() >= Math.max(1, check.min() == null ? 1 : check.min())
                        && items.stream()
                                .allMatch(item -> fields(check).stream().allMatch(f -> content.filled(item.id(), f)));
            }
            case COVERS -> covered(section, check, content).containsAll(terms(method, check.vocabulary()));
        };
    }

    private static List<String> fields(Method.Check check) {
        return check.fields() == null ? List.of() : check.fields();
    }

    /** The values of the check's field across the section; for a grid, the rows (or columns) with any text. */
    private static Set<String> covered(Method.Section section, Method.Check check, BoardContent content) {
        if (section.kind() == Method.SectionKind.GRID
                && ("row".equals(check.field()) || "column".equals(check.field()))) {
            boolean rows = "row".equals(check.field());
            return content.itemsOf(section.id()).stream()
                    .filter(item -> section.fields().stream().anyMatch(f -> content.filled(item.id(), f.id())))
                    .map(item -> GridCell.of(item.id()))
                    .map(cell -> rows ? cell.row() : cell.column())
                    .collect(Collectors.toSet());
        }
        return content.itemsOf(section.id()).stream()
                .map(item -> content.text(item.id(), check.field()))
                .filter(v -> !v.isBlank())
                .collect(Collectors.toSet());
    }

    private static Set<String> terms(Method method, String vocabulary) {
        return method.vocabulary(vocabulary).stream()
                .flatMap(v -> v.terms().stream())
                .map(Method.Term::id)
                .collect(Collectors.toSet());
    }

    /** A grid cell's item id: {@code section/row.column}. */
    public record GridCell(String section, String row, String column) {
        public static GridCell of(String itemId) {
            BoardItemId item = BoardItemId.parse(itemId);
            String cell = item.suffix();
            return new GridCell(
                    item.section(), cell.substring(0, cell.indexOf('.')), cell.substring(cell.indexOf('.') + 1));
        }

        public String itemId() {
            return new BoardItemId(section, row + "." + column).toString();
        }
    }
}
