package org.ssmclassroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoardItemIdTest {

    @Test
    void anItemIsReadAndWrittenInItsStoredFormSectionSlashSuffix() {
        BoardItemId cell = BoardItemId.parse("questions/R.open");
        assertThat(cell).isEqualTo(new BoardItemId("questions", "R.open"));
        assertThat(cell.toString()).isEqualTo("questions/R.open");
        assertThat(BoardItemId.parse("notes/a/b").suffix())
                .as("only the first slash ends the section")
                .isEqualTo("a/b");
    }

    @Test
    void textThatNamesNoSectionIsNoItem() {
        assertThat(BoardItemId.read("no-slash")).isEmpty();
        assertThat(BoardItemId.read("/main")).isEmpty();
        assertThat(BoardItemId.read(null)).isEmpty();
        assertThatThrownBy(() -> BoardItemId.parse("main")).isInstanceOf(IllegalArgumentException.class);
        assertThat(BoardItemId.inSection("pain-chain/k3x9", "pain-chain")).isTrue();
        assertThat(BoardItemId.inSection("pain-chain-2/k3x9", "pain-chain")).isFalse();
    }
}
