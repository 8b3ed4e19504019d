package org.ssmclassroom.roleplay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ssmclassroom.base.LocalizedText;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The cues and examples of question-forms.yaml for one language: how a question is put, and what is none. */
record QuestionForms(
        List<String> confirm,
        List<String> closedEndings,
        List<String> closedMarkers,
        List<String> closedStarts,
        List<String> followUps,
        List<String> pitchCues,
        List<String> questionWords,
        List<String> ours,
        List<String> pitch,
        List<String> offTopic) {

    private static final Map<String, QuestionForms> ALL = load();

    QuestionForms {
        confirm = orEmpty(confirm);
        closedEndings = orEmpty(closedEndings);
        closedMarkers = orEmpty(closedMarkers);
        closedStarts = orEmpty(closedStarts);
        followUps = orEmpty(followUps);
        pitchCues = orEmpty(pitchCues);
        questionWords = orEmpty(questionWords);
        ours = orEmpty(ours);
        pitch = orEmpty(pitch);
        offTopic = orEmpty(offTopic);
    }

    static QuestionForms of(Locale locale) {
        return ALL.get(LocalizedText.isChinese(locale) ? "zh-CN" : "en");
    }

    /** Open, control or confirm, from how the question is put; whether it is about the business is decided apart. */
    QuestionKind form(String question) {
        String text = question.strip().toLowerCase(Locale.ROOT);
        if (confirm.stream().anyMatch(text::contains)) {
            return QuestionKind.CONFIRM;
        }
        String bare = text.replaceAll("[\\s?？。.!！]+$", "");
        boolean closed = closedEndings.stream().anyMatch(bare::endsWith)
                || closedMarkers.stream().anyMatch(text::contains)
                || closedStarts.stream().anyMatch(start -> text.startsWith(start + " "));
        return closed ? QuestionKind.CONTROL : QuestionKind.OPEN;
    }

    boolean isFollowUp(String question) {
        return followUps.stream().anyMatch(cue -> says(question, cue));
    }

    /** A statement, not a question, about what we have: "Our sensors are the most accurate." */
    boolean praisesOurs(String question) {
        String text = question.strip().toLowerCase(Locale.ROOT);
        boolean asks = text.endsWith("?")
                || text.endsWith("?")
                || questionWords.stream().anyMatch(w -> says(text, w));
        return !asks && form(question) == QuestionKind.OPEN && ours.stream().anyMatch(w -> says(text, w));
    }

    boolean hasPitchCue(String question) {
        return pitchCues.stream().anyMatch(cue -> says(question, cue));
    }

    /** Each cue as a whole-word pattern, compiled once: cues are checked on every question. */
    private static final java.util.Map<String, java.util.regex.Pattern> WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the question holds the cue: as words where words have spaces ("our service" is not "your service"). */
    private static boolean says(String question, String cue) {
        String text = question.toLowerCase(Locale.ROOT);
        String wanted = cue.toLowerCase(Locale.ROOT);
        if (wanted.chars().anyMatch(Character::isIdeographic)) {
            return text.contains(wanted);
        }
        return WORDS.computeIfAbsent(
                        wanted,
                        w -> java.util.regex.Pattern.compile(
                                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(w) + "(?![\\p{L}\\p{N}])"))
                .matcher(text)
                .find();
    }

    private static Map<String, QuestionForms> load() {
        try (InputStream in = QuestionForms.class.getResourceAsStream("/roleplay/question-forms.yaml")) {
            var tree = YAMLMapper.builder().build().readTree(in);
            JsonMapper json = JsonMapper.builder().build();
            return Map.of(
                    "zh-CN", json.treeToValue(tree.get("zh-CN"), QuestionForms.class),
                    "en", json.treeToValue(tree.get("en"), QuestionForms.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
