package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlTreeTest {

    private static YamlTree parse(String yaml) {
        return YamlTree.parse("pack.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String yaml) {
        try {
            parse(yaml);
        } catch (YamlTree.YamlSyntaxException e) {
            return e.problem.toString();
        }
        throw new AssertionError("expected a refusal of:\n" + yaml);
    }

    @Test
    void everyValueKnowsItsLineAndColumn() {
        YamlTree tree = parse("id: x\npeople:\n  - id: a\n    title: CEO\n  - id: b\n");
        assertThat(tree.positionOf("/people/1/id")).isEqualTo(new YamlTree.Position(5, 5));
        assertThat(tree.positionOf("/people/0/title")).isEqualTo(new YamlTree.Position(4, 5));
        assertThat(tree.positionOf("/people/0/missing")).isEqualTo(new YamlTree.Position(3, 5));
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThat(refusal("id: x\nkind: case\nid: y\n"))
                .startsWith("pack.yaml:3:")
                .contains("Duplicate");
    }

    @Test
    void anchorsAndAliasesAreRefusedSoAliasBombsCannotExpand() {
        String bomb = "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n";
        assertThat(refusal(bomb))
                .isEqualTo("pack.yaml:1:4: YAML anchors and aliases (& and *) are not allowed in scenario packs");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a: " + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThat(refusal(deep)).contains("nesting").doesNotContain("StackOverflow");
    }

    @Test
    void emptyFileIsRefused() {
        assertThat(refusal("")).isEqualTo("pack.yaml:1:1: the file is empty");
    }

    @Test
    void syntaxErrorsCarryThePosition() {
        assertThatThrownBy(() -> parse("id: x\npeople: [a, b\n"))
                .isInstanceOf(YamlTree.YamlSyntaxException.class)
                .hasMessageStartingWith("pack.yaml:");
    }
}
