package org.ssmclassroom.scoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.MarkResult;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.scoring.ScoringService;

/** One criterion of the rubric: a level to tap, a comment, pinned evidence, and what other instructors gave. */
class CriterionCard extends Div {

    private final ScoringService scoring;
    private final Method.Criterion criterion;
    private final BoardSnapshot board;
    private final Locale locale;
    private final String me;
    private final Runnable changed;
    private final RadioButtonGroup<Integer> level = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private final Div evidence = new Div();
    private final Div others = new Div();
    private final Span state = new Span();
    private ScoreSheet sheet;
    private int version;
    private boolean updating;

    /**
     * @param changed shows the screen's sheet again after this card saved: the instructor sees their own mark's
     *     effect (a difference with a co-instructor, the summary) at once, not when the live echo arrives
     */
    CriterionCard(
            ScoringService scoring,
            ScoreSheet sheet,
            Method.Criterion criterion,
            BoardSnapshot board,
            Locale locale,
            Runnable changed) {
        this.scoring = scoring;
        this.criterion = criterion;
        this.board = board;
        this.locale = locale;
        this.changed = changed;
        this.me = scoring.signedIn();
        addClassName("criterion-card");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", criterion.label().in(locale));
        H3 heading =
                new H3(getTranslation("scoring.criterion", criterion.label().in(locale), criterion.points()));
        Paragraph judges = new Paragraph(
                criterion.observed()
                        ? getTranslation("scoring.observed")
                        : getTranslation("scoring.judges", sectionTitles()));
        judges.addClassName("criterion-judges");
        level.setLabel(getTranslation("scoring.level"));
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setItems(criterion.levels().stream().map(Method.Level::points).toList());
        level.setItemLabelGenerator(points -> getTranslation(
                "scoring.levelLabel",
                points,
                criterion.level(points).orElseThrow().label().in(locale)));
        level.addValueChangeListener(e -> {
            if (e.isFromClient() && !updating) {
                save();
            }
        });
        comment.setLabel(getTranslation("scoring.comment"));
        comment.setMaxLength(ScoringService.COMMENT_LIMIT);
        comment.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        comment.addValueChangeListener(e -> {
            if (e.isFromClient() && !updating) {
                save();
            }
        });
        state.addClassName("criterion-state");
        state.getElement().setAttribute("aria-live", "polite");
        add(heading, judges, level, comment);
        if (!criterion.sections().isEmpty()) {
            add(evidence);
        }
        add(others, state);
        show(sheet);
    }

    /** Shows the sheet as it is now, leaving alone what the instructor is typing in the comment. */
    void show(ScoreSheet now) {
        sheet = now;
        ScoreSheet.Mark mine = now.markOf(criterion.id(), me);
        version = mine.version();
        updating = true;
        try {
            level.setValue(mine.points());
            if (!comment.getValue().equals(mine.comment())) {
                comment.setValue(mine.comment());
            }
        } finally {
            updating = false;
        }
        showEvidence(mine);
        showOthers(now);
    }

    private void save() {
        MarkResult result = scoring.mark(
                sheet.table(), sheet.exerciseId(), criterion.id(), level.getValue(), comment.getValue(), version);
        switch (result) {
            case MarkResult.Saved saved -> {
                version = saved.mark().version();
                changed.run();
                state.setText(getTranslation("scoring.saved"));
            }
            case MarkResult.Conflict conflict -> {
                state.setText(getTranslation("scoring.changedElsewhere"));
                Notification.show(getTranslation("scoring.changedElsewhere"), 5000, Notification.Position.MIDDLE);
                show(scoring.sheet(sheet.table(), sheet.exerciseId()));
            }
        }
    }

    private void showEvidence(ScoreSheet.Mark mine) {
        evidence.removeAll();
        evidence.addClassName("criterion-evidence");
        for (String item : mine.evidence()) {
            String label = BoardEntries.labelOf(board, item, locale);
            Button unpin = new Button(getTranslation("scoring.unpin"), e -> pin(item, false));
            unpin.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            unpin.getElement().setAttribute("aria-label", getTranslation("scoring.unpinNamed", label));
            Div pinned = new Div(new Span(label), unpin);
            pinned.addClassName("evidence-pin");
            evidence.add(pinned);
        }
        List<BoardEntries.Entry> entries = BoardEntries.of(board, criterion.sections(), locale).stream()
                .filter(e -> !mine.evidence().contains(e.item()))
                .toList();
        Select<BoardEntries.Entry> pick = new Select<>();
        pick.setLabel(getTranslation("scoring.pin"));
        pick.setEmptySelectionAllowed(false);
        pick.setItems(entries);
        pick.setItemLabelGenerator(BoardEntries.Entry::label);
        pick.setEnabled(!entries.isEmpty());
        pick.setPlaceholder(getTranslation(entries.isEmpty() ? "scoring.pin.none" : "scoring.pin.choose"));
        pick.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                pin(e.getValue().item(), true);
            }
        });
        evidence.add(pick);
    }

    private void pin(String item, boolean pinned) {
        scoring.pin(sheet.table(), sheet.exerciseId(), criterion.id(), item, pinned);
        changed.run();
    }

    private void showOthers(ScoreSheet now) {
        others.removeAll();
        others.addClassName("criterion-others");
        now.marks().stream()
                .filter(m -> m.criterion().equals(criterion.id()) && !m.scorer().equals(me) && m.points() != null)
                .forEach(m -> others.add(new Paragraph(getTranslation(
                        "scoring.otherMark", m.scorer(), m.points(), m.comment().isBlank() ? "—" : m.comment()))));
        if (now.outcome(criterion.id()) instanceof ScoreSheet.Outcome.Disputed) {
            Paragraph disputed = new Paragraph(getTranslation("scoring.disputed"));
            disputed.addClassName("criterion-disputed");
            others.add(disputed);
        }
    }

    private String sectionTitles() {
        return String.join(
                getTranslation("list.separator"),
                criterion.sections().stream()
                        .map(id -> board.template().sections().stream()
                                .filter(s -> s.id().equals(id))
                                .findFirst()
                                .map(s -> s.title().in(locale))
                                .orElse(id))
                        .toList());
    }
}
