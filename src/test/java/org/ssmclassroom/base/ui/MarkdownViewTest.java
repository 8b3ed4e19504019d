package org.ssmclassroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.Test;

class MarkdownViewTest {

    @Test
    void scriptInMarkdownStaysVisibleTextAndNeverBecomesMarkup() {
        MarkdownView view =
                new MarkdownView("Hello <script>alert(1)</script> **world**\n\n<img src=x onerror=alert(1)>");
        assertThat(view.getElement().getTextRecursively())
                .contains("<script>alert(1)</script>", "world", "<img src=x onerror=alert(1)>");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<script>").doesNotContain("<img");
    }

    @Test
    void tablesHeadingsAndListsBecomeComponents() {
        MarkdownView view = new MarkdownView("# Title\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n");
        assertThat(view.getChildren().map(c -> c.getClass().getSimpleName()))
                .containsExactly("H2", "UnorderedList", "NativeTable");
        assertThat(((NativeTable) view.getChildren().toList().get(2))
                        .getElement()
                        .getTextRecursively())
                .contains("12");
    }

    @Test
    void aDocumentShownUnderItsTitleDoesNotRepeatItAndItsSectionsComeOneLevelBelow() {
        MarkdownView view =
                MarkdownView.underTitle("# 角色说明：Yoshi Goto，首席运营官\n\n## 你的处境\n\n### 细节\n\ntext", "角色说明:Yoshi Goto", 2);
        assertThat(view.getElement().getTextRecursively())
                .doesNotContain("首席运营官")
                .contains("你的处境");
        assertThat(view.getChildren().map(c -> c.getClass().getSimpleName())).containsExactly("H3", "H4", "Paragraph");
    }

    @Test
    void aDocumentWithoutATitleKeepsItsFirstSection() {
        MarkdownView view = MarkdownView.underTitle("## 你的处境\n\ntext", "角色说明", 3);
        assertThat(view.getChildren().map(c -> c.getClass().getSimpleName())).containsExactly("H4", "Paragraph");
    }

    @Test
    void aDocumentTitledOtherwiseThanItsHeadingKeepsItsTitleOneLevelBelow() {
        MarkdownView view = MarkdownView.underTitle("# Homebody 电器公司\n\n## 简介\n\ntext", "案例学生散页", 3);
        assertThat(view.getChildren().map(c -> c.getClass().getSimpleName())).containsExactly("H4", "H5", "Paragraph");
        assertThat(view.getElement().getTextRecursively()).contains("Homebody 电器公司");
    }

    @Test
    void onlyWebLinksBecomeAnchors() {
        MarkdownView view = new MarkdownView("[ok](https://example.org) [bad](javascript:alert(1))");
        assertThat(view.getElement().getOuterHTML())
                .contains("href=\"https://example.org\"")
                .doesNotContain("javascript:");
    }
}
