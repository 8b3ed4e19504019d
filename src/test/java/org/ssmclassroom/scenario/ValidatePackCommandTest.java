package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatePackCommandTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int run(String path) {
        return ValidatePackCommand.run(
                new String[] {"validate-pack", path}, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validPackPrintsOneSummaryLineAndExitsZero() {
        assertThat(run("scenarios/homebody")).isZero();
        assertThat(printed().lines())
                .singleElement()
                .asString()
                .isEqualTo(
                        "scenarios/homebody: homebody 1.0.0 is a valid case pack: 12 people, 3 pain chains, 11 documents,"
                                + " 3 personas");
    }

    @Test
    void brokenZipPrintsEveryProblemAndExitsOne(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("broken.zip");
        Files.write(
                zip,
                PackFixtures.zip(PackFixtures.edited(
                        "freshway",
                        "case.yaml",
                        text -> text.replace("owner: chen", "owner: chenn").replace("owner: zhao", "owner: zhaoo"))));
        assertThat(run(zip.toString())).isEqualTo(1);
        assertThat(printed().lines())
                .hasSize(2)
                .allMatch(line -> line.startsWith(zip + "/case.yaml:"))
                .anyMatch(line -> line.endsWith("initiatives[0].owner: unknown person 'chenn' (not in people)"));
    }

    @Test
    void theMinimalExampleOfTheAuthorsGuideIsValid() {
        assertThat(run("src/test/resources/packs/minimal-case")).isZero();
        assertThat(printed())
                .contains("minimal-case 0.1.0 is a valid case pack: 2 people, 1 pain chains, 1 documents")
                .contains("note: exercise ex3 (SAM&TIM role play) cannot be played on this case")
                .contains("note: exercise ex10 (Negotiation exercise 1/2) cannot be played on this case");
    }

    @Test
    void aFactWithoutExampleQuestionsAndATargetWithoutASampleAreWarnedAboutNamingTheField(@TempDir Path dir)
            throws IOException {
        Path zip = dir.resolve("thin.zip");
        Files.write(
                zip,
                PackFixtures.zip(PackFixtures.edited(
                        "freshway",
                        "case.yaml",
                        text -> text.replaceFirst(
                                        "(?s)(    - id: pharma\n.*?)      asks:\n(        - \\{[^\n]*\n){3}", "$1")
                                .replaceFirst(
                                        ", sample: \\{row: I, column: control, question: \\{zh-CN: \"这些问题是否已经影响到公司的利润？\"[^}]*\\}\\}",
                                        ""))));

        assertThat(run(zip.toString())).isZero();
        assertThat(printed().lines().filter(line -> line.contains("warning:")))
                .containsExactly(
                        "  warning: case.yaml /interview/facts/1 ('pharma') has no example questions (asks): trainees'"
                                + " questions are matched to its answers and keywords only, and paraphrases will often"
                                + " miss it; write three to five questions as trainees ask them",
                        "  warning: case.yaml /interview/targets/9 ('margin') has no sample question: the feedback card"
                                + " cannot suggest a question in its 9-block cell when it is missed");
    }

    @Test
    void missingPathSaysSo() {
        assertThat(run("scenarios/nope")).isEqualTo(1);
        assertThat(printed()).isEqualTo("scenarios/nope:1:1: no such file or folder" + System.lineSeparator());
    }
}
