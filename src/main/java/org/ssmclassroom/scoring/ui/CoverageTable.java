package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ui.Badges;
import org.ssmclassroom.scoring.Coverage;
import org.ssmclassroom.scoring.CoverageService;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * Tables × key points. A cell shows the instructor's mark, or the boards' suggestion until one is made; a tap
 * opens the evidence, marks the cell, and can pin the matching entry as evidence for a criterion.
 */
class CoverageTable extends Div {

    private final ScoringService scoring;
    private final CoverageService keyPoints;
    private final BoardService boards;
    private final Method.Exercise exercise;
    private final Locale locale;
    private final boolean editable;
    /** Shows this screen's own mark at once; other screens get it live. */
    private final Runnable marked;

    CoverageTable(
            ScoringService scoring,
            CoverageService keyPoints,
            BoardService boards,
            WorkshopSnapshot workshop,
            Method.Exercise exercise,
            Locale locale,
            Runnable marked) {
        this.scoring = scoring;
        this.keyPoints = keyPoints;
        this.boards = boards;
        this.exercise = exercise;
        this.locale = locale;
        this.editable = scoring.editable(workshop.workshop().id());
        this.marked = marked;
        addClassName("coverage");
        Coverage coverage = keyPoints.coverage(workshop.workshop().id(), exercise.id());
        if (coverage.points().isEmpty()) {
            add(new Paragraph(getTranslation("debrief.noKeyPoints")));
            return;
        }
        NativeTable table = new NativeTable();
        table.getElement().setAttribute("aria-label", getTranslation("debrief.keyPoints"));
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("leaderboard.table")));
        coverage.points().forEach(p -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(p.text().in(locale));
            cell.add(Badges.origin(workshop.pack().originOf(p), locale));
            head.add(cell);
        });
        NativeTableBody body = new NativeTableBody();
        for (WorkshopTable row : workshop.tables()) {
            NativeTableRow line = new NativeTableRow(new NativeTableHeaderCell(row.name()));
            for (Method.KeyPoint point : coverage.points()) {
                line.add(new NativeTableCell(cellButton(row, point, coverage.cell(row.id(), point.id()))));
            }
            body.add(line);
        }
        NativeTableRow totals = new NativeTableRow(new NativeTableHeaderCell(getTranslation("debrief.coveredBy")));
        coverage.points()
                .forEach(p -> totals.add(new NativeTableCell(getTranslation(
                        "debrief.tablesCount",
                        coverage.coveredBy(p.id()),
                        coverage.tables().size()))));
        body.add(totals);
        table.add(new NativeTableHeader(head), body);
        add(table);
    }

    private Button cellButton(WorkshopTable table, Method.KeyPoint point, Coverage.Cell cell) {
        String state = cell.state().name().toLowerCase(Locale.ROOT);
        Button button = new Button(getTranslation("debrief.cell." + state));
        button.addClassNames("coverage-cell", "coverage-" + state);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "debrief.cellNamed",
                                table.name(),
                                point.text().in(locale),
                                getTranslation("debrief.state." + state)));
        button.addClickListener(e -> open(table, point, cell));
        return button;
    }

    /** The evidence behind a cell, and the marks an instructor can give it. */
    private void open(WorkshopTable table, Method.KeyPoint point, Coverage.Cell cell) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(table.name() + " · " + point.text().in(locale));
        BoardSnapshot board = boards.boardFor(table.id(), exercise.id());
        dialog.add(new Paragraph(getTranslation("debrief.match", Math.round(cell.match() * 100))));
        cell.bestEntry().ifPresent(item -> dialog.add(new Paragraph(BoardEntries.labelOf(board, item, locale))));
        Button covered = new Button(getTranslation("debrief.markCovered"), e -> mark(dialog, table, point, true));
        covered.addThemeVariants(ButtonVariant.PRIMARY);
        Button missing = new Button(getTranslation("debrief.markMissing"), e -> mark(dialog, table, point, false));
        Button clear = new Button(getTranslation("debrief.clearMark"), e -> mark(dialog, table, point, null));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        Div marks = new Div(covered, missing, clear);
        marks.addClassName("control-row");
        marks.setEnabled(editable);
        dialog.add(marks);
        cell.bestEntry().ifPresent(item -> dialog.add(pinAsEvidence(table, point, item)));
        dialog.getFooter().add(new Button(getTranslation("debrief.close"), e -> dialog.close()));
        dialog.open();
    }

    /** A covered point's entry pinned as evidence for a criterion that judges the point's section. */
    private Select<Method.Criterion> pinAsEvidence(WorkshopTable table, Method.KeyPoint point, String item) {
        List<Method.Criterion> judging = scoring.sheet(table.id(), exercise.id()).rubric().criteria().stream()
                .filter(c -> c.sections().contains(point.section()))
                .toList();
        Select<Method.Criterion> pin = new Select<>();
        pin.setLabel(getTranslation("debrief.pinFor"));
        pin.setItems(judging);
        pin.setItemLabelGenerator(c -> c.label().in(locale));
        pin.setEnabled(!judging.isEmpty() && editable);
        pin.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                scoring.pin(table.id(), exercise.id(), e.getValue().id(), item, true);
                pin.setHelperText(getTranslation("debrief.pinned"));
            }
        });
        return pin;
    }

    private void mark(Dialog dialog, WorkshopTable table, Method.KeyPoint point, Boolean covered) {
        keyPoints.markCoverage(table.id(), exercise.id(), point.id(), covered);
        dialog.close();
        marked.run();
    }
}
