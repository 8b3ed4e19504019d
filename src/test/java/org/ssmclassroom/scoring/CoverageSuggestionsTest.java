package org.ssmclassroom.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.scenario.Method;

/** One table's initiatives against Freshway's compelling reason, as the debrief's coverage table reads them. */
class CoverageSuggestionsTest {

    private static final Method.KeyPoint WHY_NOW = new Method.KeyPoint(
            "why-now",
            "initiatives",
            new LocalizedText(
                    "迫切理由：五个月后续约，春节旺季前必须上线",
                    "Compelling reason: renewal in five months, live before the Spring Festival peak"),
            null,
            null);

    private static BoardContent initiatives(String... reasons) {
        List<BoardContent.Item> items = new java.util.ArrayList<>();
        Map<BoardContent.ValueKey, BoardContent.Value> values = new java.util.HashMap<>();
        for (int i = 0; i < reasons.length; i++) {
            String item = "initiatives/e" + i;
            items.add(new BoardContent.Item(item, i));
            values.put(new BoardContent.ValueKey(item, "reason"), new BoardContent.Value(reasons[i], 1, "", null));
        }
        return new BoardContent(items, values);
    }

    @Test
    void aChineseParaphraseIsSuggestedByMeaningWithTheEntryThatSaysIt() {
        BoardContent board = initiatives("油价上涨", "两大超市5个月后续签，春节前要上线");

        Coverage.Cell cell = CoverageSuggestions.cell(WHY_NOW, board, Set.of(), null);

        assertThat(CoverageSuggestions.byWords(WHY_NOW, CoverageSuggestions.entries(WHY_NOW, board))
                        .match())
                .as("the words alone miss it")
                .isLessThan(Coverage.SUGGEST_FROM);
        assertThat(cell.state()).isEqualTo(Coverage.State.SUGGESTED);
        assertThat(cell.match()).isBetween(Coverage.SUGGEST_FROM, 1.0);
        assertThat(cell.bestEntry()).contains("initiatives/e1");
    }

    @Test
    void anEnglishNoteInAChineseWorkshopIsReadInEnglish() {
        Coverage.Cell cell = CoverageSuggestions.cell(
                WHY_NOW,
                initiatives("contracts up for renewal in 5 months, must go live before the CNY peak"),
                Set.of(),
                null);

        assertThat(cell.state()).isEqualTo(Coverage.State.SUGGESTED);
    }

    @Test
    void aReasonThatIsNotTheCasesIsNotSuggestedButStillShowsHowCloseItCame() {
        Coverage.Cell cell = CoverageSuggestions.cell(WHY_NOW, initiatives("油价上涨，成本压力大"), Set.of(), null);

        assertThat(cell.state()).isEqualTo(Coverage.State.UNMARKED);
        assertThat(cell.match()).isLessThan(Coverage.SUGGEST_FROM);
    }

    @Test
    void theInstructorsMarkWinsOverAnySuggestion() {
        BoardContent board = initiatives("两大超市5个月后续签，春节前要上线");

        assertThat(CoverageSuggestions.cell(WHY_NOW, board, Set.of(), false).state())
                .isEqualTo(Coverage.State.MISSING);
        assertThat(CoverageSuggestions.cell(WHY_NOW, initiatives("油价上涨"), Set.of(), true)
                        .state())
                .isEqualTo(Coverage.State.COVERED);
    }

    @Test
    void anEmptySectionSuggestsNothing() {
        Coverage.Cell cell = CoverageSuggestions.cell(WHY_NOW, initiatives(), Set.of(), null);

        assertThat(cell.state()).isEqualTo(Coverage.State.UNMARKED);
        assertThat(cell.bestEntry()).isEmpty();
    }
}
