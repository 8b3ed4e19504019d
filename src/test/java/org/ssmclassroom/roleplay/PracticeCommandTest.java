package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PracticeCommandTest {

    @Test
    void eachQuestionGetsOneJsonLineAndAnEmptyLineStartsANewConversation() throws Exception {
        String questions = "谁负责这项方针?\n后来呢?\n\n谁负责这项方针?\n我们的产品最好\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = PracticeCommand.run(
                new String[] {"practice", "--case", "homebody", "--lang", "zh-CN"},
                new ByteArrayInputStream(questions.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(exit).isZero();
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8)
                .lines()
                .map(line -> JsonMapper.builder().build().readTree(line))
                .toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("targets").get(0).asString()).isEqualTo("owner");
        assertThat(lines.get(1).get("answer").asString()).isEqualTo("至今为止，还没有任何针对这项方针的行动方案。");
        assertThat(lines.get(2).get("answer").asString())
                .isEqualTo(lines.get(0).get("answer").asString());
        assertThat(lines.get(3).get("kind").asString()).isEqualTo("pitch");
        assertThat(lines.get(3).get("targets")).isEmpty();
    }

    @Test
    void personaTalksToAnotherPersonaOfTheCaseAndAnUnknownOneFails() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = PracticeCommand.run(
                new String[] {"practice", "--case", "homebody", "--lang", "en", "--persona", "boris"},
                new ByteArrayInputStream("Who has to approve this investment?\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"targets\":[\"boris-approval\"]");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(PracticeCommand.run(
                        new String[] {"practice", "--case", "homebody", "--lang", "en", "--persona", "tony"},
                        new ByteArrayInputStream(new byte[0]),
                        System.out,
                        new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no persona 'tony' with facts and a style");
    }

    @Test
    void anUnknownCaseSaysSoAndFails() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = PracticeCommand.run(
                new String[] {"practice", "--case", "nowhere", "--lang", "en"},
                new ByteArrayInputStream(new byte[0]),
                System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no valid case pack 'nowhere'");
    }
}
