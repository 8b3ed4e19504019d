package org.ssmclassroom.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.board.BoardChecks;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.PackCatalog;
import org.ssmclassroom.scenario.PackLocations;
import org.ssmclassroom.scenario.PackReader;
import org.ssmclassroom.scenario.ScenarioPack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Boards as tables write them, and which key points an instructor would say each covers: the debrief's suggestions
 * must be trusted (precision) and find clearly more than the words alone (recall). The thresholds are tuned on
 * {@code coverage/tuning.yaml} only; {@code coverage/held-out.yaml} checks they hold on boards they were not tuned
 * on. Prints the table per language; {@code -Dcoverage.verbose=true} prints every judgement, and
 * {@code -Dcoverage.calibrate=true} precision and recall for a range of thresholds on the tuning set.
 */
class CoverageEvaluationTest {

    private static final Map<String, ScenarioPack> PACKS = new HashMap<>();

    /** One judgement: a key point on one board, what an instructor would say, and what was suggested. */
    record Judgement(
            String board,
            String lang,
            String exercise,
            String point,
            boolean expected,
            boolean byWordsBefore,
            boolean byWords,
            boolean suggested,
            double likeness,
            Locale language) {}

    record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        static Score of(List<Judgement> judgements, Predicate<Judgement> suggested) {
            return new Score(
                    count(judgements, j -> suggested.test(j) && j.expected()),
                    count(judgements, j -> suggested.test(j) && !j.expected()),
                    count(judgements, j -> !suggested.test(j) && j.expected()),
                    count(judgements, j -> !suggested.test(j) && !j.expected()));
        }

        private static int count(List<Judgement> judgements, Predicate<Judgement> which) {
            return (int) judgements.stream().filter(which).count();
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }
    }

    @BeforeAll
    static void packs() {
        PackCatalog catalog = new PackCatalog(new PackReader());
        catalog.addAll(PackLocations.bundled());
        PackLocations.inFolder(Path.of("scenarios")).stream()
                .map(PackLocations.Found::pack)
                .filter(java.util.Objects::nonNull)
                .forEach(catalog::add);
        for (String id : List.of("homebody", "freshway")) {
            PACKS.put(id, catalog.valid(id).orElseThrow());
        }
    }

    @Test
    void suggestionsAreTrustedAndFindMoreThanTheWordsOnTheTuningSet() throws Exception {
        List<Judgement> judgements = judge("tuning");
        report("tuning", judgements, System.out);
        calibrate(judgements, System.out);
        assertGoals(judgements, 80);
    }

    @Test
    void theThresholdsHoldOnBoardsTheyWereNotTunedOn() throws Exception {
        List<Judgement> judgements = judge("held-out");
        report("held-out", judgements, System.out);
        assertGoals(judgements, 30);
    }

    private static void assertGoals(List<Judgement> judgements, int atLeastPerLanguage) {
        Map<String, List<Judgement>> byLang =
                judgements.stream().collect(Collectors.groupingBy(Judgement::lang, TreeMap::new, Collectors.toList()));
        assertThat(byLang).containsOnlyKeys("en", "zh");
        byLang.forEach((lang, list) -> {
            assertThat(list).as(lang + " judgements").hasSizeGreaterThanOrEqualTo(atLeastPerLanguage);
            Score combined = Score.of(list, Judgement::suggested);
            Score words = Score.of(list, Judgement::byWords);
            assertThat(combined.precision()).as(lang + " precision").isGreaterThanOrEqualTo(0.85);
            assertThat(combined.recall())
                    .as(lang + " recall, clearly above words only (" + words.recall() + ")")
                    .isGreaterThanOrEqualTo(words.recall() + 0.15);
        });
    }

    static List<Judgement> judge(String file) throws Exception {
        JsonNode tree;
        try (InputStream in = CoverageEvaluationTest.class.getResourceAsStream("/coverage/" + file + ".yaml")) {
            tree = YAMLMapper.builder().build().readTree(in);
        }
        JsonMapper json = JsonMapper.builder().build();
        List<Judgement> judgements = new ArrayList<>();
        for (JsonNode board : tree.get("boards")) {
            String name = board.get("name").asString();
            ScenarioPack pack = PACKS.get(board.get("pack").asString());
            Method method = pack.method();
            String exerciseId = board.get("exercise").asString();
            Method.Exercise exercise = method.exercise(exerciseId).orElseThrow();
            Method.Template template = method.template(exercise.template()).orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> written = json.treeToValue(board.get("board"), LinkedHashMap.class);
            assertThat(template.sections().stream().map(Method.Section::id).toList())
                    .as(name + " sections")
                    .containsAll(written.keySet());
            BoardContent content = content(template, written);
            Set<String> passed = BoardChecks.evaluate(method, template, content).stream()
                    .filter(BoardChecks.Result::passed)
                    .map(r -> r.check().id())
                    .collect(Collectors.toSet());
            Map<String, Boolean> expected = new LinkedHashMap<>();
            board.get("expect")
                    .properties()
                    .forEach(e -> expected.put(e.getKey(), e.getValue().asBoolean()));
            List<Method.KeyPoint> points = pack.keyPoints(exerciseId).stream()
                    .filter(p -> p.check() == null)
                    .toList();
            assertThat(expected.keySet())
                    .as(name + ": every key point judged that no board check decides")
                    .containsExactlyInAnyOrderElementsOf(
                            points.stream().map(Method.KeyPoint::id).toList());
            for (Method.KeyPoint point : points) {
                Map<String, List<String>> entries = CoverageSuggestions.entries(point, content);
                CoverageSuggestions.Closest closest = CoverageSuggestions.closest(point, entries)
                        .orElse(new CoverageSuggestions.Closest(0, Locale.ENGLISH, ""));
                judgements.add(new Judgement(
                        name,
                        board.get("lang").asString(),
                        exerciseId,
                        point.id(),
                        expected.get(point.id()),
                        wordsBefore(point, entries),
                        CoverageSuggestions.byWords(point, entries).match() >= Coverage.SUGGEST_FROM,
                        CoverageSuggestions.cell(point, content, passed, null).state() == Coverage.State.SUGGESTED,
                        closest.likeness(),
                        closest.language()));
            }
        }
        return judgements;
    }

    /**
     * A board as the tables' boards are stored: a list section's entries as items, a fields section as its one
     * record, a grid's cells by the {@code cell} each entry names (row.column).
     */
    private static BoardContent content(Method.Template template, Map<String, Object> written) {
        List<BoardContent.Item> items = new ArrayList<>();
        Map<BoardContent.ValueKey, BoardContent.Value> values = new HashMap<>();
        written.forEach((section, value) -> {
            Method.SectionKind kind = template.sections().stream()
                    .filter(s -> s.id().equals(section))
                    .findFirst()
                    .orElseThrow()
                    .kind();
            List<?> entries = value instanceof List<?> list ? list : List.of(value);
            for (int i = 0; i < entries.size(); i++) {
                Map<?, ?> entry = (Map<?, ?>) entries.get(i);
                String item = BoardContent.itemId(
                        section,
                        switch (kind) {
                            case LIST -> "e" + i;
                            case GRID -> String.valueOf(entry.get("cell"));
                            default -> BoardContent.MAIN;
                        });
                if (kind == Method.SectionKind.LIST) {
                    items.add(new BoardContent.Item(item, i));
                }
                entry.forEach((field, text) -> {
                    if (!"cell".equals(field)) {
                        values.put(
                                new BoardContent.ValueKey(item, String.valueOf(field)),
                                new BoardContent.Value(String.valueOf(text), 1, "", null));
                    }
                });
            }
        });
        return new BoardContent(items, values);
    }

    static void report(String file, List<Judgement> judgements, PrintStream out) {
        out.printf("%nCoverage suggestions, %s set (precision / recall)%n", file);
        out.printf(
                "%-10s %5s %7s %20s %20s %20s%n",
                "lang", "cases", "covered", "words or meaning", "words only", "words as before");
        Map<String, List<Judgement>> groups = new java.util.LinkedHashMap<>();
        judgements.stream()
                .collect(Collectors.groupingBy(Judgement::lang, TreeMap::new, Collectors.toList()))
                .forEach(groups::put);
        judgements.stream()
                .collect(Collectors.groupingBy(j -> j.lang() + " " + j.exercise(), TreeMap::new, Collectors.toList()))
                .forEach(groups::put);
        groups.forEach((group, list) -> {
            Score combined = Score.of(list, Judgement::suggested);
            Score words = Score.of(list, Judgement::byWords);
            Score before = Score.of(list, Judgement::byWordsBefore);
            out.printf(
                    "%-10s %5d %7d %9.2f / %-8.2f %9.2f / %-8.2f %9.2f / %-8.2f%n",
                    group,
                    list.size(),
                    combined.truePositives() + combined.falseNegatives(),
                    combined.precision(),
                    combined.recall(),
                    words.precision(),
                    words.recall(),
                    before.precision(),
                    before.recall());
        });
        if (Boolean.getBoolean("coverage.verbose")) {
            for (Judgement j : judgements) {
                String verdict = j.suggested() == j.expected() ? "  " : (j.suggested() ? "FP" : "FN");
                out.printf(
                        "%s %-3s %-24s %-16s expected %-5s words %-5s suggested %-5s likeness %.3f (%s)%n",
                        verdict,
                        j.lang(),
                        j.board(),
                        j.point(),
                        j.expected(),
                        j.byWords(),
                        j.suggested(),
                        j.likeness(),
                        j.language().getLanguage());
            }
        }
    }

    /** The words-only suggestion as it was before meaning: two-letter pieces in both languages, English too. */
    private static boolean wordsBefore(Method.KeyPoint point, Map<String, List<String>> entries) {
        List<String> texts =
                entries.values().stream().map(f -> String.join(" ", f)).toList();
        double best = 0;
        for (String text : texts) {
            best = Math.max(best, piecesShare(point, text));
        }
        return Math.max(best, piecesShare(point, String.join(" ", texts))) >= Coverage.SUGGEST_FROM;
    }

    private static double piecesShare(Method.KeyPoint point, String text) {
        double best = 0;
        for (String wanted : List.of(point.text().zh(), point.text().en())) {
            Set<String> want = pieces(wanted);
            Set<String> found = pieces(text);
            if (!want.isEmpty()) {
                best = Math.max(best, want.stream().filter(found::contains).count() / (double) want.size());
            }
        }
        return best;
    }

    private static Set<String> pieces(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]", "");
        Set<String> pieces = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= plain.length(); i++) {
            pieces.add(plain.substring(i, i + 2));
        }
        return pieces;
    }

    /** What each threshold would give on this set, by the language the closest sentence was read in. */
    static void calibrate(List<Judgement> judgements, PrintStream out) {
        if (!Boolean.getBoolean("coverage.calibrate")) {
            return;
        }
        for (String model : List.of("zh", "en")) {
            out.printf("%nthreshold for the %s model (judgements whose closest sentence is %s):%n", model, model);
            List<Judgement> mine = judgements.stream()
                    .filter(j -> j.language().getLanguage().equals(model))
                    .toList();
            for (int t = 60; t <= 92; t += 1) {
                double threshold = t / 100.0;
                Score s = Score.of(mine, j -> j.byWords() || j.likeness() >= threshold);
                out.printf(
                        "  %.2f  precision %.2f  recall %.2f  (tp %d fp %d fn %d)%n",
                        threshold,
                        s.precision(),
                        s.recall(),
                        s.truePositives(),
                        s.falsePositives(),
                        s.falseNegatives());
            }
        }
    }
}
