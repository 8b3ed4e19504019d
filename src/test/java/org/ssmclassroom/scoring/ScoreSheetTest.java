package org.ssmclassroom.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Origin;

class ScoreSheetTest {

    private static final LocalizedText TEXT = new LocalizedText("文", "text");
    private static final Method.Rubric RUBRIC = new Method.Rubric(
            "r", "ex", Origin.AUTHORED, 7, List.of(criterion("a", 4, 0, 2, 4), criterion("b", 3, 0, 1, 3)));

    @Test
    void aCriterionIsUnscoredScoredOrDisputed() {
        ScoreSheet sheet = sheet(
                mark("a", "lee", 2, "good"),
                mark("a", "kim", 2, ""),
                mark("b", "lee", 3, ""),
                mark("b", "kim", 1, "thin"));

        assertThat(sheet.outcome("a")).isEqualTo(new ScoreSheet.Outcome.Scored(2, List.of("good")));
        assertThat(sheet.outcome("b")).isInstanceOf(ScoreSheet.Outcome.Disputed.class);
        assertThat(sheet.disputed()).isTrue();
        assertThat(sheet.complete()).isFalse();
        assertThat(sheet.points()).isEqualTo(2);
        assertThat(sheet(mark("a", "lee", null, "thinking")).outcome("a"))
                .isInstanceOf(ScoreSheet.Outcome.Unscored.class);
    }

    @Test
    void aSheetIsCompleteWhenEveryCriterionHasPointsThatCount() {
        ScoreSheet sheet = sheet(mark("a", "lee", 4, ""), mark("b", "lee", 0, "nothing yet"));

        assertThat(sheet.complete()).isTrue();
        assertThat(sheet.points()).isEqualTo(4);
        assertThat(sheet.scoredCriteria()).isEqualTo(2);
        assertThat(sheet.markOf("b", "kim")).isEqualTo(ScoreSheet.Mark.blank("b", "kim"));
    }

    @Test
    void tablesWithTheSamePointsShareARankAndTheNextRankIsSkipped() {
        List<Leaderboard.Entry> entries = List.of(
                entry(1, "Table 1", Map.of("ex1", 6, "ex2", 4)),
                entry(2, "Table 2", Map.of("ex1", 3, "ex2", 7)),
                entry(3, "Table 3", Map.of("ex1", 9)),
                entry(4, "Table 4", Map.of()));

        Leaderboard all = Leaderboard.of(List.of("ex1", "ex2"), entries, null);
        assertThat(all.rows())
                .extracting(Leaderboard.Row::name)
                .containsExactly("Table 1", "Table 2", "Table 3", "Table 4");
        assertThat(all.rows()).extracting(Leaderboard.Row::rank).containsExactly(1, 1, 3, 4);
        assertThat(all.rows()).extracting(Leaderboard.Row::total).containsExactly(10, 10, 9, 0);

        Leaderboard byFirst = Leaderboard.of(List.of("ex1", "ex2"), entries, "ex1");
        assertThat(byFirst.rows())
                .extracting(Leaderboard.Row::name)
                .containsExactly("Table 3", "Table 1", "Table 2", "Table 4");
        assertThat(byFirst.rows()).extracting(Leaderboard.Row::rank).containsExactly(1, 2, 3, 4);
    }

    private static ScoreSheet sheet(ScoreSheet.Mark... marks) {
        return new ScoreSheet(new TableId(1), "ex", RUBRIC, List.of(marks), List.of(), false);
    }

    private static ScoreSheet.Mark mark(String criterion, String scorer, Integer points, String comment) {
        return new ScoreSheet.Mark(criterion, scorer, points, comment, Set.of(), 1);
    }

    private static Leaderboard.Entry entry(long table, String name, Map<String, Integer> points) {
        return new Leaderboard.Entry(new TableId(table), name, points);
    }

    private static Method.Criterion criterion(String id, int points, int... levels) {
        return new Method.Criterion(
                id,
                TEXT,
                null,
                points,
                List.of("s"),
                false,
                java.util.Arrays.stream(levels)
                        .mapToObj(p -> new Method.Level(p, TEXT))
                        .toList());
    }
}
