package org.ssmclassroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.PackSource;
import org.ssmclassroom.testing.ChinesePunctuation;
import org.ssmclassroom.workshop.Workshop;
import org.ssmclassroom.workshop.WorkshopTable;

class TranslationsTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = bundle("translations.properties");
        Properties chinese = bundle("translations_zh_CN.properties");
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(english.values()).allMatch(v -> !v.toString().isBlank());
        assertThat(chinese.values()).allMatch(v -> !v.toString().isBlank());
    }

    /**
     * A text with parameters is read by MessageFormat, where a single apostrophe quotes and disappears ("the case's
     * facts" showed as "the cases facts"): every apostrophe there is doubled, so each one shows.
     */
    @Test
    void anApostropheInATextWithParametersShows() throws IOException {
        for (String name : List.of("translations.properties", "translations_zh_CN.properties")) {
            bundle(name).forEach((key, value) -> {
                String text = value.toString();
                if (text.matches("(?s).*\\{\\d.*")) {
                    long written = text.replace("''", "'")
                            .chars()
                            .filter(c -> c == '\'')
                            .count();
                    String shown = new java.text.MessageFormat(text).format(new Object[] {"a", "b", "c", "d", "e"});
                    assertThat(shown.chars().filter(c -> c == '\'').count())
                            .as(name + " " + key + ": " + shown)
                            .isEqualTo(written);
                }
            });
        }
    }

    @Test
    void chineseTextUsesFullWidthPunctuationNextToChineseCharacters() throws IOException {
        Properties chinese = bundle("translations_zh_CN.properties");
        Map<String, List<String>> halfWidth = new TreeMap<>();
        chinese.stringPropertyNames().forEach(key -> {
            List<String> found = ChinesePunctuation.halfWidthNextToChinese(chinese.getProperty(key));
            if (!found.isEmpty()) {
                halfWidth.put(key, found);
            }
        });
        assertThat(halfWidth).isEmpty();
    }

    @Test
    void theCheckForHalfWidthPunctuationCatchesWhatAReaderWouldSee() {
        assertThat(ChinesePunctuation.halfWidthNextToChinese("确定吗?")).hasSize(1);
        assertThat(ChinesePunctuation.halfWidthNextToChinese("用时:{0}分")).hasSize(1);
        assertThat(ChinesePunctuation.halfWidthNextToChinese("电脑扮演{0},{1}。")).hasSize(1);
        assertThat(ChinesePunctuation.halfWidthNextToChinese("已发现({0})")).hasSize(2);
        assertThat(ChinesePunctuation.halfWidthNextToChinese("切换到英文 (Switch language to English)"))
                .isEmpty();
        assertThat(ChinesePunctuation.halfWidthNextToChinese("文件超过 {0} MB，不是存档。"))
                .isEmpty();
    }

    /** Keys built from an enum constant: the prefix and the enum whose every constant needs a text. */
    private static final Map<String, Class<? extends Enum<?>>> BUILT = Map.ofEntries(
            Map.entry("exercise.case.", Method.CaseSource.class),
            Map.entry("exercise.surface.", Method.Surface.class),
            Map.entry("field.type.", Method.FieldType.class),
            Map.entry("audience.", CaseFile.Audience.class),
            Map.entry("people.side.", CaseFile.Side.class),
            Map.entry("pack.source.", PackSource.Type.class),
            Map.entry("workshop.state.", Workshop.State.class),
            Map.entry("interview.tag.", org.ssmclassroom.roleplay.QuestionKind.class),
            Map.entry("interview.tagNamed.", org.ssmclassroom.roleplay.QuestionKind.class),
            Map.entry("interview.untagNamed.", org.ssmclassroom.roleplay.QuestionKind.class),
            Map.entry("practice.kind.", org.ssmclassroom.roleplay.QuestionKind.class),
            Map.entry("negotiation.outcome.", org.ssmclassroom.negotiation.Negotiation.Outcome.class),
            Map.entry("negotiation.result.", org.ssmclassroom.negotiation.Negotiation.Outcome.class),
            Map.entry("negotiation.point.honoured.", org.ssmclassroom.negotiation.Review.Kind.class),
            Map.entry("negotiation.point.missed.", org.ssmclassroom.negotiation.Review.Kind.class),
            Map.entry("interview.board.", org.ssmclassroom.roleplay.InterviewService.OnTheBoard.State.class),
            Map.entry("status.", WorkshopTable.Status.class),
            Map.entry("scores.state.", org.ssmclassroom.scoring.ScoreSheet.State.class),
            Map.entry("debrief.cell.", org.ssmclassroom.scoring.Coverage.State.class),
            Map.entry("debrief.state.", org.ssmclassroom.scoring.Coverage.State.class));

    /**
     * Every string literal in the code that looks like a key of the bundle (it starts with one of the bundle's
     * namespaces, however it reaches getTranslation: directly, through a helper, or a refusal) exists.
     */
    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Properties english = bundle("translations.properties");
        Set<String> namespaces = new TreeSet<>();
        english.stringPropertyNames().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.'))));
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", namespaces) + ")\\.[a-zA-Z.]*)\"");
        Pattern refusal = Pattern.compile("new ActionRefused\\(\"([a-zA-Z]+)\"");
        Set<String> missing = new TreeSet<>();
        for (Path source : sources()) {
            String code = Files.readString(source);
            Matcher key = literal.matcher(code);
            while (key.find()) {
                String found = key.group(1);
                if (found.matches(".*\\.(yaml|json|md)")) {
                    continue; // a pack file name, not a key
                }
                if (found.equals("refused.")) {
                    continue; // refusal keys are checked where they are made, below
                }
                boolean built = found.endsWith(".");
                if (built ? !BUILT.containsKey(found) : !english.containsKey(found)) {
                    missing.add(found + " in " + source.getFileName());
                }
            }
            Matcher refused = refusal.matcher(code);
            while (refused.find()) {
                if (!english.containsKey("refused." + refused.group(1))) {
                    missing.add("refused." + refused.group(1) + " in " + source.getFileName());
                }
            }
        }
        BUILT.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = prefix + constant.name().toLowerCase(java.util.Locale.ROOT);
                if (!english.containsKey(key)) {
                    missing.add(key + " (every " + type.getSimpleName() + ")");
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            return sources.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
